#include "fonts/FontFiles.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <system_error>

namespace banmian::fonts {

namespace fs = std::filesystem;

namespace {

bool hasFontExtension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".otc";
}

// Walks by hand rather than with recursive_directory_iterator: font directories are full of
// symlinks (Debian links fonts between packages), and a canonical-path set both follows them and
// stops cycles. Every filesystem call takes an error_code: an unreadable directory is skipped.
class Walker {
public:
    void walk(const fs::path& dir) {
        std::error_code ec;
        fs::path canonical = fs::canonical(dir, ec);
        if (ec || !fs::is_directory(canonical, ec) || !m_seenDirs.insert(canonical).second) return;

        // readdir() tells each entry's type: only a symlink costs a call to resolve (a font
        // folder holds hundreds of files, and a stat or realpath of each one was most of the
        // walk's time).
        std::vector<fs::directory_entry> entries;
        const auto options = fs::directory_options::skip_permission_denied;
        fs::directory_iterator it(canonical, options, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
        std::sort(entries.begin(), entries.end());

        for (const fs::directory_entry& entry : entries) {
            if (entry.is_symlink(ec)) {
                const fs::path target = fs::canonical(entry.path(), ec);
                if (ec) continue;  // a dangling link
                if (fs::is_directory(target, ec)) {
                    walk(target);
                } else if (hasFontExtension(entry.path()) && fs::is_regular_file(target, ec) &&
                           m_seenFiles.insert(target).second) {
                    m_files.push_back(entry.path());
                }
            } else if (entry.is_directory(ec)) {
                walk(entry.path());
            } else if (hasFontExtension(entry.path()) && entry.is_regular_file(ec) &&
                       m_seenFiles.insert(entry.path()).second) {
                m_files.push_back(entry.path());  // canonical already: its folder is
            }
        }
    }

    std::vector<fs::path> take() { return std::move(m_files); }

private:
    std::set<fs::path> m_seenDirs;
    std::set<fs::path> m_seenFiles;
    std::vector<fs::path> m_files;
};

}  // namespace

std::vector<fs::path> findFontFiles(const std::vector<fs::path>& directories) {
    Walker walker;
    for (const fs::path& dir : directories) walker.walk(dir);
    return walker.take();
}

}  // namespace banmian::fonts
