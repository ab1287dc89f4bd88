#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layout/model/Story.h"
#include "layout/model/TextPlace.h"

namespace banmian::layout {

/// The stories' texts end to end — each story's kicker, headline, subtitle and paragraphs, each
/// followed by a line feed — so that one comparison sees any edit, wherever it moved text: a
/// correction applied, a story split or merged, a paragraph moved to the next story.
class DocumentText {
public:
    explicit DocumentText(const std::vector<Story>& stories);

    const std::string& text() const { return m_text; }
    /// Where `place` is in text(); none when the stories have no such place.
    std::optional<std::size_t> offsetOf(const TextPlace& place) const;
    /// The place at `offset` of text() (a line feed is the end of the text before it).
    TextPlace placeAt(std::size_t offset) const;
    /// The characters of `range`, paragraphs joined by line feeds; empty when it is not a range of
    /// these stories.
    std::string textOf(const TextRange& range) const;

    /// Where story `id`'s texts are in text(), its last line feed left out; none for no story of
    /// these.
    struct Span {
        std::size_t begin = 0, end = 0;
    };
    std::optional<Span> storySpan(const std::string& id) const;

private:
    struct Unit {
        TextPlace start;  ///< offset 0 of one story text
        std::size_t begin = 0, length = 0;
    };
    std::vector<Unit> m_units;                  // in the text's order
    std::map<TextPlace, std::size_t> m_unitAt;  // by its start
    std::map<std::string, Span> m_stories;
    std::string m_text;
};

/// The text a story keeps in `field` (paragraph `paragraph` of the body); none when it has none.
const std::string* fieldText(const Story& story, StoryField field, std::size_t paragraph);
std::string* fieldText(Story& story, StoryField field, std::size_t paragraph);

}  // namespace banmian::layout
