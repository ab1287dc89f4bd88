// Saving is all or nothing: a disk that fills up halfway through a write leaves the file that
// was there exactly as it was, and no half-written temporary beside it. And the writer writes
// what the path names without changing what it is: a link stays a link (its target is written),
// a device stays a device, a pipe a pipe, a file keeps its permissions.
#include "layout/base/AtomicFile.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <thread>
#include <vector>

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A folder of this test's own, empty, so that anything the writer leaves behind shows.
fs::path freshFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() /
                            ("banmian-atomic-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

mode_t modeOf(const fs::path& path) {
    struct stat st {};
    EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
    return st.st_mode;
}

// What goes into a named pipe while `write` runs. The pipe is opened here for reading and writing
// (so that the writer never waits for a reader, and the test never waits for a writer that went
// elsewhere) and drained on a thread until `write` has returned and nothing is left.
std::string drainWhile(const fs::path& fifo, const std::function<void()>& write) {
    const int fd = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
    EXPECT_GE(fd, 0) << std::strerror(errno);
    std::string received;
    std::atomic<bool> written{false};
    std::thread reader([&] {
        char buffer[65536];
        for (;;) {
            pollfd ready{fd, POLLIN, 0};
            ::poll(&ready, 1, 50);
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0) {
                received.append(buffer, static_cast<std::size_t>(n));
            } else if (written) {
                break;
            }
        }
    });
    write();
    written = true;
    reader.join();
    ::close(fd);
    return received;
}

TEST(AtomicFile, ReplacesTheFileWhole) {
    const fs::path folder = freshFolder("replace");
    const fs::path path = folder / "page.banmian";
    ASSERT_FALSE(writeFileAtomically(path, "yesterday"));
    ASSERT_FALSE(writeFileAtomically(path, "today"));
    EXPECT_EQ(read(path), "today");
    EXPECT_EQ(namesIn(folder), std::vector<std::string>{"page.banmian"}) << "a temporary left";
    fs::remove_all(folder);
}

// A full disk, as the kernel reports it to a process over its file size limit (EFBIG, with
// SIGXFSZ ignored): the first 4 KB go down, the rest does not.
TEST(AtomicFile, AFullDiskHalfwayLeavesTheOldFileAndNoTemporary) {
    const fs::path folder = freshFolder("full");
    const fs::path path = folder / "page.banmian";
    ASSERT_FALSE(writeFileAtomically(path, "yesterday's page, not to be lost"));

    rlimit before{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit full = before;
    full.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &full), 0);
    const auto error = writeFileAtomically(path, std::string(1 << 20, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, handler);

    ASSERT_TRUE(error);
    EXPECT_NE(error->message.find("cannot write " + path.string()), std::string::npos)
            << error->message;
    EXPECT_NE(error->message.find("the old file is unchanged"), std::string::npos);
    EXPECT_EQ(read(path), "yesterday's page, not to be lost");
    EXPECT_EQ(namesIn(folder), std::vector<std::string>{"page.banmian"}) << "a temporary left";
    fs::remove_all(folder);
}

// `-o link.pdf` where link.pdf -> latest.pdf -> ../issues/0626.pdf: the file gets the new
// bytes, both links stay links, and no temporary is left in either folder.
TEST(AtomicFile, WritesTheTargetOfAChainOfSymbolicLinks) {
    const fs::path folder = freshFolder("links");
    fs::create_directories(folder / "desk");
    fs::create_directories(folder / "issues");
    const fs::path target = folder / "issues" / "0626.pdf";
    std::ofstream(target) << "old";
    ::chmod(target.c_str(), 0640);
    fs::create_symlink("../issues/0626.pdf", folder / "desk" / "latest.pdf");
    fs::create_symlink("latest.pdf", folder / "desk" / "link.pdf");

    ASSERT_FALSE(writeFileAtomically(folder / "desk" / "link.pdf", "new"));
    EXPECT_EQ(read(target), "new");
    EXPECT_TRUE(S_ISLNK(modeOf(folder / "desk" / "link.pdf")));
    EXPECT_TRUE(S_ISLNK(modeOf(folder / "desk" / "latest.pdf")));
    EXPECT_EQ(fs::read_symlink(folder / "desk" / "link.pdf"), "latest.pdf");
    EXPECT_EQ(modeOf(target) & 07777, 0640u);
    EXPECT_EQ(namesIn(folder / "desk"), (std::vector<std::string>{"latest.pdf", "link.pdf"}));
    EXPECT_EQ(namesIn(folder / "issues"), std::vector<std::string>{"0626.pdf"});

    // A link to a file not made yet makes it, as the shell's > does; the link stays.
    fs::create_symlink("tomorrow.pdf", folder / "desk" / "next.pdf");
    ASSERT_FALSE(writeFileAtomically(folder / "desk" / "next.pdf", "tomorrow"));
    EXPECT_TRUE(S_ISLNK(modeOf(folder / "desk" / "next.pdf")));
    EXPECT_EQ(read(folder / "desk" / "tomorrow.pdf"), "tomorrow");

    // Links that lead back to themselves: an error that says so, nothing written.
    fs::create_symlink("loop-b", folder / "loop-a");
    fs::create_symlink("loop-a", folder / "loop-b");
    const auto loop = writeFileAtomically(folder / "loop-a", "x");
    ASSERT_TRUE(loop);
    EXPECT_NE(loop->message.find("too many levels of symbolic links"), std::string::npos)
            << loop->message;
    EXPECT_TRUE(S_ISLNK(modeOf(folder / "loop-a")));
    fs::remove_all(folder);
}

