#include "layout/newsroom/PageParts.h"

namespace banmian::layout {

namespace {

using json = nlohmann::ordered_json;

std::vector<json> takeList(json& document, const char* key) {
    std::vector<json> items;
    if (document.contains(key)) {
        for (json& item : document[key]) items.push_back(std::move(item));
        document.erase(key);
    }
    return items;
}

void putList(json& document, const char* key, const std::vector<json>& items) {
    if (items.empty()) return;
    document[key] = json(items);
}

}  // namespace

PageParts splitPage(const Document& document) {
    json whole = json::parse(documentToJson(document));
    PageParts parts;
    parts.stories = takeList(whole, "stories");
    parts.manuscripts = takeList(whole, "manuscripts");
    parts.marks = takeList(whole, "marks");
    parts.rounds = takeList(whole, "rounds");
    parts.signOffs = takeList(whole, "signOffs");
    parts.layout = std::move(whole);
    return parts;
}

Result<Document> joinPage(const PageParts& parts) {
    json whole = parts.layout;
    whole["stories"] = json(parts.stories);
    putList(whole, "manuscripts", parts.manuscripts);
    putList(whole, "rounds", parts.rounds);
    putList(whole, "signOffs", parts.signOffs);
    putList(whole, "marks", parts.marks);
    return documentFromJson(whole.dump());
}

json storyRow(const Story& story) {
    Document one;
    one.stories = {story};
    return splitPage(one).stories.front();
}

json markRow(const Story& story, const ProofMark& mark) {
    Document one;
    one.stories = {story};
    one.marks = {mark};
    return splitPage(one).marks.front();
}

}  // namespace banmian::layout
