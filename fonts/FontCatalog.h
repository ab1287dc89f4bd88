#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fonts/FaceInfo.h"
#include "fonts/FontRole.h"

namespace banmian::fonts {

class CatalogCache;

/// A lookup's outcome: the face found, or a message that says what to install.
struct FaceResult {
    std::optional<FaceInfo> face;
    std::string error;  // set exactly when face is empty

    bool ok() const { return face.has_value(); }
    explicit operator bool() const { return ok(); }
};

/// A font file the scan left out and why, so a broken file in ~/.fonts can be reported.
struct SkippedFile {
    std::filesystem::path path;
    std::string reason;
};

/// The installed fonts, scanned once, looked up by family (English or Chinese name) and weight.
class FontCatalog {
public:
    /// Scans the system and user font directories of defaultDirectories(), through the catalog
    /// cache (CatalogCache::defaultFile()): only new or changed files are opened.
    FontCatalog();
    /// Scans only `directories`, recursively; missing directories are ignored.
    explicit FontCatalog(const std::vector<std::filesystem::path>& directories);
    /// Scans `directories` through the catalog cache kept in `cacheFile`.
    FontCatalog(const std::vector<std::filesystem::path>& directories,
                const std::filesystem::path& cacheFile);

    /// The folders of BANMIAN_FONT_PATH (colon-separated, as PATH) when it is set — a newsroom's
    /// shared font folder, or a machine's fonts kept out of a test — and otherwise
    /// /usr/share/fonts, /usr/local/share/fonts, ~/.local/share/fonts, ~/.fonts.
    static std::vector<std::filesystem::path> defaultDirectories();

    /// Every face found, in scan order (directories as given, files sorted).
    const std::vector<FaceInfo>& faces() const { return m_faces; }
    /// The font files that could not be read, with the reason.
    const std::vector<SkippedFile>& skipped() const { return m_skipped; }

    /// The face of `family` (any of its names, case-insensitive) nearest to `weight`.
    FaceResult find(std::string_view family, int weight = 400) const;
    /// The face that stands for a newsroom role; `weight` replaces the role's default weight.
    FaceResult faceForRole(FontRole role, std::optional<int> weight = std::nullopt,
                           CjkRegion region = CjkRegion::SC) const;

private:
    void scan(const std::vector<std::filesystem::path>& directories, CatalogCache& cache);
    std::vector<const FaceInfo*> facesOfFamily(std::string_view family) const;

    std::vector<FaceInfo> m_faces;
    std::vector<SkippedFile> m_skipped;
    // Lower-cased family name (every name a face answers to) -> indices into m_faces.
    std::unordered_map<std::string, std::vector<std::size_t>> m_byFamily;
};

}  // namespace banmian::fonts
