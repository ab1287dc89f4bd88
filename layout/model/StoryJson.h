#pragma once

#include <nlohmann/json.hpp>

#include "layout/base/Result.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// A story as JSON: kind, kicker, headline, subtitle, bylines, paragraphs and the source line —
/// the form `banmian import` prints and documents keep. A sidebar's link to its story is the
/// caller's to write: by the story's number in `banmian import`, by its id in a document.
nlohmann::ordered_json storyToJson(const Story& story);

/// A language tag read from JSON (`"lang": "zh-Hant-TW"`); an error naming `where` and the tags
/// Banmian knows when it is not one of them.
Result<Language> languageFromJson(const nlohmann::ordered_json& value, const std::string& where);

/// A story read back from its JSON (all but its id and its link); an error naming the field
/// (under `where`) when it is not one.
Result<Story> storyFromJson(const nlohmann::ordered_json& json, const std::string& where);

}  // namespace banmian::layout
