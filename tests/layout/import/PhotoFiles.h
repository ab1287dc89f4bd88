#pragma once
// Photo files for the day's-photos tests, made at test time: the repository's small test images
// (tests/data/images) copied into a fresh folder, and their IPTC, XMP or Exif metadata written
// with exiv2's own API, as a picture desk's software writes it.
#include <unicode/ucnv.h>
#include <exiv2/exiv2.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

namespace banmian::layout::testing_photos {

namespace fs = std::filesystem;

// A new, empty folder for one test.
inline fs::path freshFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() / ("banmian-photos-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

inline fs::path testImage(const std::string& name) {
    return fs::path(BANMIAN_SOURCE_DIR) / "tests" / "data" / "images" / name;
}

inline std::string bytesOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// A copy of the 600×400 RGB test photo (or `source`) at `path`, its metadata set by `edit`.
inline void writePhoto(const fs::path& path,
                       const std::function<void(Exiv2::Image&)>& edit = nullptr,
                       const std::string& source = "photo-rgb-600x400.jpg") {
    fs::copy_file(testImage(source), path, fs::copy_options::overwrite_existing);
    if (!edit) return;
    auto image = Exiv2::ImageFactory::open(path.string());
    image->readMetadata();
    edit(*image);
    image->writeMetadata();
}

// UTF-8 text as GB18030 bytes, as an old Founder-era desk stored it.
inline std::string gb18030(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 2 + 16, '\0');
    const int32_t length =
            ucnv_convert("gb18030", "utf-8", out.data(), static_cast<int32_t>(out.size()),
                         utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    // A conversion that fails gives no bytes: the test comparing the text read back fails.
    out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
    return out;
}

}  // namespace banmian::layout::testing_photos
