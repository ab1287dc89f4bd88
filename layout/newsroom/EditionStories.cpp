#include <nlohmann/json.hpp>

#include "layout/model/StoryJson.h"
#include "layout/newsroom/EditionStore.h"

namespace banmian::layout {

namespace {

// A Postgres int[] as text ({1,3}) read back.
std::vector<int> intArray(const std::string& text) {
    std::vector<int> numbers;
    int value = 0;
    bool inNumber = false;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            inNumber = true;
        } else if (inNumber) {
            numbers.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber) numbers.push_back(value);
    return numbers;
}

}  // namespace

Result<std::vector<EditionStory>> EditionStore::stories(const StoredEdition& edition) {
    auto rows = m_connection.exec(
            "SELECT s.id, s.story, s.version, coalesce((SELECT array_agg(DISTINCT p.page ORDER BY "
            "p.page) FROM banmian.placements p WHERE p.edition = s.edition AND p.story = s.id), "
            "'{}') FROM banmian.stories s WHERE s.edition = $1 ORDER BY s.page IS NOT NULL, "
            "s.page, s.position, s.id",
            {std::to_string(edition.id)});
    if (!rows) return rows.error();
    std::vector<EditionStory> stories;
    for (int r = 0; r < rows.value().size(); ++r) {
        auto story = storyFromJson(
                nlohmann::ordered_json::parse(rows.value().text(r, 1), nullptr, false), "/story");
        if (!story) {
            Diagnostic error = story.error();
            error.message = "story " + rows.value().text(r, 0) +
                            " in the database cannot be read: " + error.message;
            return error;
        }
        Story text = std::move(story).value();
        text.id = rows.value().text(r, 0);
        stories.push_back(editionStory(std::move(text), rows.value().number(r, 2),
                                       intArray(rows.value().text(r, 3))));
    }
    return stories;
}

}  // namespace banmian::layout
