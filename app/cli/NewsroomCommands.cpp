#include "app/cli/NewsroomCommands.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "app/cli/EditionArticles.h"
#include "app/cli/FolderEditionCommands.h"
#include "app/cli/PrintFilesReport.h"
#include "layout/base/Id.h"
#include "layout/base/LocalTime.h"
#include "layout/base/Utf8.h"
#include "layout/import/ArticleImporter.h"
#include "layout/model/MastheadDate.h"
#include "layout/newsroom/EditionExport.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/newsroom/OpenPage.h"
#include "layout/newsroom/Schema.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

// The options a newsroom command was given: `--name value` pairs, bare flags and the rest.
struct Given {
    std::map<std::string, std::string> values;
    std::set<std::string> flags;
    std::vector<std::string> files;
    std::string error;

    bool has(const std::string& name) const { return values.count(name) > 0; }
    std::string operator[](const std::string& name) const {
        const auto it = values.find(name);
        return it == values.end() ? std::string() : it->second;
    }
};

Given parse(const std::vector<std::string>& args, std::size_t from,
            const std::set<std::string>& valued, const std::set<std::string>& bare) {
    Given given;
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (valued.count(arg)) {
            if (i + 1 >= args.size()) {
                given.error = arg + " needs a value";
                return given;
            }
            given.values[arg] = args[++i];
        } else if (bare.count(arg)) {
            given.flags.insert(arg);
        } else if (arg.starts_with("-") && arg != "-") {
            given.error = "unknown option " + arg;
            return given;
        } else {
            given.files.push_back(arg);
        }
    }
    return given;
}

// Who is at work: --as, else the login's name (as the window names its proofreader).
std::string worker(const Given& given) {
    if (given.has("--as")) return given["--as"];
    if (const char* user = std::getenv("USER"); user && *user) return user;
    if (const passwd* entry = getpwuid(getuid())) return entry->pw_name;
    return "unknown";
}

struct Session {
    layout::PgConnection connection;
    layout::EditionStore store;
    Session(layout::PgConnection c, const std::string& who)
        : connection(std::move(c)), store(connection, {who, ""}) {}
};

// The database the command is given (--db, else BANMIAN_DB), connected and its schema checked.
std::unique_ptr<Session> connect(const std::string& command, const Given& given,
                                 bool checkSchema = true) {
    std::string url = given["--db"];
    if (url.empty()) {
        if (const char* env = std::getenv("BANMIAN_DB")) url = env;
    }
    if (url.empty()) {
        std::cerr << "banmian " << command
                  << ": say which newsroom database: --db URL (postgresql://user@host/db), or "
                     "BANMIAN_DB\n";
        return nullptr;
    }
    auto connection = layout::PgConnection::open(url);
    if (!connection) {
        std::cerr << "banmian " << command << ": " << connection.error().message << "\n";
        return nullptr;
    }
    auto session = std::make_unique<Session>(std::move(connection).value(), worker(given));
    if (checkSchema) {
        if (auto wrong = layout::checkSchema(session->connection)) {
            std::cerr << "banmian " << command << ": " << wrong->message << "\n";
            return nullptr;
        }
    }
    return session;
}

std::optional<layout::StoredEdition> edition(const std::string& command, Session& session,
                                             const Given& given) {
    const auto date = layout::parseIsoDate(given["--date"]);
    if (!date) {
        std::cerr << "banmian " << command << ": --date needs the edition's day as YYYY-MM-DD"
                  << (given.has("--date") ? ", not " + given["--date"] : std::string()) << "\n";
        return std::nullopt;
    }
    auto found = session.store.findEdition(*date, given["--paper"]);
    if (!found) {
        std::cerr << "banmian " << command << ": " << found.error().message << "\n";
        return std::nullopt;
    }
    return std::move(found).value();
}

