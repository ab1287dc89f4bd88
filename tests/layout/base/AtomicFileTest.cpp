// Saving is all or nothing: a disk that fills up halfway through a write leaves the file that
// was there exactly as it was, and no half-written temporary beside it.
#include "layout/base/AtomicFile.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace banmian::layout {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(AtomicFile, ReplacesTheFileWhole) {
    const fs::path path = fs::temp_directory_path() / "banmian-atomic-replace.banmian";
    ASSERT_FALSE(writeFileAtomically(path, "yesterday"));
    ASSERT_FALSE(writeFileAtomically(path, "today"));
    EXPECT_EQ(read(path), "today");
    EXPECT_FALSE(fs::exists(path.string() + ".saving"));
    fs::remove(path);
}

// A full disk, as the kernel reports it to a process over its file size limit (EFBIG, with
// SIGXFSZ ignored): the first 4 KB go down, the rest does not.
TEST(AtomicFile, AFullDiskHalfwayLeavesTheOldFileAndNoTemporary) {
    const fs::path path = fs::temp_directory_path() / "banmian-atomic-full.banmian";
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
    EXPECT_FALSE(fs::exists(path.string() + ".saving"));
    fs::remove(path);
}

}  // namespace
}  // namespace banmian::layout
