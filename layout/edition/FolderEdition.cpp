#include "layout/edition/FolderEdition.h"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "layout/base/AtomicFile.h"
#include "layout/document/PageLock.h"

namespace banmian::layout {

namespace {

using json = nlohmann::ordered_json;

Result<std::string> readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Diagnostic{0, "cannot read " + path.string(), Severity::Error, "unreadable-file"};
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

std::string editionToJson(const Edition& edition) {
    json out = {{"format", "banmian-edition"},
                {"version", 1},
                {"paper", edition.paper},
                {"date", isoDate(edition.date)}};
    auto pages = json::array();
    for (const EditionPage& p : edition.pages) {
        json page = {{"number", p.number}, {"section", p.section}};
        if (p.sent) page["sent"] = p.sentAt;
        pages.push_back(std::move(page));
    }
    out["pages"] = std::move(pages);
    return out.dump(1, '\t') + "\n";
}

Result<Edition> editionFromJson(std::string_view text) {
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != "banmian-edition")
        return Diagnostic{0, "not a Banmian edition file (\"format\": \"banmian-edition\")",
                          Severity::Error, "bad-edition"};
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() > 1)
        return Diagnostic{0, "/version: an edition file of a newer Banmian; open it with that one",
                          Severity::Error, "bad-edition"};
    Edition edition;
    if (!j.contains("paper") || !j["paper"].is_string())
        return Diagnostic{0, "/paper: missing", Severity::Error, "bad-edition"};
    edition.paper = j["paper"].get<std::string>();
    const auto date = j.contains("date") && j["date"].is_string()
                              ? parseIsoDate(j["date"].get<std::string>())
                              : std::nullopt;
    if (!date)
        return Diagnostic{0, "/date: not a day (YYYY-MM-DD)", Severity::Error, "bad-edition"};
    edition.date = *date;
    if (!j.contains("pages") || !j["pages"].is_array())
        return Diagnostic{0, "/pages: not a list", Severity::Error, "bad-edition"};
    for (std::size_t i = 0; i < j["pages"].size(); ++i) {
        const json& p = j["pages"][i];
        const std::string where = "/pages/" + std::to_string(i);
        if (!p.is_object() || !p.contains("number") || !p["number"].is_number_integer() ||
            p["number"].get<int>() < 1 || edition.page(p["number"].get<int>()))
            return Diagnostic{0, where + "/number: not a page number of its own", Severity::Error,
                              "bad-edition"};
        EditionPage page;
        page.number = p["number"].get<int>();
        if (p.contains("section") && p["section"].is_string())
            page.section = p["section"].get<std::string>();
        if (p.contains("sent") && p["sent"].is_string()) {
            page.sent = true;
            page.sentAt = p["sent"].get<std::string>();
        }
        edition.pages.push_back(std::move(page));
    }
    return edition;
}

std::filesystem::path folderPageFile(const std::filesystem::path& folder, int number) {
    char name[32];
    std::snprintf(name, sizeof name, "page-%02d.banmian", number);
    return folder / name;
}

std::optional<Diagnostic> createFolderEdition(
        const std::filesystem::path& folder, const Edition& edition,
        const std::function<Document(const EditionPage&)>& newPage) {
    if (auto wrong = checkNewEdition(edition.paper, edition.date,
                                     static_cast<int>(edition.pages.size())))
        return Diagnostic{0, *wrong, Severity::Error, "bad-edition"};
    if (std::filesystem::exists(folder / kEditionFile))
        return Diagnostic{
                0,
                (folder / kEditionFile).string() + " is there already: the folder has an edition",
                Severity::Error, "edition-exists"};
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        return Diagnostic{0, "cannot make the folder " + folder.string() + ": " + error.message()};
    for (const EditionPage& page : edition.pages) {
        const auto file = folderPageFile(folder, page.number);
        if (std::filesystem::exists(file))
            return Diagnostic{
                    0, file.string() + " is there already; make the edition in an empty folder",
                    Severity::Error, "edition-exists"};
        if (auto written = writeDocument(newPage(page), file)) return written;
    }
    return writeFolderEdition(folder, edition);
}

Result<Edition> readFolderEdition(const std::filesystem::path& folder) {
    const auto file = folder / kEditionFile;
    if (!std::filesystem::exists(file))
        return Diagnostic{0,
                          "there is no edition in " + folder.string() + " (no " + kEditionFile +
                                  "); make one with banmian edition create --folder DIR …",
                          Severity::Error, "no-edition"};
    auto text = readText(file);
    if (!text) return text.error();
    auto edition = editionFromJson(text.value());
    if (!edition) {
        Diagnostic error = edition.error();
        error.message = file.string() + ": " + error.message;
        return error;
    }
    return edition;
}

std::optional<Diagnostic> writeFolderEdition(const std::filesystem::path& folder,
                                             const Edition& edition) {
    return writeFileAtomically(folder / kEditionFile, editionToJson(edition));
}

Result<Document> openFolderPage(const std::filesystem::path& folder, const Edition& edition,
                                int number, PageComposer& composer) {
    const EditionPage* asked = edition.page(number);
    if (!asked)
        return Diagnostic{0, "the edition has no page " + std::to_string(number), Severity::Error,
                          "no-page"};
    std::vector<NumberedPage> pages;
    bool jumps = false;
    for (const EditionPage& page : edition.pages) {
        auto document = readDocument(folderPageFile(folder, page.number));
        if (!document) {
            if (page.number != number)
                continue;  // another page's trouble is said when it is opened
            return document.error();
        }
        Document d = std::move(document).value();
        d.page.number = page.number;
        if (!page.section.empty()) d.page.section = page.section;
        for (const Block& b : d.page.blocks) jumps = jumps || b.jump.continued();
        pages.push_back({page.number, std::move(d)});
    }
    if (jumps) {
        auto jumped = updateJumps(std::move(pages), composer);
        if (!jumped) return jumped.error();
        pages = std::move(jumped).value().pages;
    }
    for (NumberedPage& page : pages) {
        if (page.number == number) return std::move(page.document);
    }
    return Diagnostic{0, "page " + std::to_string(number) + " cannot be read", Severity::Error,
                      "no-page"};
}

Result<std::vector<PageStatus>> folderStatus(const std::filesystem::path& folder,
                                             const Edition& edition) {
    std::vector<PageStatus> plan;
    for (const EditionPage& page : edition.pages) {
        const auto file = folderPageFile(folder, page.number);
        auto document = readDocument(file);
        if (!document) return document.error();
        const Document& d = document.value();
        PageStatus status;
        status.number = page.number;
        status.section = page.section;
        status.state = pageState(d, page.sent);
        if (auto lock = readPageLock(file); lock && lock->alive) status.holder = describe(*lock);
        status.stories = static_cast<int>(d.stories.size());
        status.marks = static_cast<int>(d.marks.size());
        for (const ProofMark& m : d.marks) status.openMarks += m.open();
        plan.push_back(std::move(status));
    }
    return plan;
}

}  // namespace banmian::layout
