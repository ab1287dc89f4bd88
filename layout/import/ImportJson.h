#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "layout/import/ArticleImporter.h"

namespace banmian::layout {

/// The import as JSON, in the schema the README documents (`banmian import FILE`).
nlohmann::ordered_json importToJson(const ImportResult& result, const std::string& fileName);

/// The import as a short outline a person reads at a glance (`banmian import --outline FILE`).
std::string importToOutline(const ImportResult& result, const std::string& fileName);

}  // namespace banmian::layout
