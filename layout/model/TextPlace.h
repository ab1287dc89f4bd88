#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace banmian::layout {

/// Which of a story's texts a place is in, in reading order.
enum class StoryField { Kicker, Headline, Subtitle, Body };

/// A place in the stories' text, between two characters: what a proof mark is anchored to (never
/// to the page, so a mark follows its text wherever the text is set).
struct TextPlace {
    std::string story;  ///< the story's id (Story::id)
    StoryField field = StoryField::Body;
    std::size_t paragraph = 0;  ///< for the body; 0 in the head's fields
    std::size_t offset = 0;     ///< bytes into that text, at a character's start

    auto operator<=>(const TextPlace&) const = default;
};

/// The characters between two places of one story; empty (begin == end) for a caret.
struct TextRange {
    TextPlace begin, end;

    bool empty() const { return begin == end; }
    bool operator==(const TextRange&) const = default;
};

/// The field's name as the document file writes it ("kicker", "body", …), and read back.
const char* toString(StoryField field);
std::optional<StoryField> parseStoryField(std::string_view name);

}  // namespace banmian::layout
