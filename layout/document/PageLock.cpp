#include "layout/document/PageLock.h"

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <climits>
#include <fstream>
#include <iterator>
#include <vector>

namespace banmian::layout {

namespace {

namespace fs = std::filesystem;

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

// The first line of a small system file (an id), or "" when there is none.
std::string firstLine(const char* path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return trimmed(line);
}

std::string hostName() {
    char name[HOST_NAME_MAX + 1] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return {};
    return name;
}

// What QSysInfo::machineUniqueId gives on Linux: D-Bus's copy of the machine id, or systemd's.
std::vector<std::string> machineIds() {
    std::vector<std::string> ids;
    for (const char* path : {"/var/lib/dbus/machine-id", "/etc/machine-id"}) {
        const std::string id = firstLine(path);
        if (!id.empty()) ids.push_back(id);
    }
    return ids;
}

// The name of the program a process runs (as QLockFile reads it: the executable's file name),
// "" when the process is gone, nothing when it cannot be told (another user's process).
std::optional<std::string> programOf(long long pid) {
    std::error_code error;
    std::string exe = fs::read_symlink("/proc/" + std::to_string(pid) + "/exe", error).string();
    if (error) {
        if (error == std::errc::no_such_file_or_directory) return std::string();
        return std::nullopt;
    }
    constexpr std::string_view deleted = " (deleted)";  // the program was rebuilt since it started
    if (exe.ends_with(deleted)) exe.resize(exe.size() - deleted.size());
    return fs::path(exe).filename().string();
}

std::string ownerOf(const fs::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return {};
    passwd entry{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(st.st_uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return found->pw_name;
    return std::to_string(st.st_uid);
}

}  // namespace

std::optional<PageLockHolder> parsePageLock(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size() && lines.size() < 5) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(trimmed(std::string(text.substr(start, end - start))));
        start = end + 1;
    }
    lines.resize(5);
    PageLockHolder holder;
    const std::string& pid = lines[0];
    const auto parsed = std::from_chars(pid.data(), pid.data() + pid.size(), holder.pid);
    if (pid.empty() || parsed.ec != std::errc() || parsed.ptr != pid.data() + pid.size() ||
        holder.pid <= 0)
        return std::nullopt;
    holder.program = lines[1];
    holder.host = lines[2];
    holder.machineId = lines[3];
    holder.bootId = lines[4];
    return holder;
}

bool isHolderAlive(const PageLockHolder& holder) {
    bool sameMachine = holder.host.empty() || holder.host == hostName();
    if (!holder.machineId.empty()) {
        const auto ours = machineIds();
        if (!ours.empty()) {
            sameMachine = false;
            for (const std::string& id : ours) sameMachine = sameMachine || id == holder.machineId;
        }
    }
    if (!sameMachine) return true;  // a window on another machine: it cannot be checked from here
    if (!holder.bootId.empty() && holder.bootId != firstLine("/proc/sys/kernel/random/boot_id"))
        return false;  // this machine has restarted since
    if (holder.pid <= 0 || holder.pid > INT_MAX) return false;
    if (::kill(static_cast<pid_t>(holder.pid), 0) != 0 && errno == ESRCH) return false;
    // The process number may have gone to another program since; one that cannot be looked at
    // (another user's) is taken to hold it, as the page is safer so.
    const auto program = programOf(holder.pid);
    if (!program) return true;
    if (program->empty()) return false;
    return holder.program.empty() || *program == fs::path(holder.program).filename().string();
}

std::optional<PageLockHolder> readPageLock(const fs::path& page) {
    const fs::path lock = page.string() + ".lock";
    std::error_code error;
    if (!fs::exists(fs::symlink_status(lock, error))) return std::nullopt;
    std::ifstream in(lock, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto holder = parsePageLock(text);
    if (!holder) {
        PageLockHolder unreadable;
        unreadable.alive = true;
        unreadable.user = ownerOf(lock);
        return unreadable;
    }
    holder->alive = isHolderAlive(*holder);
    holder->user = ownerOf(lock);
    return holder;
}

std::string describe(const PageLockHolder& holder) {
    if (holder.pid <= 0) {
        return "a lock file that cannot be read" +
               (holder.user.empty() ? std::string() : " (made by " + holder.user + ")");
    }
    return (holder.program.empty() ? std::string("Banmian") : holder.program) + ", process " +
           std::to_string(holder.pid) + " of " + (holder.user.empty() ? "?" : holder.user) +
           " on " + (holder.host.empty() ? "this machine" : holder.host);
}

}  // namespace banmian::layout
