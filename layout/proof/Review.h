#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "layout/document/Document.h"

namespace banmian::layout {

/// Who reviews, and when: what an accepted or rejected mark keeps in the document's history.
struct Reviewer {
    std::string name;
    std::string time;  ///< ISO 8601
};

/// Accepts the mark of id `mark` in `document`: its correction goes into the story (a deletion, an
/// insertion, a replacement, a transposition, or a headline's face), the mark is kept as accepted,
/// and every other mark follows its text. The mark is first checked against its story
/// (reanchor()): applied where its text is, never to other characters. The message a person reads
/// when it cannot be done — the document is then unchanged.
std::optional<std::string> acceptMark(Document& document, const std::string& mark,
                                      const Reviewer& reviewer);

/// Rejects the mark of id `mark`: the story stays as it is; the mark is kept as rejected.
void rejectMark(Document& document, const std::string& mark, const Reviewer& reviewer);

/// Changes the characters of `range` to `text` in `stories` (a range over several paragraphs
/// joins them). The message when it cannot be done: the range is not in the stories, or reaches
/// from the head into the body.
std::optional<std::string> replaceText(std::vector<Story>& stories, const TextRange& range,
                                       const std::string& text);

}  // namespace banmian::layout
