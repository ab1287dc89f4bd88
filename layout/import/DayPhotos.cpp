#include "layout/import/DayPhotos.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>

#include "layout/base/Id.h"
#include "layout/image/RasterImage.h"
#include "layout/import/FileKind.h"
#include "layout/import/PhotoCredit.h"
#include "layout/import/PhotoMetadata.h"
#include "layout/import/PhotoSidecar.h"

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

// Enough of a file to tell what it is (FileKind reads 64 KB), without reading a stray video whole.
constexpr std::size_t kSniffBytes = 64 << 10;

Diagnostic problem(const std::string& kind, std::string message) {
    return Diagnostic{
            .line = 0, .message = std::move(message), .severity = Severity::Warning, .kind = kind};
}

std::optional<std::string> readHead(const fs::path& path, std::size_t size) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (in.bad()) return std::nullopt;
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

bool isCaptionFileName(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".txt";
}

// The caption file beside `photo`: photo1.txt (or .TXT).
std::optional<fs::path> captionFileOf(const fs::path& photo) {
    for (const char* extension : {".txt", ".TXT", ".Txt"}) {
        fs::path candidate = photo;
        candidate.replace_extension(extension);
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) return candidate;
    }
    return std::nullopt;
}

// Names in the order a person numbers files: digits compared as numbers (photo2 < photo10).
bool comesBefore(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && digit(a[ei])) ++ei;
            while (ej < b.size() && digit(b[ej])) ++ej;
            std::string_view na(a.data() + i, ei - i), nb(b.data() + j, ej - j);
            while (na.size() > 1 && na.front() == '0') na.remove_prefix(1);
            while (nb.size() > 1 && nb.front() == '0') nb.remove_prefix(1);
            if (na.size() != nb.size()) return na.size() < nb.size();
            if (na != nb) return na < nb;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
            ++i;
            ++j;
        }
    }
    if (a.size() - i != b.size() - j) return a.size() - i < b.size() - j;
    return a < b;  // same by number ("01", "1"): by bytes, so that the order is total
}

// What a file that is no photo is, in a sentence's words.
std::string whatItIs(std::string_view head) {
    const FileKind kind = fileKindOf(head);
    if (kind == FileKind::ArticleText) {
        return head.find('\0') != std::string_view::npos ? "not a JPEG, PNG or TIFF photo"
                                                         : "text, not a photo";
    }
    return std::string(describe(kind)) + ", not a photo";
}

// The caption and credit of the photo `name`: its caption file's, else its metadata's.
void readCaption(const fs::path& path, const std::string& bytes, ReadPhoto& read,
                 std::vector<Diagnostic>& problems) {
    const std::string name = path.filename().string();
    auto metadata = readPhotoMetadata(bytes);
    if (!metadata) {
        problems.push_back(problem("photo-metadata",
                                   name + ": " + metadata.error().message +
                                           "; the photo is read without them: give them in " +
                                           path.stem().string() + ".txt beside it"));
    } else {
        for (const std::string& field : metadata.value().undecodable) {
            problems.push_back(problem(
                    "photo-metadata",
                    name + ": its " + field +
                            " is in no encoding Banmian reads (UTF-8 or GB18030) and is left out: "
                            "give the text in " +
                            path.stem().string() + ".txt beside it"));
        }
        auto [caption, trailing] = splitTrailingCredit(metadata.value().caption);
        read.photo.caption = std::move(caption);
        read.photo.credit = photoCredit(metadata.value().names, metadata.value().agency);
        if (read.photo.credit.empty()) read.photo.credit = std::move(trailing);
    }
    const auto captionFile = captionFileOf(path);
    if (!captionFile) return;
    const std::string captionName = captionFile->filename().string();
    std::ifstream in(*captionFile, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        problems.push_back(problem("photo-caption-file",
                                   "cannot read " + captionName + ": " + std::strerror(errno)));
        return;
    }
    auto sidecar = readPhotoSidecar(text);
    if (!sidecar) {
        problems.push_back(problem("photo-caption-file",
                                   captionName + " is left out: " + sidecar.error().message));
        return;
    }
    // What the desk typed beside the photo wins over what the camera or agency wrote in it.
    if (!sidecar.value().caption.empty()) read.photo.caption = sidecar.value().caption;
    if (!sidecar.value().credit.empty()) read.photo.credit = sidecar.value().credit;
    read.namedStory = sidecar.value().story;
}

