#include "app/cli/CommandLine.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/HintsCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/NewsroomCommands.h"
#include "app/cli/PageCommands.h"
#include "app/cli/ProofCommand.h"
#include "app/cli/TypesetCommand.h"
#include "layout/edition/FolderEdition.h"

namespace banmian::app {

namespace {

constexpr const char* kHelp = R"(banmian — newspaper page layout and proofing (版面)

usage:
  banmian [FILE] [--photos DIR]   open the app; FILE is an article file or a .banmian page
                                  (default: the seed page); it must exist; --photos: the day's
                                  photos in DIR taken in and the page composed with them
  banmian import FILE [--outline] the stories found in an article file, as JSON (or an outline)
  banmian typeset FILE --width W [--size S] [--leading L] [--font ROLE] [--latin FAMILY]
                       [--json] [--png OUT.png]
                                  FILE's body text set in one column of width W (117pt, 41.3mm,
                                  13em): as text, as JSON lines, or drawn to a PNG picture
  banmian compose ARTICLES -o PAGE.banmian [--photos DIR] [--force] [--png PAGE.png]
                       [--page broadsheet|tabloid|a3|a4] [--title NAME] [--date DATE]
                                  auto-composes a front page and saves it as a document;
                                  --photos DIR: the day's photos (JPEG, PNG, TIFF), each placed
                                  with its story, captions and credits from the photos or from
                                  a photo1.txt beside photo1.jpg; --force: replace PAGE.banmian
                                  if it exists
  banmian info PAGE.banmian       the page's grid and every block's frames and copyfit, as JSON
  banmian export INPUT -o OUT.pdf [--proof [--paper a3|a4]] [--no-marks] [--force]
                       [--icc PROFILE.icc]
                                  the page as a print-ready PDF/X-1a (INPUT: articles or a
                                  .banmian); --proof: a proof PDF for review instead: the proof
                                  marks and hints drawn in red and numbered, their notes beside
                                  the page, a list of every mark after it, and annotations for
                                  screen readers; --paper: the proof fitted to A3 or A4; --no-marks:
                                  without crop marks; --force: export what the preflight
                                  refuses (overset, a photo missing, RGB or under the
                                  document's minimum ppi, an empty photo frame)
  banmian hints FILE [--list LIST] automatic proof hints (自动校对提示) on the stories of an
                                  article file or a .banmian: unbalanced brackets and quotes,
                                  half-width punctuation in Chinese, doubled characters,
                                  full-width Latin, known mistakes (common slips, and the
                                  newsroom's list: LIST, else known-mistakes.txt beside FILE;
                                  one wrong→right a line, UTF-8)
  banmian proof import PAGE.banmian ANNOTATED.pdf [-o OUT.banmian] [--force]
                                  a proof's annotations (strike-outs, carets, highlights,
                                  notes, replies), added in any PDF viewer, read in as the
                                  page's proof marks (校样批注导入), over PAGE or into OUT; a
                                  summary of marks added, updated, kept, orphaned and skipped
  banmian proof status PAGE.banmian
                                  the proof round (校次: 一校, 二校 … 终校, who opened it and
                                  when), the open marks by round and by kind, conflicts, and
                                  the sign-off (签样: by whom and when, or not signed; lifts)
  banmian proof check PAGE.banmian
                                  核红: each accepted correction checked against the page's
                                  text now — made, NOT MADE (the old text is back), changed
                                  since — then what changed since the manuscript (稿件原文);
                                  exit 1 when any correction is NOT MADE, else 0
  banmian proof merge PAGE.banmian OTHER.banmian… [-o OUT.banmian] [--force]
                                  brings the marks of other copies of the page in: added,
                                  updated, kept, orphaned; marks asking different things of
                                  the same characters are conflicts (冲突), both kept open for
                                  the editor; writes OUT, or PAGE itself with --force; never a
                                  signed page (lift the sign-off first)

the newsroom (an edition of many pages shared through PostgreSQL; URL as libpq takes it, e.g.
postgresql://user@host/db, or BANMIAN_DB; the password from PGPASSWORD or ~/.pgpass; --as NAME
says who is at work, default the login's name):
  banmian newsroom init|migrate --db URL
                                  creates Banmian's schema in the newsroom's database, or brings
                                  it up to this build's version
  banmian edition create --db URL --paper NAME --date YYYY-MM-DD --pages N [--size broadsheet|tabloid]
                                  a new edition (a day's paper) of N pages
  banmian edition import --db URL --date D ARTICLES
                                  the stories of an article file into the edition's stock
  banmian edition status --db URL --date D
                                  the pages as JSON: state (排版中, 一校 … 签版, 已付印), who
                                  holds each, its marks
  banmian edition export --db URL --date D -o DIR [--all] [--name TEMPLATE] [--force]
                                  every signed page (--all: every page) as a print PDF in DIR,
                                  named by TEMPLATE ({paper} {date} {yyyy} {mm} {dd} {page}
                                  {page2} {page3} {section}; default {date}-{page2}.pdf); a
                                  signed page sent becomes 已付印; --force: past the
                                  preflight, as export --force
  banmian page push|pull --db URL --date D --page N FILE.banmian [--force] [--autosave]
                                  a page moved from a file into the edition, or back into a
                                  file (--autosave: the last holder's unsaved layout)
  banmian proof mark --db URL --date D --page N --author NAME --kind KIND --story ID --text TEXT
                     [--correction TEXT]
                                  a proofreader's mark (delete, insert, replace, transpose,
                                  style, query, comment) on the first TEXT in the story

  banmian edition create|import|status|export --folder DIR …
  banmian page push|pull --folder DIR …
                                  the same for an edition kept in a folder (edition.json beside
                                  page-01.banmian …, its stock in stock.json), for a paper with
                                  no database server
  banmian --db URL --date YYYY-MM-DD --page N
                                  the app on page N of the edition: held while the window is
                                  open (read-only when another window holds it), others'
                                  marks and text coming in as they are made

  banmian --help | --version

-o - writes to standard output (a PDF or picture only into a file or a pipe). No subcommand
writes over a .banmian page without --force, nor ever over a page open in a window.
An article file is plain text (UTF-8, UTF-16 with a BOM, or GB18030/GBK): headlines, credit lines
such as "□记者 曹香玉", and paragraphs, as newsrooms send them.
Exit status: 0 done, 1 bad input (one line on stderr says what and where), 2 wrong usage.
)";

constexpr std::string_view kSubcommands[] = {"import", "typeset", "compose",  "info",    "export",
                                             "hints",  "proof",   "newsroom", "edition", "page"};

// Letters to add, drop or change to turn one word into the other (Levenshtein).
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The subcommand a mistyped word was most likely meant to be (exprot, typset), or "".
std::string_view nearestSubcommand(std::string_view word) {
    std::string_view nearest;
    std::size_t best = 3;  // more than two letters off is another word
    for (std::string_view command : kSubcommands) {
        const std::size_t distance = editDistance(word, command);
        if (distance < best) {
            best = distance;
            nearest = command;
        }
    }
    return nearest;
}

}  // namespace

bool isSubcommand(std::string_view argument) {
    if (argument == "help") return true;
    for (std::string_view command : kSubcommands) {
        if (argument == command) return true;
    }
    return argument.starts_with("-");
}

bool asksForNewsroomPage(int argc, char** argv) {
    if (argc < 2) return false;
    const std::string_view first = argv[1];
    return first == "--db" || first == "--date" || first == "--page";
}

std::optional<int> refuseNewsroomPage(int argc, char** argv, NewsroomPageArgs* args) {
    std::string url, date, page;
    for (int i = 1; i < argc; ++i) {
        const std::string_view option = argv[i];
        std::string* value = option == "--db"     ? &url
                             : option == "--date" ? &date
                             : option == "--page" ? &page
                                                  : nullptr;
        if (!value) {
            std::cerr << "banmian: " << option
                      << " is not for the window's newsroom page (banmian --db URL --date "
                         "YYYY-MM-DD --page N; see banmian --help)\n";
            return kExitUsage;
        }
        if (i + 1 >= argc) {
            std::cerr << "banmian: " << option << " needs a value (banmian --db URL --date "
                      << "YYYY-MM-DD --page N)\n";
            return kExitUsage;
        }
        *value = argv[++i];
    }
    if (url.empty()) {
        if (const char* env = std::getenv("BANMIAN_DB")) url = env;
    }
    if (url.empty()) {
        std::cerr << "banmian: say which newsroom database: --db URL (postgresql://user@host/db), "
                     "or BANMIAN_DB\n";
        return kExitUsage;
    }
    const auto day = layout::parseIsoDate(date);
    if (!day) {
        std::cerr << "banmian: --date needs the edition's day as YYYY-MM-DD"
                  << (date.empty() ? std::string() : ", not " + date) << "\n";
        return kExitUsage;
    }
    // No page: the edition's page plan (版面规划) alone, to pick one from.
    char* end = nullptr;
    const long number = page.empty() ? 0 : std::strtol(page.c_str(), &end, 10);
    if (!page.empty() && (*end != '\0' || number < 1 || number > 999)) {
        std::cerr << "banmian: --page needs the page's number (1, 2 …)"
                  << (page.empty() ? std::string() : ", not " + page) << "\n";
        return kExitUsage;
    }
    if (args) *args = {url, *day, static_cast<int>(number)};
    return std::nullopt;
}

std::optional<int> refuseFileToOpen(int argc, char** argv) {
    if (asksForNewsroomPage(argc, argv)) return refuseNewsroomPage(argc, argv);
    if (argc < 2 || isSubcommand(argv[1])) return std::nullopt;
    const std::string file = argv[1];
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        const int error = errno;
        // A bare word is a subcommand mistyped or unknown (`banmian galley page.banmian`); anything
        // with a dot or a slash is a file's name.
        if (error == ENOENT && file.find_first_of("./") == std::string::npos) {
            const std::string_view nearest = nearestSubcommand(file);
            std::cerr << "banmian: " << file << " is neither a subcommand nor a file here"
                      << (nearest.empty() ? ""
                                          : "; did you mean banmian " + std::string(nearest) + "?")
                      << " (subcommands: import, typeset, compose, info, export, hints, proof, "
                         "newsroom, edition, page; see "
                         "banmian --help)\n";
            return kExitUsage;
        }
        std::cerr << "banmian: cannot open " << file << ": " << std::strerror(error)
                  << "; give an article file or a .banmian page that exists (see banmian --help)\n";
        return kExitBadInput;
    }
    if (S_ISDIR(st.st_mode)) {
        // An edition's folder opens as its page plan; any other folder is a mistake.
        const std::string edition = file + "/" + layout::kEditionFile;
        if (::stat(edition.c_str(), &st) == 0 && argc == 2) return std::nullopt;
        std::cerr << "banmian: " << file
                  << " is a folder; give an article file or a .banmian page in it to open, or "
                     "an edition's folder (with its edition.json, banmian edition create "
                     "--folder)\n";
        return kExitBadInput;
    }
    if (argc >= 3 && std::string_view(argv[2]) == "--photos") {
        // The day's photos for the page the window opens: the folder checked here, as the file
        // is, so that a mistyped one is said before any window opens.
        struct stat folder {};
        if (argc == 3) {
            std::cerr << "banmian: --photos needs the folder of the day's photos (banmian FILE "
                         "--photos DIR)\n";
            return kExitUsage;
        }
        if (::stat(argv[3], &folder) != 0 || !S_ISDIR(folder.st_mode)) {
            std::cerr << "banmian: --photos: there is no folder " << argv[3]
                      << ": give the folder the day's photos are in\n";
            return kExitBadInput;
        }
        if (argc == 4) return std::nullopt;
    }
    if (argc > 2) {
        const int next = std::string_view(argv[2]) == "--photos" ? 4 : 2;
        std::cerr << "banmian: the window opens one file, and " << argv[next] << " follows " << file
                  << "; open others from the window (File → Open), or use a subcommand (see "
                     "banmian --help)\n";
        return kExitUsage;
    }
    return std::nullopt;
}

