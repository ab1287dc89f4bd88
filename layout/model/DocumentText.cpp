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
    auto add = [&](std::size_t story, StoryField field, std::size_t paragraph,
                   const std::string& text) {
        m_units.push_back({{story, field, paragraph, 0}, m_text.size(), text.size()});
        m_text += text;
        m_text += '\n';
    };
    for (std::size_t s = 0; s < stories.size(); ++s) {
        const Story& story = stories[s];
        add(s, StoryField::Kicker, 0, story.kicker);
        add(s, StoryField::Headline, 0, story.headline);
        add(s, StoryField::Subtitle, 0, story.subtitle);
        for (std::size_t p = 0; p < story.paragraphs.size(); ++p)
            add(s, StoryField::Body, p, story.paragraphs[p]);
    }
}

std::optional<std::size_t> DocumentText::offsetOf(const TextPlace& place) const {
    TextPlace start = place;
    start.offset = 0;
    const auto unit =
            std::lower_bound(m_units.begin(), m_units.end(), start,
                             [](const Unit& u, const TextPlace& p) { return u.start < p; });
    if (unit == m_units.end() || unit->start != start || place.offset > unit->length)
        return std::nullopt;
    return unit->begin + place.offset;
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
