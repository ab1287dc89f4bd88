#include "layout/edition/FolderStock.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "layout/base/AtomicFile.h"
#include "layout/base/Id.h"
#include "layout/edition/FolderEdition.h"
#include "layout/model/StoryJson.h"

namespace banmian::layout {

namespace {

using json = nlohmann::ordered_json;

Diagnostic badStock(const std::filesystem::path& file, const std::string& what) {
    return Diagnostic{0, file.string() + ": " + what, Severity::Error, "bad-stock"};
}

std::string stockToJson(const std::vector<Story>& stories) {
    auto list = json::array();
    for (const Story& story : stories) {
        json item = {{"id", story.id}};
        json fields = storyToJson(story);
        for (auto& [key, value] : fields.items()) item[key] = std::move(value);
        // A sidebar keeps its link only to a story of the stock: what is written is read back.
        if (findStory(stories, story.related)) item["related"] = story.related;
        list.push_back(std::move(item));
    }
    const json out = {{"format", "banmian-stock"}, {"version", 1}, {"stories", std::move(list)}};
    return out.dump(1, '\t') + "\n";
}

}  // namespace

Result<std::vector<Story>> readFolderStock(const std::filesystem::path& folder) {
    const auto file = folder / kStockFile;
    if (!std::filesystem::exists(file)) return std::vector<Story>{};
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Diagnostic{0, "cannot read " + file.string(), Severity::Error, "unreadable-file"};
    std::stringstream text;
    text << in.rdbuf();
    const json j = json::parse(text.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != "banmian-stock")
        return badStock(file, "not a Banmian stock file (\"format\": \"banmian-stock\")");
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() > 1)
        return badStock(file, "/version: a stock file of a newer Banmian; open it with that one");
    if (!j.contains("stories") || !j["stories"].is_array())
        return badStock(file, "/stories: not a list");
    std::vector<Story> stories;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < j["stories"].size(); ++i) {
        const json& item = j["stories"][i];
        const std::string where = "/stories/" + std::to_string(i);
        auto story = storyFromJson(item, where);
        if (!story) return badStock(file, story.error().message);
        if (!item.contains("id") || !item["id"].is_string() || item["id"] == "" ||
            !ids.insert(item["id"].get<std::string>()).second)
            return badStock(file, where + "/id: not an id of its own");
        stories.push_back(std::move(story).value());
        stories.back().id = item["id"].get<std::string>();
        if (item.contains("related") && item["related"].is_string())
            stories.back().related = item["related"].get<std::string>();
    }
    return stories;
}

Result<int> importIntoFolderStock(const std::filesystem::path& folder, const Edition& edition,
                                  const std::vector<Story>& stories) {
    auto stock = readFolderStock(folder);
    if (!stock) return stock.error();
    std::vector<Story> all = std::move(stock).value();
    std::set<std::string> known;
    for (const Story& story : all) known.insert(story.id);
    for (const EditionPage& page : edition.pages) {
        auto document = readDocument(folderPageFile(folder, page.number));
        if (!document) return document.error();
        for (const Story& story : document.value().stories) known.insert(story.id);
    }
    int added = 0;
    for (Story story : stories) {
        if (story.id.empty()) story.id = newId();
        if (!known.insert(story.id).second) continue;
        all.push_back(std::move(story));
        ++added;
    }
    if (added == 0) return 0;
    if (auto written = writeFileAtomically(folder / kStockFile, stockToJson(all))) return *written;
    return added;
}

Result<std::vector<EditionStory>> folderStories(const std::filesystem::path& folder,
                                                const Edition& edition) {
    // As the database lists them: the pages' stories first, each once with the pages a block of
    // it stands on (a story a page keeps with no block is placed nowhere), then the stock's.
    std::vector<EditionStory> stories;
    std::map<std::string, std::size_t> index;
    const auto add = [&](const Story& story, int page) {
        auto [at, isNew] = index.try_emplace(story.id, stories.size());
        if (isNew) stories.push_back(editionStory(story, 0, {}));
        std::vector<int>& pages = stories[at->second].pages;
        if (page > 0 && (pages.empty() || pages.back() != page)) pages.push_back(page);
    };
    for (const EditionPage& page : edition.pages) {
        auto document = readDocument(folderPageFile(folder, page.number));
        if (!document) return document.error();
        const Document& d = document.value();
        for (const Story& story : d.stories) {
            const bool placed = std::any_of(d.page.blocks.begin(), d.page.blocks.end(),
                                            [&](const Block& b) { return b.story == story.id; });
            add(story, placed ? page.number : 0);
        }
    }
    auto stock = readFolderStock(folder);
    if (!stock) return stock.error();
    for (const Story& story : stock.value()) add(story, 0);
    return stories;
}

}  // namespace banmian::layout