std::optional<int> pageNumber(const std::string& command, const Given& given,
                              const layout::StoredEdition& edition) {
    const std::string text = given["--page"];
    char* end = nullptr;
    const long number = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || !edition.edition.page(static_cast<int>(number))) {
        std::cerr << "banmian " << command << ": --page needs a page of the edition (1 to "
                  << edition.edition.pages.size() << ")"
                  << (text.empty() ? std::string() : ", not " + text) << "\n";
        return std::nullopt;
    }
    return static_cast<int>(number);
}

int fail(const std::string& command, const layout::Diagnostic& error) {
    std::cerr << "banmian " << command << ": " << error.message << "\n";
    return kExitBadInput;
}

int newsroomInitOrMigrate(const std::string& verb, const std::vector<std::string>& args) {
    const std::string command = "newsroom " + verb;
    const Given given = parse(args, 1, {"--db", "--as"}, {});
    if (!given.error.empty() || !given.files.empty()) {
        std::cerr << "banmian " << command << ": "
                  << (given.error.empty() ? "it takes no file" : given.error)
                  << "; usage: banmian newsroom " << verb << " --db URL\n";
        return kExitUsage;
    }
    auto session = connect(command, given, false);
    if (!session) return kExitBadInput;
    auto done = verb == "init" ? layout::initSchema(session->connection, worker(given))
                               : layout::migrateSchema(session->connection, worker(given));
    if (!done) return fail(command, done.error());
    if (done.value().from == done.value().to) {
        std::cout << "the schema is up to date (version " << done.value().to << ") in "
                  << session->connection.describe() << "\n";
    } else {
        std::cout << (verb == "init" ? "created" : "migrated") << " Banmian's schema (version "
                  << done.value().from << " → " << done.value().to << ") in "
                  << session->connection.describe() << "\n";
    }
    return kExitOk;
}

int editionCreate(const std::vector<std::string>& args) {
    const Given given =
            parse(args, 1, {"--db", "--as", "--paper", "--date", "--pages", "--size"}, {});
    if (!given.error.empty() || !given.files.empty() || !given.has("--paper") ||
        !given.has("--pages")) {
        std::cerr << "banmian edition create: "
                  << (!given.error.empty()   ? given.error
                      : !given.files.empty() ? "it takes no file"
                                             : "it needs --paper and --pages")
                  << "; usage: banmian edition create --db URL --paper NAME --date YYYY-MM-DD "
                     "--pages N [--size broadsheet|tabloid]\n";
        return kExitUsage;
    }
    const auto date = layout::parseIsoDate(given["--date"]);
    if (!date) {
        std::cerr << "banmian edition create: --date needs the edition's day as YYYY-MM-DD\n";
        return kExitUsage;
    }
    const std::string size = given.has("--size") ? given["--size"] : "broadsheet";
    const auto preset = layout::parsePagePreset(size);
    if (!preset) {
        std::cerr << "banmian edition create: --size is broadsheet, tabloid, a3 or a4, not " << size
                  << "\n";
        return kExitUsage;
    }
    auto session = connect("edition create", given);
    if (!session) return kExitBadInput;
    const int pages = std::atoi(given["--pages"].c_str());
    auto made = session->store.createEdition(
            given["--paper"], *date, pages, [&](const layout::EditionPage& p) {
                return layout::newEditionPage(given["--paper"], *date, *preset, p);
            });
    if (!made) return fail("edition create", made.error());
    std::cout << "made the edition of " << given["--paper"] << " for " << layout::isoDate(*date)
              << ": " << pages << " pages\n";
    return kExitOk;
}

