#include "app/cli/FolderEditionCommands.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "app/cli/EditionArticles.h"
#include "app/cli/PrintFilesReport.h"
#include "layout/base/Id.h"
#include "layout/edition/FolderEdition.h"
#include "layout/edition/FolderExport.h"
#include "layout/edition/FolderStock.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::app {

namespace {

// The value after `name` in args; empty when it is not given.
std::string option(const std::vector<std::string>& args, const std::string& name) {
    const auto it = std::find(args.begin(), args.end(), name);
    return it != args.end() && it + 1 != args.end() ? *(it + 1) : std::string();
}

// What is left when the options and their values are taken out: the files.
std::vector<std::string> files(const std::vector<std::string>& args) {
    static const std::vector<std::string> valued = {
            "--folder", "--paper", "--date", "--pages", "--size", "--page", "--as", "-o", "--name"};
    std::vector<std::string> rest;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (std::find(valued.begin(), valued.end(), args[i]) != valued.end()) {
            ++i;
        } else if (!args[i].starts_with("--")) {
            rest.push_back(args[i]);
        }
    }
    return rest;
}

int fail(const std::string& command, const layout::Diagnostic& error) {
    std::cerr << "banmian " << command << ": " << error.message << "\n";
    return kExitBadInput;
}

int create(const std::vector<std::string>& args) {
    const std::string folder = option(args, "--folder");
    const auto date = layout::parseIsoDate(option(args, "--date"));
    const std::string paper = option(args, "--paper");
    const int pages = std::atoi(option(args, "--pages").c_str());
    const auto preset = layout::parsePagePreset(
            option(args, "--size").empty() ? "broadsheet" : option(args, "--size"));
    if (!date || paper.empty() || !preset) {
        std::cerr << "banmian edition create: usage: banmian edition create --folder DIR --paper "
                     "NAME --date YYYY-MM-DD --pages N [--size broadsheet|tabloid]\n";
        return kExitUsage;
    }
    const layout::Edition edition{paper, *date, layout::numberedPages(pages)};
    auto made = layout::createFolderEdition(folder, edition, [&](const layout::EditionPage& p) {
        return layout::newEditionPage(paper, *date, *preset, p);
    });
    if (made) return fail("edition create", *made);
    std::cout << "made the edition of " << paper << " for " << layout::isoDate(*date) << " in "
              << folder << ": " << pages << " pages (page-01.banmian …)\n";
    return kExitOk;
}

int status(const std::vector<std::string>& args) {
    const std::string folder = option(args, "--folder");
    auto edition = layout::readFolderEdition(folder);
    if (!edition) return fail("edition status", edition.error());
    auto plan = layout::folderStatus(folder, edition.value());
    if (!plan) return fail("edition status", plan.error());
    nlohmann::ordered_json out = {{"paper", edition.value().paper},
                                  {"date", layout::isoDate(edition.value().date)},
                                  {"folder", folder}};
    auto pages = nlohmann::ordered_json::array();
    for (const layout::PageStatus& p : plan.value()) {
        pages.push_back({{"number", p.number},
                         {"section", p.section},
                         {"file", layout::folderPageFile(folder, p.number).filename().string()},
                         {"state", layout::stateKey(p.state)},
                         {"stateName", layout::stateName(p.state)},
                         {"holder", p.holder.empty() ? nullptr : nlohmann::ordered_json(p.holder)},
                         {"stories", p.stories},
                         {"marks", {{"open", p.openMarks}, {"total", p.marks}}}});
    }
    out["pages"] = std::move(pages);
    auto stock = layout::readFolderStock(folder);
    if (!stock) return fail("edition status", stock.error());
    out["stock"] = stock.value().size();
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

// The day's articles into the folder's stock, read as the database's import reads them.
int import(const std::vector<std::string>& args) {
    const std::string folder = option(args, "--folder");
    const std::vector<std::string> rest = files(args);
    if (folder.empty() || rest.size() != 1) {
        std::cerr << "banmian edition import: usage: banmian edition import --folder DIR "
                     "ARTICLES\n";
        return kExitUsage;
    }
    const auto stories = readEditionArticles("edition import", rest[0]);
    if (!stories) return kExitBadInput;
    auto edition = layout::readFolderEdition(folder);
    if (!edition) return fail("edition import", edition.error());
    auto added = layout::importIntoFolderStock(folder, edition.value(), *stories);
    if (!added) return fail("edition import", added.error());
    reportImported(added.value(), *stories);
    return kExitOk;
}

bool flag(const std::vector<std::string>& args, const std::string& name) {
    return std::find(args.begin(), args.end(), name) != args.end();
}

// The signed pages (--all: every page) to the plant, as the database's export sends them.
int exportPages(const std::vector<std::string>& args) {
    const std::string folder = option(args, "--folder");
    if (folder.empty() || option(args, "-o").empty() || !files(args).empty()) {
        std::cerr << "banmian edition export: usage: banmian edition export --folder DIR -o OUT "
                     "[--all] [--name TEMPLATE] [--force] [--no-marks]\n";
        return kExitUsage;
    }
    auto edition = layout::readFolderEdition(folder);
    if (!edition) return fail("edition export", edition.error());
    layout::EditionExportOptions options;
    options.folder = option(args, "-o");
    if (!option(args, "--name").empty()) options.nameTemplate = option(args, "--name");
    options.everyPage = flag(args, "--all");
    options.force = flag(args, "--force");
    options.cropMarks = !flag(args, "--no-marks");
    layout::PageComposer composer;
    layout::Edition sending = std::move(edition).value();
    auto report = layout::exportFolderEdition(folder, sending, composer, options);
    if (!report) return fail("edition export", report.error());
    return reportPrintFiles(report.value(), options);
}

}  // namespace

