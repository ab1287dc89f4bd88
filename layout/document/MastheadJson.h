#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "layout/base/Result.h"
#include "layout/model/Block.h"

namespace banmian::layout {

/// The masthead as a document file keeps it: its words, the publication date as "2026-12-05"
/// and, for older readers, the date as printed.
nlohmann::ordered_json mastheadToJson(const Masthead& masthead);

/// The masthead of a document file (`where`: its place, for messages). An older file's date text
/// becomes the publication date when it is one (2026年12月5日 星期六) and stays text when not; a
/// publication date that is no day of the calendar, or fields that are not text, are refused
/// with where and why.
Result<Masthead> mastheadFromJson(const nlohmann::ordered_json& json, const std::string& where);

}  // namespace banmian::layout
