// `banmian`, the command: runs the subcommands (import, typeset, compose, info, export, hints)
// without Qt, and hands everything else — opening the window, or drawing a picture with --png —
// to the app's executable beside it, banmian-app, with the same arguments.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "app/cli/CommandLine.h"

namespace {

bool wantsTheApp(int argc, char** argv) {
    if (argc < 2 || !banmian::app::isSubcommand(argv[1])) return true;
    if (banmian::app::asksForNewsroomPage(argc, argv)) return true;  // checked already
    for (int i = 2; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--png") return true;
    }
    return false;
}

int startTheApp(char** argv) {
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto app = (error ? std::filesystem::path(argv[0]) : self).parent_path() / "banmian-app";
    ::execv(app.c_str(), argv);
    std::cerr << "banmian: cannot start the app " << app.string() << ": " << std::strerror(errno)
              << " (build it with the README's run command)\n";
    return banmian::app::kExitBadInput;
}

}  // namespace

int main(int argc, char** argv) {
    // A mistyped subcommand or a missing file is said here, at once: never a window, never the
    // seed page in its place.
    if (const auto refused = banmian::app::refuseFileToOpen(argc, argv)) return *refused;
    if (wantsTheApp(argc, argv)) return startTheApp(argv);
    return *banmian::app::runCommandLine(argc, argv);
}
