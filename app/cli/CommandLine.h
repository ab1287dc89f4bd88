#pragma once

#include <optional>
#include <string_view>

namespace banmian::app {

/// Runs a CLI subcommand (`import`, `--help`, `--version` …) when argv names one, without starting
/// the GUI, and returns its exit code; returns nothing when argv asks for the app.
std::optional<int> runCommandLine(int argc, char** argv);

/// Whether `argument` (argv[1]) names a subcommand or an option of the command line, rather than a
/// file for the app to open.
bool isSubcommand(std::string_view argument);

/// Exit codes shared by every subcommand.
enum ExitCode { kExitOk = 0, kExitBadInput = 1, kExitUsage = 2 };

}  // namespace banmian::app