int editionImport(const std::vector<std::string>& args) {
    const Given given = parse(args, 1, {"--db", "--as", "--paper", "--date"}, {});
    if (!given.error.empty() || given.files.size() != 1) {
        std::cerr << "banmian edition import: "
                  << (given.error.empty() ? "it takes one article file" : given.error)
                  << "; usage: banmian edition import --db URL --date D ARTICLES\n";
        return kExitUsage;
    }
    const auto stories = readEditionArticles("edition import", given.files[0]);
    if (!stories) return kExitBadInput;
    auto session = connect("edition import", given);
    if (!session) return kExitBadInput;
    const auto found = edition("edition import", *session, given);
    if (!found) return kExitBadInput;
    auto added = session->store.importStories(*found, *stories);
    if (!added) return fail("edition import", added.error());
    reportImported(added.value(), *stories);
    return kExitOk;
}

int editionStatus(const std::vector<std::string>& args) {
    const Given given = parse(args, 1, {"--db", "--as", "--paper", "--date"}, {});
    if (!given.error.empty() || !given.files.empty()) {
        std::cerr << "banmian edition status: "
                  << (given.error.empty() ? "it takes no file" : given.error)
                  << "; usage: banmian edition status --db URL --date D\n";
        return kExitUsage;
    }
    auto session = connect("edition status", given);
    if (!session) return kExitBadInput;
    const auto found = edition("edition status", *session, given);
    if (!found) return kExitBadInput;
    auto status = session->store.status(*found);
    if (!status) return fail("edition status", status.error());
    nlohmann::ordered_json out;
    out["paper"] = found->edition.paper;
    out["date"] = layout::isoDate(found->edition.date);
    auto pages = nlohmann::ordered_json::array();
    for (const layout::PageStatus& p : status.value()) {
        nlohmann::ordered_json page = {
                {"number", p.number},
                {"section", p.section},
                {"state", layout::stateKey(p.state)},
                {"stateName", layout::stateName(p.state)},
                {"holder", p.holder.empty() ? nullptr : nlohmann::ordered_json(p.holder)},
                {"leaseUntil",
                 p.leaseUntil.empty() ? nullptr : nlohmann::ordered_json(p.leaseUntil)},
                {"version", p.version},
                {"stories", p.stories},
                {"marks", {{"open", p.openMarks}, {"total", p.marks}}},
                {"savedBy", p.savedBy},
                {"savedAt", p.savedAt}};
        pages.push_back(std::move(page));
    }
    out["pages"] = std::move(pages);
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

int editionExport(const std::vector<std::string>& args) {
    const Given given = parse(args, 1, {"--db", "--as", "--paper", "--date", "-o", "--name"},
                              {"--all", "--force", "--no-marks"});
    if (!given.error.empty() || !given.files.empty() || !given.has("-o")) {
        std::cerr << "banmian edition export: "
                  << (!given.error.empty()  ? given.error
                      : given.files.empty() ? "it needs -o DIR"
                                            : "it takes no file")
                  << "; usage: banmian edition export --db URL --date D -o DIR [--all] [--name "
                     "TEMPLATE] [--force]\n";
        return kExitUsage;
    }
    auto session = connect("edition export", given);
    if (!session) return kExitBadInput;
    const auto found = edition("edition export", *session, given);
    if (!found) return kExitBadInput;
    layout::EditionExportOptions options;
    options.folder = given["-o"];
    if (given.has("--name")) options.nameTemplate = given["--name"];
    options.everyPage = given.flags.count("--all") > 0;
    options.force = given.flags.count("--force") > 0;
    options.cropMarks = given.flags.count("--no-marks") == 0;
    layout::PageComposer composer;
    auto report = layout::exportEdition(session->store, *found, composer, options);
    if (!report) return fail("edition export", report.error());
    return reportPrintFiles(report.value(), options);
}

int pagePushOrPull(const std::string& verb, const std::vector<std::string>& args) {
    const std::string command = "page " + verb;
    const Given given = parse(args, 1, {"--db", "--as", "--paper", "--date", "--page"},
                              {"--force", "--autosave"});
    if (!given.error.empty() || given.files.size() != 1 || !given.has("--page")) {
        std::cerr << "banmian " << command << ": "
                  << (!given.error.empty()  ? given.error
                      : given.has("--page") ? "it takes one .banmian file"
                                            : "it needs --page N")
                  << "; usage: banmian page " << verb
                  << " --db URL --date D --page N FILE.banmian\n";
        return kExitUsage;
    }
    const std::string& file = given.files[0];
    if (verb == "pull") {
        if (const auto refused = checkOutputs({{file, OutputKind::Document}},
                                              given.flags.count("--force") > 0, {})) {
            std::cerr << "banmian page pull: " << refused->message << "\n";
            return refused->exitCode;
        }
    }
    layout::Document document;
    if (verb == "push") {
        auto read = layout::readDocument(file);
        if (!read) return fail(command, read.error());
        document = std::move(read).value();
    }
    auto session = connect(command, given);
    if (!session) return kExitBadInput;
    const auto found = edition(command, *session, given);
    if (!found) return kExitBadInput;
    const auto number = pageNumber(command, given, *found);
    if (!number) return kExitBadInput;
    if (verb == "push") {
        if (auto error = session->store.pushPage(*found, *number, document))
            return fail(command, *error);
        std::cout << "pushed " << file << " as page " << *number << " of "
                  << layout::isoDate(found->edition.date) << " (" << document.stories.size()
                  << " stories, " << document.marks.size() << " marks)\n";
        return kExitOk;
    }
    std::optional<layout::Document> pulled;
    if (given.flags.count("--autosave")) {
        auto autosave = session->store.takeAutosave(*found, *number);
        if (!autosave) return fail(command, autosave.error());
        if (!autosave.value()) {
            std::cerr << "banmian page pull: page " << *number << " has no autosave\n";
            return kExitBadInput;
        }
        pulled = std::move(*autosave.value());
    } else {
        layout::PageComposer composer;
        auto page = layout::openPage(session->store, *found, *number, composer);
        if (!page) return fail(command, page.error());
        pulled = std::move(page.value().document);
    }
    if (auto error = layout::writeDocument(*pulled, file)) return fail(command, *error);
    std::cout << "pulled page " << *number << " into " << file << " (" << pulled->stories.size()
              << " stories, " << pulled->marks.size() << " marks)\n";
    return kExitOk;
}

// Where `text` first stands in the story: kicker, headline, subtitle, then the body's paragraphs.
std::optional<layout::TextRange> firstOccurrence(const layout::Story& story,
                                                 const std::string& text) {
    using layout::StoryField;
    const std::pair<StoryField, const std::string*> heads[] = {
            {StoryField::Kicker, &story.kicker},
            {StoryField::Headline, &story.headline},
            {StoryField::Subtitle, &story.subtitle}};
    for (const auto& [field, value] : heads) {
        const auto at = value->find(text);
        if (at != std::string::npos)
            return layout::TextRange{{story.id, field, 0, at},
                                     {story.id, field, 0, at + text.size()}};
    }
    for (std::size_t p = 0; p < story.paragraphs.size(); ++p) {
        const auto at = story.paragraphs[p].find(text);
        if (at != std::string::npos)
            return layout::TextRange{{story.id, StoryField::Body, p, at},
                                     {story.id, StoryField::Body, p, at + text.size()}};
    }
    return std::nullopt;
}

std::string nowIso() {
    return layout::isoLocalTime(std::time(nullptr));
}

}  // namespace

