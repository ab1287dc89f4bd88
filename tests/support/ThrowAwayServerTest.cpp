// A throw-away server left running by a test process that died (a crash, a timeout's SIGKILL) is
// stopped and removed by the next test's server, and a live owner's server is left alone.
#include "ThrowAwayServer.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace {

namespace fs = std::filesystem;

// The id of a process that ran and is gone.
pid_t deadProcess() {
    const pid_t child = fork();
    if (child == 0) _exit(0);
    waitpid(child, nullptr, 0);
    return child;
}

// The server's own process, from its pid file.
pid_t postmaster(const std::string& folder) {
    std::ifstream file(folder + "/data/postmaster.pid");
    long pid = 0;
    file >> pid;
    return static_cast<pid_t>(pid);
}

// Whether process `pid` runs: not gone, and not a zombie waiting for a parent to reap it (a
// container's first process may never do that).
bool runs(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line)) return false;
    const auto close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

TEST(ThrowAwayServer, OneLeftByADeadTestProcessIsStoppedAndRemoved) {
    auto left = std::make_unique<ThrowAwayServer>();
    ASSERT_TRUE(left->running()) << left->error();
    const std::string folder = left->folder();
    const pid_t server = postmaster(folder);
    ASSERT_GT(server, 0);
    // As if the process that made it had been killed mid-test: its owner is gone.
    std::ofstream(folder + "/" + ThrowAwayServer::kOwnerFile) << deadProcess() << "\n";

    ThrowAwayServer next;
    ASSERT_TRUE(next.running()) << next.error();
    EXPECT_FALSE(fs::exists(folder));
    EXPECT_FALSE(runs(server)) << "the server left behind still runs";
    left.reset();  // its destructor finds nothing left to stop
}

TEST(ThrowAwayServer, OneWhoseOwnerLivesIsLeftAlone) {
    ThrowAwayServer mine;
    ASSERT_TRUE(mine.running()) << mine.error();
    ThrowAwayServer another;
    ASSERT_TRUE(another.running()) << another.error();
    EXPECT_TRUE(fs::exists(mine.folder() + "/data"));
    EXPECT_TRUE(runs(postmaster(mine.folder())));
}

}  // namespace
