#include "layout/base/AtomicFile.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace banmian::layout {

std::optional<Diagnostic> writeFileAtomically(const std::filesystem::path& path,
                                              std::string_view bytes) {
    const std::filesystem::path temporary = path.string() + ".saving";
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (!file) return Diagnostic{0, "cannot write " + path.string() + ": " + std::strerror(errno)};
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size() &&
                         std::fflush(file) == 0 && ::fsync(fileno(file)) == 0;
    const int error = errno;
    if (std::fclose(file) != 0 || !written) {
        const int closeError = written ? errno : error;
        std::remove(temporary.c_str());
        return Diagnostic{0, "cannot write " + path.string() + ": " + std::strerror(closeError) +
                                     " (the old file is unchanged)"};
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameError = errno;
        std::remove(temporary.c_str());
        return Diagnostic{0, "cannot replace " + path.string() + ": " + std::strerror(renameError)};
    }
    return std::nullopt;
}

}  // namespace banmian::layout
