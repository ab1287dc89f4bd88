#include "layout/newsroom/Changes.h"

#include <nlohmann/json.hpp>

namespace banmian::layout {

std::string editionChannel(long long edition) {
    return "banmian_edition_" + std::to_string(edition);
}

Result<long long> recordChange(PgConnection& connection, long long edition, Change change) {
    auto row = connection.exec(
            "INSERT INTO banmian.changes (edition, who, what, page, story, mark, detail) "
            "VALUES ($1, $2, $3, nullif($4, '0')::int, nullif($5, ''), nullif($6, ''), $7) "
            "RETURNING id",
            {std::to_string(edition), change.who, change.what, std::to_string(change.page),
             change.story, change.mark, change.detail});
    if (!row) return row.error();
    change.id = row.value().number(0, 0);
    // The payload stays far under NOTIFY's 8000 bytes: ids and names only, never text.
    nlohmann::json payload = {{"change", change.id}, {"what", change.what}, {"who", change.who}};
    if (change.page) payload["page"] = change.page;
    if (!change.story.empty()) payload["story"] = change.story;
    if (!change.mark.empty()) payload["mark"] = change.mark;
    auto sent =
            connection.exec("SELECT pg_notify($1, $2)", {editionChannel(edition), payload.dump()});
    if (!sent) return sent.error();
    return change.id;
}

std::optional<Change> changeFromPayload(const std::string& payload) {
    const auto json = nlohmann::json::parse(payload, nullptr, false);
    if (!json.is_object() || !json.contains("change") || !json["change"].is_number_integer() ||
        !json.contains("what") || !json["what"].is_string())
        return std::nullopt;
    Change change;
    change.id = json["change"].get<long long>();
    change.what = json["what"].get<std::string>();
    // Another program's payload on the channel is skipped, never a crash in the window.
    if (json.contains("page") && !json["page"].is_number_integer()) return std::nullopt;
    for (const char* key : {"story", "mark", "who"}) {
        if (json.contains(key) && !json[key].is_string()) return std::nullopt;
    }
    change.page = json.value("page", 0);
    change.story = json.value("story", "");
    change.mark = json.value("mark", "");
    change.who = json.value("who", "");
    return change;
}

}  // namespace banmian::layout