int runNewsroomCommand(const std::vector<std::string>& args) {
    if (!args.empty() && (args[0] == "init" || args[0] == "migrate"))
        return newsroomInitOrMigrate(args[0], args);
    std::cerr << "banmian newsroom: usage: banmian newsroom init|migrate --db URL\n";
    return kExitUsage;
}

int runEditionCommand(const std::vector<std::string>& args) {
    if (namesFolderEdition(args)) return runFolderEditionCommand(args);
    const std::string verb = args.empty() ? "" : args[0];
    if (verb == "create") return editionCreate(args);
    if (verb == "import") return editionImport(args);
    if (verb == "status") return editionStatus(args);
    if (verb == "export") return editionExport(args);
    std::cerr << "banmian edition: usage: banmian edition create|import|status|export --db URL "
                 "--date D … (see banmian --help)\n";
    return kExitUsage;
}

int runPageCommand(const std::vector<std::string>& args) {
    if (namesFolderEdition(args)) return runFolderPageCommand(args);
    const std::string verb = args.empty() ? "" : args[0];
    if (verb == "push" || verb == "pull") return pagePushOrPull(verb, args);
    std::cerr << "banmian page: usage: banmian page push|pull --db URL --date D --page N "
                 "FILE.banmian\n";
    return kExitUsage;
}

