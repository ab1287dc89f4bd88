#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "layout/model/MastheadDate.h"

namespace banmian::app {

/// Runs a CLI subcommand (`import`, `--help`, `--version` …) when argv names one, without starting
/// the GUI, and returns its exit code; returns nothing when argv asks for the app.
std::optional<int> runCommandLine(int argc, char** argv);

/// Whether `argument` (argv[1]) names a subcommand or an option of the command line, rather than a
/// file for the app to open.
bool isSubcommand(std::string_view argument);

/// When argv[1] is no subcommand, so a file for the window to open: the exit code after one line
/// on stderr when it cannot be — a word that is no subcommand (2), a file that does not exist or
/// is a folder (1), more than one file (2), `--photos` without a folder that exists (2, 1);
/// nothing when the window may open it (with `--photos DIR` after it). Never a window,
/// never the seed page, for a mistyped command.
std::optional<int> refuseFileToOpen(int argc, char** argv);

/// `banmian --db URL --date YYYY-MM-DD --page N`: a page of the newsroom's edition for the window.
struct NewsroomPageArgs {
    std::string url;  ///< --db, else BANMIAN_DB
    layout::CalendarDate date;
    int page = 0;
};

/// Whether argv asks the window for a newsroom page: its first option is --db, --date or --page.
bool asksForNewsroomPage(int argc, char** argv);

/// When argv asks for a newsroom page: the exit code after one line on stderr when the options
/// are wrong — one missing, a date that is none, a page that is no number, anything else given
/// (2); nothing when the window may open it, and then `args` (if given) says which.
std::optional<int> refuseNewsroomPage(int argc, char** argv, NewsroomPageArgs* args = nullptr);

/// Exit codes shared by every subcommand.
enum ExitCode { kExitOk = 0, kExitBadInput = 1, kExitUsage = 2 };

}  // namespace banmian::app
