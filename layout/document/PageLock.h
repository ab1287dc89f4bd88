#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace banmian::layout {

/// Who holds a page open in a window, read without Qt from the lock the window keeps beside it
/// (page.banmian.lock, written by Qt's QLockFile: the process id, the program, the host, then the
/// machine's and the boot's ids, a line each), so that the command never writes over that page.
struct PageLockHolder {
    long long pid = 0;    ///< 0 when the lock file could not be read as a lock
    std::string program;  ///< banmian-app
    std::string host;
    std::string machineId;  ///< empty in locks written before Qt 5.10
    std::string bootId;
    std::string user;    ///< the lock file's owner; empty when unknown
    bool alive = false;  ///< by QLockFile's own rules (see isHolderAlive)

    bool operator==(const PageLockHolder&) const = default;
};

/// The lock file's lines as QLockFile writes them; nothing when they name no process.
std::optional<PageLockHolder> parsePageLock(std::string_view text);

/// Whether the holder still holds the page, as QLockFile decides a lock is not stale: on another
/// machine it cannot be checked, so it holds; on this one, not after a reboot, not when its
/// process is gone, not when its process number now belongs to another program.
bool isHolderAlive(const PageLockHolder& holder);

/// The lock beside `page` (`page` + ".lock"), with `alive` and `user` filled in; nothing when
/// there is none. A lock file that cannot be read as one counts as held (pid 0), as the window
/// counts it: it may be one being written at this moment.
std::optional<PageLockHolder> readPageLock(const std::filesystem::path& page);

/// The holder as the window names it: "banmian-app, process 4242 of alice on desk-3".
std::string describe(const PageLockHolder& holder);

}  // namespace banmian::layout