bool namesFolderEdition(const std::vector<std::string>& args) {
    return std::find(args.begin(), args.end(), "--folder") != args.end();
}

int runFolderEditionCommand(const std::vector<std::string>& args) {
    const std::string verb = args.empty() ? "" : args[0];
    if (verb == "create") return create(args);
    if (verb == "status") return status(args);
    if (verb == "import") return import(args);
    if (verb == "export") return exportPages(args);
    std::cerr << "banmian edition: usage: banmian edition create|import|status|export --folder "
                 "DIR … (see banmian --help)\n";
    return kExitUsage;
}

int runFolderPageCommand(const std::vector<std::string>& args) {
    const std::string verb = args.empty() ? "" : args[0];
    const std::string folder = option(args, "--folder");
    const std::vector<std::string> rest = files(args);
    const int number = std::atoi(option(args, "--page").c_str());
    const bool force = std::find(args.begin(), args.end(), "--force") != args.end();
    if ((verb != "push" && verb != "pull") || rest.size() != 1 || number < 1) {
        std::cerr << "banmian page: usage: banmian page push|pull --folder DIR --page N "
                     "FILE.banmian [--force]\n";
        return kExitUsage;
    }
    const std::string command = "page " + verb;
    auto edition = layout::readFolderEdition(folder);
    if (!edition) return fail(command, edition.error());
    if (!edition.value().page(number)) {
        std::cerr << "banmian " << command << ": the edition has no page " << number << "\n";
        return kExitBadInput;
    }
    const std::string pageFile = layout::folderPageFile(folder, number).string();
    const std::string& file = rest[0];
    if (verb == "push") {
        // Into the edition: never over a page a window holds; over the page as it was, since
        // pushing is what was asked.
        if (const auto refused = checkOutputs({{pageFile, OutputKind::Document}}, true, {file})) {
            std::cerr << "banmian page push: " << refused->message << "\n";
            return refused->exitCode;
        }
        auto document = layout::readDocument(file);
        if (!document) return fail(command, document.error());
        layout::Document page = std::move(document).value();
        page.page.number = number;
        if (auto error = layout::writeDocument(page, pageFile)) return fail(command, *error);
        std::cout << "pushed " << file << " as page " << number << " (" << pageFile << ")\n";
        return kExitOk;
    }
    if (const auto refused = checkOutputs({{file, OutputKind::Document}}, force, {pageFile})) {
        std::cerr << "banmian page pull: " << refused->message << "\n";
        return refused->exitCode;
    }
    layout::PageComposer composer;
    auto page = layout::openFolderPage(folder, edition.value(), number, composer);
    if (!page) return fail(command, page.error());
    if (auto error = layout::writeDocument(page.value(), file)) return fail(command, *error);
    std::cout << "pulled page " << number << " into " << file << "\n";
    return kExitOk;
}

}  // namespace banmian::app
