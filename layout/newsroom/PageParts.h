#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "layout/base/Result.h"
#include "layout/document/Document.h"

namespace banmian::layout {

/// A page's document cut into the pieces the newsroom keeps in rows of their own, each written by
/// its own people (research/newsroom-workflow.md §4): the layout (the designer's: grid, blocks,
/// styles, print settings, photos), each story (the editors'), each mark (the proofreaders'),
/// each round and sign-off (the editors'). All in the document file's own JSON, so that joining
/// them is reading a document, with every check that reading makes.
struct PageParts {
    nlohmann::ordered_json layout;
    std::vector<nlohmann::ordered_json> stories;      ///< each with its "id"
    std::vector<nlohmann::ordered_json> manuscripts;  ///< {"story", "text"}
    std::vector<nlohmann::ordered_json> marks;        ///< each with its "id" and "story"
    std::vector<nlohmann::ordered_json> rounds;       ///< in order, each with its "number"
    std::vector<nlohmann::ordered_json> signOffs;     ///< in order
};

/// The document in its pieces.
PageParts splitPage(const Document& document);

/// The pieces read back as one document (documentFromJson: checked as a file is, its marks found
/// again in its stories' text as it is now); the error says what was wrong.
Result<Document> joinPage(const PageParts& parts);

/// One story as a row keeps it, and back.
nlohmann::ordered_json storyRow(const Story& story);
/// One mark as a row keeps it (`story`: the story it is on, for its text and context).
nlohmann::ordered_json markRow(const Story& story, const ProofMark& mark);

}  // namespace banmian::layout