int runProofMarkCommand(const std::vector<std::string>& args) {
    const Given given = parse(args, 1,
                              {"--db", "--as", "--paper", "--date", "--page", "--author", "--kind",
                               "--story", "--text", "--correction"},
                              {});
    const std::string kindName = given.has("--kind") ? given["--kind"] : "delete";
    const auto kind = layout::parseMarkKind(kindName);
    const bool needsCorrection =
            kind && (*kind == layout::MarkKind::Insert || *kind == layout::MarkKind::Replace ||
                     *kind == layout::MarkKind::Query || *kind == layout::MarkKind::Comment ||
                     *kind == layout::MarkKind::Style);
    if (!given.error.empty() || !given.files.empty() || !given.has("--story") ||
        !given.has("--text") || !given.has("--page") || !kind || *kind == layout::MarkKind::Hint ||
        (needsCorrection && !given.has("--correction"))) {
        std::cerr << "banmian proof mark: "
                  << (!given.error.empty()   ? given.error
                      : !given.files.empty() ? "it takes no file"
                      : !kind || *kind == layout::MarkKind::Hint
                              ? "--kind is delete, insert, replace, transpose, style, query or "
                                "comment"
                      : needsCorrection ? "--kind " + kindName + " needs --correction TEXT"
                                        : "it needs --page, --story and --text")
                  << "; usage: banmian proof mark --db URL --date D --page N --author NAME --kind "
                     "delete --story ID --text TEXT [--correction TEXT]\n";
        return kExitUsage;
    }
    auto session = connect("proof mark", given);
    if (!session) return kExitBadInput;
    const auto found = edition("proof mark", *session, given);
    if (!found) return kExitBadInput;
    const auto number = pageNumber("proof mark", given, *found);
    if (!number) return kExitBadInput;
    auto page = session->store.pullPage(*found, *number);
    if (!page) return fail("proof mark", page.error());
    const layout::Story* story = layout::findStory(page.value().document.stories, given["--story"]);
    if (!story) {
        std::cerr << "banmian proof mark: page " << *number << " has no story " << given["--story"]
                  << " (see its stories with banmian page pull)\n";
        return kExitBadInput;
    }
    const auto range = firstOccurrence(*story, given["--text"]);
    if (!range) {
        std::cerr << "banmian proof mark: \"" << given["--text"] << "\" is not in the story "
                  << story->id << "\n";
        return kExitBadInput;
    }
    layout::ProofMark mark;
    mark.kind = *kind;
    mark.range = *range;
    // An insertion goes after the text named: a caret.
    if (*kind == layout::MarkKind::Insert) mark.range.begin = mark.range.end;
    mark.correction = given["--correction"];
    mark.author = given.has("--author") ? given["--author"] : worker(given);
    mark.created = nowIso();
    mark.round = layout::currentRound(page.value().document).number;
    auto added = session->store.addMark(*found, *number, mark);
    if (!added) return fail("proof mark", added.error());
    std::cout << "marked " << kindName << " \"" << given["--text"] << "\" in story " << story->id
              << " on page " << *number << " (mark " << added.value().mark << ")\n";
    return kExitOk;
}

}  // namespace banmian::app
