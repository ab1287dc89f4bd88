#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "layout/base/Result.h"
#include "layout/model/ProofRound.h"

namespace banmian::layout {

struct Document;

/// The page's proof record as a document file keeps it, in keys of version 3 that files from before
/// it lack (and Banmian before it passes over): "rounds" (校次 opened: number, 终校, who, when),
/// "signOffs" (签样 and their liftings) and "manuscripts" (each story's text as it came in). Each
/// written only when there is something to write, so a page without them saves as it did.
void proofRecordToJson(const Document& document, nlohmann::ordered_json& out);

/// Reads those keys of `json` into `document` (`stories`: the ids of its stories); an error saying
/// where and what (a JSON path) for a value a hand edit got wrong: rounds out of order, a sign-off
/// of another kind, a manuscript of a story not in the document.
std::optional<Diagnostic> proofRecordFromJson(const nlohmann::ordered_json& json,
                                              const std::set<std::string>& stories,
                                              Document& document);

}  // namespace banmian::layout
