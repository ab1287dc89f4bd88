// The lock a window keeps beside its page, read without Qt: whether its holder still runs, by
// QLockFile's own rules, and who it is. (The real window's lock: CliTest's window cases.)
#include "layout/document/PageLock.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <climits>
#include <filesystem>
#include <fstream>

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

std::string line(const char* path) {
    std::ifstream in(path);
    std::string text;
    std::getline(in, text);
    return text;
}

std::string ourHost() {
    char name[HOST_NAME_MAX + 1] = {};
    ::gethostname(name, sizeof name - 1);
    return name;
}

std::string ourProgram() {
    return fs::read_symlink("/proc/self/exe").filename().string();
}

// A lock as this process's QLockFile would write it.
PageLockHolder ours() {
    PageLockHolder holder;
    holder.pid = ::getpid();
    holder.program = ourProgram();
    holder.host = ourHost();
    holder.machineId = line("/etc/machine-id");
    holder.bootId = line("/proc/sys/kernel/random/boot_id");
    return holder;
}

// A process number that no process has: a child that has exited and been waited for.
long long goneProcess() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

TEST(PageLock, ReadsTheLinesQLockFileWrites) {
    const auto holder = parsePageLock(
            "4242\nbanmian-app\ndesk-3\n3d1219c7c4c5404aaa1f6d2a48adfda4\n"
            "aeb99eb5-aca9-4e42-a4c7-d4eb0b778f5f\n");
    ASSERT_TRUE(holder);
    EXPECT_EQ(holder->pid, 4242);
    EXPECT_EQ(holder->program, "banmian-app");
    EXPECT_EQ(holder->host, "desk-3");
    EXPECT_EQ(holder->machineId, "3d1219c7c4c5404aaa1f6d2a48adfda4");
    EXPECT_EQ(holder->bootId, "aeb99eb5-aca9-4e42-a4c7-d4eb0b778f5f");
    // Before Qt 5.10 there were three lines.
    const auto old = parsePageLock("17\nbanmian-app\ndesk-3\n");
    ASSERT_TRUE(old);
    EXPECT_EQ(old->pid, 17);
    EXPECT_TRUE(old->bootId.empty());
    EXPECT_FALSE(parsePageLock(""));
    EXPECT_FALSE(parsePageLock("banmian-app\n4242\n"));
    EXPECT_FALSE(parsePageLock("-3\nbanmian-app\n"));
}

TEST(PageLock, AHolderThatRunsHoldsIt) {
    EXPECT_TRUE(isHolderAlive(ours()));
}

TEST(PageLock, AHolderWhoseProcessIsGoneDoesNot) {
    PageLockHolder gone = ours();
    gone.pid = goneProcess();
    EXPECT_FALSE(isHolderAlive(gone));
}

// The process number now belongs to another program: the window that locked it is gone.
TEST(PageLock, AProcessNumberGoneToAnotherProgramDoesNot) {
    PageLockHolder reused = ours();
    reused.program = "banmian-app-that-is-not-this-test";
    EXPECT_FALSE(isHolderAlive(reused));
}

TEST(PageLock, ALockFromBeforeARestartDoesNot) {
    PageLockHolder before = ours();
    before.bootId = "00000000-0000-0000-0000-000000000000";
    EXPECT_FALSE(isHolderAlive(before));
}

// A window on another machine (a shared folder) cannot be checked from here: it holds the page.
TEST(PageLock, AHolderOnAnotherMachineHoldsIt) {
    PageLockHolder elsewhere = ours();
    elsewhere.host = "desk-elsewhere";
    elsewhere.machineId = "ffffffffffffffffffffffffffffffff";
    elsewhere.pid = goneProcess();
    EXPECT_TRUE(isHolderAlive(elsewhere));
}

TEST(PageLock, ReadsTheLockBesideAPageAndNamesItsHolder) {
    const fs::path folder =
            fs::temp_directory_path() / ("banmian-lock-" + std::to_string(getpid()));
    fs::create_directories(folder);
    const fs::path page = folder / "page.banmian";
    EXPECT_FALSE(readPageLock(page)) << "no lock file, no holder";

    const PageLockHolder me = ours();
    std::ofstream(page.string() + ".lock") << me.pid << "\n"
                                           << me.program << "\n"
                                           << me.host << "\n"
                                           << me.machineId << "\n"
                                           << me.bootId << "\n";
    const auto held = readPageLock(page);
    ASSERT_TRUE(held);
    EXPECT_TRUE(held->alive);
    EXPECT_FALSE(held->user.empty());
    EXPECT_EQ(describe(*held), me.program + ", process " + std::to_string(me.pid) + " of " +
                                       held->user + " on " + me.host);

    std::ofstream(page.string() + ".lock") << goneProcess() << "\n"
                                           << me.program << "\n"
                                           << me.host << "\n";
    const auto stale = readPageLock(page);
    ASSERT_TRUE(stale);
    EXPECT_FALSE(stale->alive);

    // Half-written, or not a lock at all: held, as the window takes it.
    std::ofstream(page.string() + ".lock") << "";
    const auto unreadable = readPageLock(page);
    ASSERT_TRUE(unreadable);
    EXPECT_TRUE(unreadable->alive);
    EXPECT_NE(describe(*unreadable).find("cannot be read"), std::string::npos);
    fs::remove_all(folder);
}

}  // namespace
}  // namespace banmian::layout