std::optional<int> runCommandLine(int argc, char** argv) {
    if (argc < 2) return std::nullopt;
    const std::string command = argv[1];
    const std::vector<std::string> rest(argv + 2, argv + argc);

    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kHelp;
        return kExitOk;
    }
    if (command == "--version") {
        std::cout << "banmian " << BANMIAN_VERSION << "\n";
        return kExitOk;
    }
    if (command == "import") return runImportCommand(rest);
    if (command == "typeset") return runTypesetCommand(rest);
    if (command == "compose") return runComposeCommand(rest);
    if (command == "info") return runInfoCommand(rest);
    if (command == "export") return runExportCommand(rest);
    if (command == "hints") return runHintsCommand(rest);
    if (command == "proof") return runProofCommand(rest);
    if (command == "newsroom") return runNewsroomCommand(rest);
    if (command == "edition") return runEditionCommand(rest);
    if (command == "page") return runPageCommand(rest);
    if (asksForNewsroomPage(argc, argv)) return refuseNewsroomPage(argc, argv);  // the app's
    if (command.starts_with("-")) {
        std::cerr << "banmian: unknown option " << command << " (see banmian --help)\n";
        return kExitUsage;
    }
    return refuseFileToOpen(argc, argv);  // nothing: a file for the app to open
}

}  // namespace banmian::app