// One file of the folder: a photo read into `read`, or a problem said (or nothing, for a
// caption file beside its photo).
void readOne(const fs::path& path, const std::set<std::string>& photoStems, DayPhotosRead& read) {
    const std::string name = path.filename().string();
    const auto head = readHead(path, kSniffBytes);
    if (!head) {
        read.problems.push_back(problem("photo-unreadable",
                                        "cannot read " + name + ": " + std::strerror(errno) +
                                                "; check that the file may be read, then read the "
                                                "photos again"));
        return;
    }
    if (imageKind(*head) == ImageKind::Unknown) {
        if (isCaptionFileName(path)) {
            if (photoStems.contains(path.stem().string())) return;  // a photo's caption file
            read.problems.push_back(problem(
                    "not-a-photo", name +
                                           " is left out: it reads as a caption file, but no photo "
                                           "is named " +
                                           path.stem().string() +
                                           " (a caption file is named as its photo: photo1.jpg, "
                                           "photo1.txt)"));
            return;
        }
        read.problems.push_back(problem(
                "not-a-photo", name + " is left out: it is " + whatItIs(*head) +
                                       "; only JPEG, PNG and TIFF photos are placed (save it as "
                                       "one, or take it out of the folder)"));
        return;
    }
    const auto bytes = readImageFile(path.string());
    if (!bytes) {
        read.problems.push_back(
                problem("photo-unreadable", "cannot read " + name + ": " + std::strerror(errno)));
        return;
    }
    const auto info = readImageInfo(*bytes);
    if (!info) {
        // Most of the image stage's messages end with what to do ("save it again"); the rest
        // get it here.
        const std::string& why = info.error().message;
        const bool saysWhatToDo = why.find("again") != std::string::npos;
        read.problems.push_back(
                problem("photo-damaged",
                        name + " is left out: " + why +
                                (saysWhatToDo ? "" : "; copy it again from the picture desk")));
        return;
    }
    ReadPhoto photo;
    photo.photo.id = newId();
    photo.photo.path = fs::absolute(path).lexically_normal().string();
    photo.photo.pixelWidth = info.value().width;
    photo.photo.pixelHeight = info.value().height;
    readCaption(path, *bytes, photo, read.problems);
    read.photos.push_back(std::move(photo));
}

// The stems of the files that are photos by their names' look: which .txt files are caption
// files. A photo named .jpg that is damaged still has its caption file taken as one.
std::set<std::string> stemsOfOthers(const std::vector<fs::path>& files) {
    std::set<std::string> stems;
    for (const fs::path& file : files) {
        if (!isCaptionFileName(file)) stems.insert(file.stem().string());
    }
    return stems;
}

}  // namespace

Result<DayPhotosRead> readDayPhotos(const fs::path& folder) {
    std::error_code error;
    const fs::file_status status = fs::status(folder, error);
    if (!fs::exists(status)) {
        return Diagnostic{.message = "there is no folder " + folder.string() +
                                     ": give the folder the day's photos are in",
                          .kind = "photos-folder"};
    }
    if (!fs::is_directory(status)) {
        return Diagnostic{.message = folder.string() +
                                     " is a file, not a folder: give the folder the day's "
                                     "photos are in",
                          .kind = "photos-folder"};
    }
    std::vector<fs::path> files;
    DayPhotosRead read;
    fs::directory_iterator entries(folder, error);
    if (error) {
        return Diagnostic{.message = "cannot list the folder " + folder.string() + ": " +
                                     error.message() + "; check that it may be read",
                          .kind = "photos-folder"};
    }
    for (const fs::directory_entry& entry : entries) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(".")) continue;  // hidden: a desktop's own files (.DS_Store)
        std::error_code kindError;
        if (entry.is_directory(kindError)) {
            read.problems.push_back(Diagnostic{
                    .message = name + " is a folder inside it and is not read: put the photos "
                                      "to place in the folder itself",
                    .severity = Severity::Note,
                    .kind = "not-a-photo"});
            continue;
        }
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        return comesBefore(a.filename().string(), b.filename().string());
    });
    const std::set<std::string> photoStems = stemsOfOthers(files);
    for (const fs::path& file : files) readOne(file, photoStems, read);
    if (read.photos.empty()) {
        read.problems.push_back(problem("photos-none", "there are no JPEG, PNG or TIFF photos in " +
                                                               folder.string() +
                                                               ": is it the right folder?"));
    }
    return read;
}

DayPhotosRead readDayPhotoFiles(const std::vector<fs::path>& files) {
    DayPhotosRead read;
    const std::set<std::string> photoStems = stemsOfOthers(files);
    for (const fs::path& file : files) {
        std::error_code error;
        if (!fs::is_regular_file(file, error)) {
            read.problems.push_back(
                    problem("photo-unreadable",
                            "there is no file " + file.string() + ": choose the photos again"));
            continue;
        }
        // A caption file chosen with its photo is read with the photo, not on its own.
        if (isCaptionFileName(file) && photoStems.contains(file.stem().string())) continue;
        readOne(file, photoStems, read);
    }
    return read;
}

}  // namespace banmian::layout
