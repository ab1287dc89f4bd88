#include "layout/document/StoryEdits.h"

#include <algorithm>

#include "layout/base/Id.h"
#include "layout/import/BylineParser.h"

namespace banmian::layout {
namespace {

// Story indices after a story was inserted at `at` (shift = 1) or removed from it (shift = -1).
void renumber(Document& document, std::size_t at, int shift) {
    auto moved = [&](std::size_t index) {
        return index >= at ? static_cast<std::size_t>(static_cast<long>(index) + shift) : index;
    };
    for (Block& block : document.page.blocks) {
        if (block.story) block.story = moved(*block.story);
    }
    for (Story& story : document.stories) {
        if (story.related) story.related = moved(*story.related);
    }
}

std::optional<std::string> checkParagraph(const Document& document, std::size_t story,
                                          std::size_t paragraph) {
    if (story >= document.stories.size()) return "there is no such story";
    if (paragraph >= document.stories[story].paragraphs.size())
        return "the story has no such paragraph";
    return std::nullopt;
}

}  // namespace

std::optional<std::string> splitStory(Document& document, std::size_t story,
                                      std::size_t paragraph) {
    if (auto error = checkParagraph(document, story, paragraph)) return error;
    if (paragraph == 0)
        return "a story is split before a paragraph after its first: nothing would stay";
    Story rest;
    rest.id = newId();
    rest.firstLine = document.stories[story].firstLine;
    auto& paragraphs = document.stories[story].paragraphs;
    rest.paragraphs.assign(paragraphs.begin() + static_cast<long>(paragraph), paragraphs.end());
    paragraphs.resize(paragraph);
    renumber(document, story + 1, 1);
    document.stories.insert(document.stories.begin() + static_cast<long>(story) + 1,
                            std::move(rest));
    return std::nullopt;
}

std::optional<std::string> mergeWithNext(Document& document, std::size_t story) {
    if (story + 1 >= document.stories.size()) return "there is no story after it to merge";
    Story next = document.stories[story + 1];
    Story& into = document.stories[story];
    if (into.headline.empty()) into.headline = next.headline;
    if (into.kicker.empty()) into.kicker = next.kicker;
    if (into.subtitle.empty()) into.subtitle = next.subtitle;
    for (Byline& byline : next.bylines) {
        if (std::find(into.bylines.begin(), into.bylines.end(), byline) == into.bylines.end())
            into.bylines.push_back(std::move(byline));
    }
    into.paragraphs.insert(into.paragraphs.end(), next.paragraphs.begin(), next.paragraphs.end());
    std::erase_if(document.page.blocks, [&](const Block& b) { return b.story == story + 1; });
    for (Story& s : document.stories) {
        if (s.related == story + 1) s.related = story;
    }
    document.stories.erase(document.stories.begin() + static_cast<long>(story) + 1);
    renumber(document, story + 2, -1);
    return std::nullopt;
}

std::optional<std::string> moveParagraph(Document& document, std::size_t story,
                                         std::size_t paragraph, bool toPrevious) {
    if (auto error = checkParagraph(document, story, paragraph)) return error;
    if (toPrevious ? story == 0 : story + 1 >= document.stories.size())
        return toPrevious ? "it is the first story" : "it is the last story";
    auto& from = document.stories[story].paragraphs;
    std::string text = std::move(from[paragraph]);
    from.erase(from.begin() + static_cast<long>(paragraph));
    auto& to = document.stories[toPrevious ? story - 1 : story + 1].paragraphs;
    to.insert(toPrevious ? to.end() : to.begin(), std::move(text));
    return std::nullopt;
}

std::optional<std::string> markParagraph(Document& document, std::size_t story,
                                         std::size_t paragraph, HeadPart part) {
    if (auto error = checkParagraph(document, story, paragraph)) return error;
    Story& s = document.stories[story];
    const std::string text = s.paragraphs[paragraph];
    if (part == HeadPart::Byline) {
        const auto parsed = parseBylineLine(text);
        if (!parsed) return "“" + text + "” is not a credit line: a role and names, as 记者 张三";
        s.paragraphs.erase(s.paragraphs.begin() + static_cast<long>(paragraph));
        s.bylines.insert(s.bylines.end(), parsed->bylines.begin(), parsed->bylines.end());
        return std::nullopt;
    }
    std::string& slot = part == HeadPart::Kicker     ? s.kicker
                        : part == HeadPart::Headline ? s.headline
                                                     : s.subtitle;
    s.paragraphs.erase(s.paragraphs.begin() + static_cast<long>(paragraph));
    if (!slot.empty()) s.paragraphs.insert(s.paragraphs.begin(), slot);
    slot = text;
    return std::nullopt;
}

}  // namespace banmian::layout