// A named pipe is written into while a reader drains it; it is a pipe afterwards, not a file.
TEST(AtomicFile, WritesStraightIntoANamedPipe) {
    const fs::path folder = freshFolder("fifo");
    const fs::path fifo = folder / "to-the-plant.pdf";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
    const std::string bytes(300000, 'p');  // more than a pipe holds: the writer must wait
    std::optional<Diagnostic> error;
    const std::string received =
            drainWhile(fifo, [&] { error = writeFileAtomically(fifo, bytes); });
    ASSERT_FALSE(error) << error->message;
    EXPECT_EQ(received.size(), bytes.size());
    EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));
    EXPECT_EQ(namesIn(folder), std::vector<std::string>{"to-the-plant.pdf"});
    fs::remove_all(folder);
}

// `-o /dev/null` run as root once replaced the system's /dev/null with a regular file. Here a
// device node of the test's own (mknod takes root, which the tests have in CI): the same device
// as /dev/null (1, 3), written into, still that device afterwards. Run as another user, the test
// writes to /dev/null itself: renaming over it would fail there, so success shows the straight
// write, and the node's number shows it is still the device.
TEST(AtomicFile, WritesStraightIntoADeviceAndLeavesItADevice) {
    const fs::path folder = freshFolder("device");
    fs::path device = "/dev/null";
    if (::geteuid() == 0) {
        device = folder / "null";
        ASSERT_EQ(::mknod(device.c_str(), S_IFCHR | 0666, ::makedev(1, 3)), 0)
                << std::strerror(errno);
    }
    ASSERT_FALSE(writeFileAtomically(device, std::string(100000, 'x')));
    struct stat st {};
    ASSERT_EQ(::lstat(device.c_str(), &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode)) << device << " is no longer a device";
    EXPECT_EQ(st.st_rdev, ::makedev(1, 3));
    if (device != "/dev/null") {
        EXPECT_EQ(namesIn(folder), std::vector<std::string>{"null"});
    }
    fs::remove_all(folder);
}

// A disk is never written over, whatever the user typed. The node is made here (root) with a
// loop device's number; as another user, an existing disk this user cannot write is named, and
// the writer must refuse before it ever opens it.
TEST(AtomicFile, RefusesADisk) {
    const fs::path folder = freshFolder("disk");
    fs::path disk;
    if (::geteuid() == 0) {
        disk = folder / "loop";
        ASSERT_EQ(::mknod(disk.c_str(), S_IFBLK | 0600, ::makedev(7, 250)), 0)
                << std::strerror(errno);
    } else {
        for (const auto& entry : fs::directory_iterator("/dev")) {
            if (entry.is_block_file() && ::access(entry.path().c_str(), W_OK) != 0) {
                disk = entry.path();
                break;
            }
        }
        ASSERT_FALSE(disk.empty()) << "no block device to try the refusal on";
    }
    const auto error = writeFileAtomically(disk, "not for a disk");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message.find("it is a disk"), std::string::npos) << error->message;
    fs::remove_all(folder);
}

// A page the desk shares (0640) stays 0640 after a save, whatever the umask; a new file gets the
// mode the umask gives, as the shell's > does: not mkstemp's 0600.
TEST(AtomicFile, KeepsTheModeOfAFileAndGivesANewOneTheUmasks) {
    const fs::path folder = freshFolder("mode");
    const fs::path shared = folder / "shared.banmian";
    std::ofstream(shared) << "v1";
    ASSERT_EQ(::chmod(shared.c_str(), 0640), 0);
    const mode_t before = ::umask(022);
    ASSERT_FALSE(writeFileAtomically(shared, "v2"));
    EXPECT_EQ(modeOf(shared) & 07777, 0640u);
    ::umask(077);
    ASSERT_FALSE(writeFileAtomically(shared, "v3"));
    EXPECT_EQ(modeOf(shared) & 07777, 0640u);
    ASSERT_EQ(::chmod(shared.c_str(), 0604), 0);
    ASSERT_FALSE(writeFileAtomically(shared, "v4"));
    EXPECT_EQ(modeOf(shared) & 07777, 0604u);

    ::umask(022);
    ASSERT_FALSE(writeFileAtomically(folder / "new-022.pdf", "x"));
    ::umask(027);
    ASSERT_FALSE(writeFileAtomically(folder / "new-027.pdf", "x"));
    ::umask(before);
    EXPECT_EQ(modeOf(folder / "new-022.pdf") & 07777, 0644u);
    EXPECT_EQ(modeOf(folder / "new-027.pdf") & 07777, 0640u);
    fs::remove_all(folder);
}

// `-o -`: the bytes go to standard output (here a file put in its place), in order after what
// was printed before.
TEST(AtomicFile, DashIsStandardOutput) {
    const fs::path folder = freshFolder("stdout");
    const fs::path captured = folder / "out";
    const int file = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ASSERT_GE(file, 0);
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    ::dup2(file, STDOUT_FILENO);
    std::printf("before ");
    const auto error = writeFileAtomically("-", "%PDF-1.3 bytes");
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    ::close(file);
    ASSERT_FALSE(error) << error->message;
    EXPECT_EQ(read(captured), "before %PDF-1.3 bytes");
    EXPECT_FALSE(fs::exists("-"));
    fs::remove_all(folder);
}

TEST(AtomicFile, RefusesAFolder) {
    const fs::path folder = freshFolder("folder");
    const auto error = writeFileAtomically(folder, "x");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message.find("it is a folder"), std::string::npos) << error->message;
    EXPECT_TRUE(fs::is_directory(folder));
    fs::remove_all(folder);
}

}  // namespace
}  // namespace banmian::layout
