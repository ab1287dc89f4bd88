#pragma once

#include <optional>
#include <string>

#include "layout/document/Document.h"

namespace banmian::layout {

/// Mending what the importer got wrong, on a whole document so that the page's blocks and the
/// sidebars' links keep pointing at the right stories (proof marks follow their text:
/// followText()). Stories are named by id; "before" and "after" are their order in the list. Each
/// returns the message a person reads when it cannot be done, and then leaves the document as it
/// was.

/// Splits the story of id `story` before paragraph `paragraph`: the paragraphs from there on become
/// a story of their own, right after it in the list, without a head until one is marked.
std::optional<std::string> splitStory(Document& document, const std::string& story,
                                      std::size_t paragraph);

/// Merges the story after `story` into it: its paragraphs follow, its credit lines join, its head
/// fills what `story` lacks. A block that showed the merged story leaves the page.
std::optional<std::string> mergeWithNext(Document& document, const std::string& story);

/// Moves paragraph `paragraph` of `story` to the end of the story before it (`toPrevious`) or
/// to the start of the one after it.
std::optional<std::string> moveParagraph(Document& document, const std::string& story,
                                         std::size_t paragraph, bool toPrevious);

/// What a line of body text may be made of the head.
enum class HeadPart { Kicker, Headline, Subtitle, Byline };

/// Makes paragraph `paragraph` of `story` its kicker, headline, subtitle or a credit line; the
/// part's old text, if any, goes back to the top of the body rather than being lost.
std::optional<std::string> markParagraph(Document& document, const std::string& story,
                                         std::size_t paragraph, HeadPart part);

}  // namespace banmian::layout
