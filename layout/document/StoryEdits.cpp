#include "layout/document/StoryEdits.h"

#include <algorithm>

#include "layout/base/Id.h"
#include "layout/base/Result.h"
#include "layout/import/BylineParser.h"

namespace banmian::layout {
namespace {

// The story's place in the list, or why the edit cannot be made.
Result<std::size_t> storyAt(const Document& document, const std::string& story) {
    const auto index = storyIndex(document.stories, story);
    if (!index) return Diagnostic{0, "there is no such story"};
    return *index;
}

// The story's place in the list when it has paragraph `paragraph`, else why not.
Result<std::size_t> paragraphAt(const Document& document, const std::string& story,
                                std::size_t paragraph) {
    auto index = storyAt(document, story);
    if (index && paragraph >= document.stories[index.value()].paragraphs.size())
        return Diagnostic{0, "the story has no such paragraph"};
    return index;
}

}  // namespace

std::optional<std::string> splitStory(Document& document, const std::string& id,
                                      std::size_t paragraph) {
    const auto found = paragraphAt(document, id, paragraph);
    if (!found) return found.error().message;
    const std::size_t story = found.value();
    if (paragraph == 0)
        return "a story is split before a paragraph after its first: nothing would stay";
    Story rest;
    rest.id = newId();
    rest.firstLine = document.stories[story].firstLine;
    auto& paragraphs = document.stories[story].paragraphs;
    rest.paragraphs.assign(paragraphs.begin() + static_cast<long>(paragraph), paragraphs.end());
    paragraphs.resize(paragraph);
    document.stories.insert(document.stories.begin() + static_cast<long>(story) + 1,
                            std::move(rest));
    return std::nullopt;
}

std::optional<std::string> mergeWithNext(Document& document, const std::string& id) {
    const auto found = storyAt(document, id);
    if (!found) return found.error().message;
    const std::size_t story = found.value();
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
    std::erase_if(document.page.blocks, [&](const Block& b) { return b.story == next.id; });
    for (Story& s : document.stories) {
        if (s.related == next.id) s.related = into.id;
    }
    document.stories.erase(document.stories.begin() + static_cast<long>(story) + 1);
    return std::nullopt;
}

std::optional<std::string> moveParagraph(Document& document, const std::string& id,
                                         std::size_t paragraph, bool toPrevious) {
    const auto found = paragraphAt(document, id, paragraph);
    if (!found) return found.error().message;
    const std::size_t story = found.value();
    if (toPrevious ? story == 0 : story + 1 >= document.stories.size())
        return toPrevious ? "it is the first story" : "it is the last story";
    auto& from = document.stories[story].paragraphs;
    std::string text = std::move(from[paragraph]);
    from.erase(from.begin() + static_cast<long>(paragraph));
    auto& to = document.stories[toPrevious ? story - 1 : story + 1].paragraphs;
    to.insert(toPrevious ? to.end() : to.begin(), std::move(text));
    return std::nullopt;
}

std::optional<std::string> markParagraph(Document& document, const std::string& id,
                                         std::size_t paragraph, HeadPart part) {
    const auto found = paragraphAt(document, id, paragraph);
    if (!found) return found.error().message;
    Story& s = document.stories[found.value()];
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
