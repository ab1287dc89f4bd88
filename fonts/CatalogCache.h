#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "fonts/FaceReader.h"

namespace banmian::fonts {

/// What was read from each font file before, kept on disk by the file's path, size and time of
/// change, so that starting up does not open every installed font again (FreeType's scan is a
/// fifth of a command's time). A damaged or missing cache is only a slower start.
class CatalogCache {
public:
    /// The cache at `file`; an empty path keeps nothing.
    explicit CatalogCache(std::filesystem::path file);

    /// $XDG_CACHE_HOME/banmian/font-catalog.json (or ~/.cache/…); empty when BANMIAN_FONT_CACHE is
    /// "off" or there is no home.
    static std::filesystem::path defaultFile();

    /// What `path` held when it was last read, if it has not changed since.
    const FontFileRead* find(const std::filesystem::path& path) const;
    /// Records what was read from `path`.
    void store(const std::filesystem::path& path, const FontFileRead& read);
    /// Writes the cache back (temporary file, then rename) when something changed.
    void save() const;

private:
    struct Entry {
        std::uintmax_t size = 0;
        long long modified = 0;
        FontFileRead read;
    };
    static bool stamp(const std::filesystem::path& path, std::uintmax_t& size, long long& modified);

    std::filesystem::path m_file;
    std::map<std::string, Entry> m_entries;
    bool m_changed = false;
};

}  // namespace banmian::fonts
