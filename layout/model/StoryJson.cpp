#include "layout/model/StoryJson.h"

namespace banmian::layout {

nlohmann::ordered_json storyToJson(const Story& story) {
    nlohmann::ordered_json item;
    item["kind"] = toString(story.kind);
    item["kicker"] = story.kicker;
    item["headline"] = story.headline;
    item["subtitle"] = story.subtitle;
    auto bylines = nlohmann::ordered_json::array();
    for (const Byline& byline : story.bylines)
        bylines.push_back({{"role", byline.role}, {"names", byline.names}});
    item["bylines"] = std::move(bylines);
    item["paragraphs"] = story.paragraphs;
    item["line"] = story.firstLine;
    if (story.language) item["lang"] = languageTag(*story.language);
    return item;
}

namespace {

Diagnostic wrong(const std::string& where, const std::string& what) {
    return {0, where + ": " + what};
}

bool isStringArray(const nlohmann::ordered_json& value) {
    if (!value.is_array()) return false;
    for (const auto& item : value) {
        if (!item.is_string()) return false;
    }
    return true;
}

}  // namespace

Result<Language> languageFromJson(const nlohmann::ordered_json& value, const std::string& where) {
    const std::string known = "use \"zh-Hans\", \"zh-Hant-TW\" or \"zh-Hant-HK\"";
    if (!value.is_string()) return wrong(where, "should be a language tag in quotes: " + known);
    const std::string tag = value.get<std::string>();
    if (const auto language = parseLanguage(tag)) return *language;
    return wrong(where, "\"" + tag + "\" is not a language Banmian sets: " + known);
}

Result<Story> storyFromJson(const nlohmann::ordered_json& json, const std::string& where) {
    if (!json.is_object()) return wrong(where, "is not an object");
    Story story;
    if (json.contains("kind") && !json["kind"].is_string())
        return wrong(where, "kind should be \"article\" or \"sidebar\"");
    const std::string kind = json.value("kind", "article");
    if (kind != "article" && kind != "sidebar")
        return wrong(where, "kind \"" + kind + "\" is neither article nor sidebar");
    story.kind = kind == "sidebar" ? StoryKind::Sidebar : StoryKind::Article;
    for (const auto& [field, target] :
         {std::pair{"kicker", &story.kicker}, std::pair{"headline", &story.headline},
          std::pair{"subtitle", &story.subtitle}}) {
        if (!json.contains(field)) continue;
        if (!json[field].is_string()) return wrong(where, std::string(field) + " is not text");
        *target = json[field].get<std::string>();
    }
    if (json.contains("paragraphs")) {
        if (!isStringArray(json["paragraphs"]))
            return wrong(where, "paragraphs is not a list of texts");
        story.paragraphs = json["paragraphs"].get<std::vector<std::string>>();
    }
    if (json.contains("bylines")) {
        if (!json["bylines"].is_array()) return wrong(where, "bylines is not a list");
        for (const auto& byline : json["bylines"]) {
            if (!byline.is_object() ||
                !byline.value("role", nlohmann::ordered_json()).is_string() ||
                !isStringArray(byline.value("names", nlohmann::ordered_json::array()))) {
                return wrong(where, "a byline needs a role and a list of names");
            }
            story.bylines.push_back({byline["role"].get<std::string>(),
                                     byline.value("names", nlohmann::ordered_json::array())
                                             .get<std::vector<std::string>>()});
        }
    }
    // Files from before languages have none: the story follows the document's (zh-Hans).
    if (json.contains("lang")) {
        auto language = languageFromJson(json["lang"], where + "/lang");
        if (!language) return language.error();
        story.language = language.value();
    }
    if (json.contains("line") && json["line"].is_number_integer())
        story.firstLine = json["line"].get<int>();
    return story;
}

}  // namespace banmian::layout
