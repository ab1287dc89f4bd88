#include "layout/base/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <thread>

namespace banmian::layout {

namespace {

namespace fs = std::filesystem;

std::string reason(int error) {
    return std::strerror(error);
}

// Writes every byte, through short writes and signals; false with errno set on an error.
bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Six letters or digits that no other writer, thread or process, is likely to pick at the same
// moment; O_EXCL settles the rare clash. (Recovery copies are written on a worker thread.)
std::string uniqueSuffix() {
    static std::atomic<unsigned> counter{0};
    thread_local std::mt19937_64 random(
            static_cast<std::uint64_t>(::getpid()) ^
            static_cast<std::uint64_t>(
                    std::chrono::steady_clock::now().time_since_epoch().count()) ^
            std::hash<std::thread::id>()(std::this_thread::get_id()));
    std::uint64_t bits = random() ^ counter.fetch_add(1);
    constexpr std::string_view letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string suffix;
    for (int i = 0; i < 6; ++i, bits /= letters.size()) suffix += letters[bits % letters.size()];
    return suffix;
}

std::optional<Diagnostic> writeStandardOutput(std::string_view bytes) {
    std::fflush(stdout);  // whatever the program printed before goes first
    if (!writeAll(STDOUT_FILENO, bytes))
        return Diagnostic{0, "cannot write to standard output: " + reason(errno)};
    return std::nullopt;
}

// A device or a pipe: what it is must stay (renaming a file over /dev/null breaks every program
// that writes there), and there is no old content to keep whole.
std::optional<Diagnostic> writeStraight(const fs::path& shown, const fs::path& target,
                                        std::string_view bytes) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return Diagnostic{0, "cannot write " + shown.string() + ": " + reason(errno)};
    const bool written = writeAll(fd, bytes);
    const int error = errno;
    if (::close(fd) != 0 && written)
        return Diagnostic{0, "cannot write " + shown.string() + ": " + reason(errno)};
    if (!written) return Diagnostic{0, "cannot write " + shown.string() + ": " + reason(error)};
    return std::nullopt;
}

// A regular file, or none yet: a temporary beside it, flushed, renamed over it.
std::optional<Diagnostic> replace(const fs::path& shown, const fs::path& target,
                                  const struct stat* old, std::string_view bytes) {
    fs::path temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = target.string() + ".saving-" + uniqueSuffix();
        // 0666 and the umask for a new file, as an editor or `cp` would make it (mkstemp's 0600
        // would hide a page from the desk's group); an old file's mode is set below.
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, old ? 0600 : 0666);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) return Diagnostic{0, "cannot write " + shown.string() + ": " + reason(errno)};
    if (old) {
        // The owner first (only root may give a file away; a group this user is in also works),
        // since a change of owner clears the set-id bits that the mode then puts back. What cannot
        // be kept is left as the new file has it: never more open than the old one.
        if (old->st_uid != ::geteuid() || old->st_gid != ::getegid()) {
            [[maybe_unused]] const int owner = ::fchown(fd, old->st_uid, old->st_gid);
        }
        [[maybe_unused]] const int mode = ::fchmod(fd, old->st_mode & 07777);
    }
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int error = errno;
    if (::close(fd) != 0 || !written) {
        const int closeError = written ? errno : error;
        ::unlink(temporary.c_str());
        return Diagnostic{0, "cannot write " + shown.string() + ": " + reason(closeError) +
                                     (old ? " (the old file is unchanged)" : "")};
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0) {
        const int renameError = errno;
        ::unlink(temporary.c_str());
        return Diagnostic{0, "cannot replace " + shown.string() + ": " + reason(renameError)};
    }
    // The rename itself reaches the disk with the folder's entry.
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const int directory = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (directory >= 0) {
        ::fsync(directory);
        ::close(directory);
    }
    return std::nullopt;
}

}  // namespace

Result<fs::path> followLinks(const fs::path& path) {
    fs::path at = path;
    for (int hops = 0; hops < 40; ++hops) {  // Linux's own limit (ELOOP)
        struct stat st {};
        if (::lstat(at.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return at;
        std::error_code error;
        const fs::path target = fs::read_symlink(at, error);
        if (error) {
            return Diagnostic{0, "cannot read the link " + at.string() + ": " + error.message()};
        }
        at = target.is_absolute() ? target : at.parent_path() / target;
    }
    return Diagnostic{0, "cannot write " + path.string() +
                                 ": too many levels of symbolic links (a link that leads back to "
                                 "itself?)"};
}

std::optional<Diagnostic> writeFileAtomically(const fs::path& path, std::string_view bytes) {
    if (path == kStandardOutput) return writeStandardOutput(bytes);
    const auto followed = followLinks(path);
    if (!followed) return followed.error();
    const fs::path& target = followed.value();
    struct stat st {};
    if (::stat(target.c_str(), &st) != 0) return replace(path, target, nullptr, bytes);
    if (S_ISDIR(st.st_mode))
        return Diagnostic{0, "cannot write " + path.string() + ": it is a folder"};
    if (S_ISBLK(st.st_mode)) {
        return Diagnostic{0, "will not write " + path.string() +
                                     ": it is a disk (a block device); give a file's name"};
    }
    if (!S_ISREG(st.st_mode)) return writeStraight(path, target, bytes);
    return replace(path, target, &st, bytes);
}

}  // namespace banmian::layout
