#include "fonts/FontCatalog.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "fonts/CatalogCache.h"
#include "fonts/FaceMatching.h"
#include "fonts/FaceReader.h"
#include "fonts/FontFiles.h"
#include "fonts/FontPackages.h"

namespace banmian::fonts {

namespace fs = std::filesystem;

namespace {

// Family names are ASCII or CJK; lower-casing ASCII bytes only leaves UTF-8 sequences intact.
std::string foldCase(std::string_view name) {
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return folded;
}

std::string notInstalled(std::string_view family, std::string_view detail) {
    // Appended piece by piece: GCC 12 at -O2 warns falsely (-Wrestrict) on "…" + std::string.
    std::string message = "font '";
    message.append(family).append("'");
    if (!detail.empty()) message.append(" ").append(detail);
    message += " is not installed";
    if (std::optional<std::string_view> package = debianPackageForFamily(family)) {
        message += ": install the Debian package " + std::string(*package);
    }
    return message;
}

struct LibraryDeleter {
    void operator()(FT_LibraryRec_* library) const { FT_Done_FreeType(library); }
};

}  // namespace

FontCatalog::FontCatalog() : FontCatalog(defaultDirectories(), CatalogCache::defaultFile()) {}

FontCatalog::FontCatalog(const std::vector<fs::path>& directories, const fs::path& cacheFile) {
    CatalogCache cache(cacheFile);
    scan(directories, cache);
    cache.save();
}

FontCatalog::FontCatalog(const std::vector<fs::path>& directories) {
    CatalogCache none{fs::path()};
    scan(directories, none);
}

std::vector<fs::path> FontCatalog::defaultDirectories() {
    if (const char* path = std::getenv("BANMIAN_FONT_PATH"); path && *path) {
        std::vector<fs::path> dirs;
        std::string_view rest = path;
        while (!rest.empty()) {
            const std::size_t colon = rest.find(':');
            if (colon != 0) dirs.emplace_back(rest.substr(0, colon));
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
        return dirs;
    }
    std::vector<fs::path> dirs = {"/usr/share/fonts", "/usr/local/share/fonts"};
    if (const char* home = std::getenv("HOME"); home && *home) {
        dirs.push_back(fs::path(home) / ".local/share/fonts");
        dirs.push_back(fs::path(home) / ".fonts");
    }
    return dirs;
}

void FontCatalog::scan(const std::vector<fs::path>& directories, CatalogCache& cache) {
    std::unique_ptr<FT_LibraryRec_, LibraryDeleter> library;  // opened only for files not cached
    for (const fs::path& path : findFontFiles(directories)) {
        FontFileRead read;
        if (const FontFileRead* cached = cache.find(path)) {
            read = *cached;
        } else {
            if (!library) {
                FT_Library raw = nullptr;
                if (FT_Init_FreeType(&raw) != 0) {
                    m_skipped.push_back(
                            {fs::path(), "FreeType could not be initialised; no fonts scanned"});
                    return;
                }
                library.reset(raw);
            }
            read = readFontFile(library.get(), path);
            cache.store(path, read);
        }
        if (!read.error.empty()) {
            m_skipped.push_back({path, std::move(read.error)});
            continue;
        }
        for (FaceInfo& face : read.faces) m_faces.push_back(std::move(face));
    }

    for (std::size_t i = 0; i < m_faces.size(); ++i) {
        const FaceInfo& face = m_faces[i];
        std::vector<std::string> names = face.otherFamilies;
        names.push_back(face.family);
        names.push_back(face.chineseFamily);
        std::vector<std::string> keys;
        for (const std::string& name : names) {
            if (!name.empty()) keys.push_back(foldCase(name));
        }
        // Noto CJK's zh-CN family equals its English one; index each face once per key.
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const std::string& key : keys) m_byFamily[key].push_back(i);
    }
}

std::vector<const FaceInfo*> FontCatalog::facesOfFamily(std::string_view family) const {
    std::vector<const FaceInfo*> faces;
    auto it = m_byFamily.find(foldCase(family));
    if (it == m_byFamily.end()) return faces;
    for (std::size_t index : it->second) faces.push_back(&m_faces[index]);
    return faces;
}

FaceResult FontCatalog::find(std::string_view family, int weight) const {
    if (const FaceInfo* face = pickFace(facesOfFamily(family), weight)) return {*face, {}};
    return {std::nullopt, notInstalled(family, "")};
}

FaceResult FontCatalog::faceForRole(FontRole role, std::optional<int> weight,
                                    CjkRegion region) const {
    RoleFont spec = roleFont(role, region);
    // A machine with only the SC faces (fonts-noto-cjk without its TC/HK faces, or a font
    // folder with the SC files alone) still sets traditional text: the SC face's `locl` gives
    // the traditional forms, only its ，。 stay low-left.
    if (region != CjkRegion::SC && facesOfFamily(spec.family).empty()) spec = roleFont(role);
    const std::string roleName = "(" + std::string(chineseName(role)) + ")";
    std::vector<const FaceInfo*> faces = facesOfFamily(spec.family);
    if (faces.empty()) return {std::nullopt, notInstalled(spec.family, roleName)};

    std::erase_if(faces, [&](const FaceInfo* face) { return face->weight < spec.minWeight; });
    const FaceInfo* face = pickFace(faces, std::max(weight.value_or(spec.weight), spec.minWeight));
    if (!face) {
        std::string detail =
                "at weight " + std::to_string(spec.minWeight) + " or heavier " + roleName;
        return {std::nullopt, notInstalled(spec.family, detail)};
    }
    return {*face, {}};
}

}  // namespace banmian::fonts
