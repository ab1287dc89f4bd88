#include "layout/model/DocumentText.h"

#include <algorithm>
#include <utility>

namespace banmian::layout {

const std::string* fieldText(const Story& story, StoryField field, std::size_t paragraph) {
    switch (field) {
        case StoryField::Kicker:
            return paragraph == 0 ? &story.kicker : nullptr;
        case StoryField::Headline:
            return paragraph == 0 ? &story.headline : nullptr;
        case StoryField::Subtitle:
            return paragraph == 0 ? &story.subtitle : nullptr;
        case StoryField::Body:
            return paragraph < story.paragraphs.size() ? &story.paragraphs[paragraph] : nullptr;
    }
    return nullptr;
}

std::string* fieldText(Story& story, StoryField field, std::size_t paragraph) {
    return const_cast<std::string*>(fieldText(std::as_const(story), field, paragraph));
}

DocumentText::DocumentText(const std::vector<Story>& stories) {
    for (const Story& story : stories) {
        auto add = [&](StoryField field, std::size_t paragraph, const std::string& text) {
            m_unitAt.emplace(TextPlace{story.id, field, paragraph, 0}, m_units.size());
            m_units.push_back({{story.id, field, paragraph, 0}, m_text.size(), text.size()});
            m_text += text;
            m_text += '\n';
        };
        const std::size_t begin = m_text.size();
        add(StoryField::Kicker, 0, story.kicker);
        add(StoryField::Headline, 0, story.headline);
        add(StoryField::Subtitle, 0, story.subtitle);
        for (std::size_t p = 0; p < story.paragraphs.size(); ++p)
            add(StoryField::Body, p, story.paragraphs[p]);
        m_stories.emplace(story.id, Span{begin, m_text.size() - 1});
    }
}

std::optional<DocumentText::Span> DocumentText::storySpan(const std::string& id) const {
    const auto found = m_stories.find(id);
    if (found == m_stories.end()) return std::nullopt;
    return found->second;
}

std::optional<std::size_t> DocumentText::offsetOf(const TextPlace& place) const {
    TextPlace start = place;
    start.offset = 0;
    const auto found = m_unitAt.find(start);
    if (found == m_unitAt.end() || place.offset > m_units[found->second].length)
        return std::nullopt;
    return m_units[found->second].begin + place.offset;
}

TextPlace DocumentText::placeAt(std::size_t offset) const {
    if (m_units.empty()) return {};
    const auto after = std::upper_bound(m_units.begin(), m_units.end(), offset,
                                        [](std::size_t o, const Unit& u) { return o < u.begin; });
    const Unit& unit = after == m_units.begin() ? m_units.front() : *std::prev(after);
    TextPlace place = unit.start;
    place.offset = std::min(offset - std::min(offset, unit.begin), unit.length);
    return place;
}

std::string DocumentText::textOf(const TextRange& range) const {
    const auto begin = offsetOf(range.begin);
    const auto end = offsetOf(range.end);
    if (!begin || !end || *end < *begin) return {};
    return m_text.substr(*begin, *end - *begin);
}

}  // namespace banmian::layout
