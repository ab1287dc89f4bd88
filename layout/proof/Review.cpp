#include "layout/proof/Review.h"

#include "fonts/FontRole.h"

#include <algorithm>
#include <utility>

#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/proof/MarkAnchors.h"

namespace banmian::layout {

std::optional<std::string> replaceText(std::vector<Story>& stories, const TextRange& range,
                                       const std::string& text) {
    const TextPlace& b = range.begin;
    const TextPlace& e = range.end;
    Story* story = findStory(stories, b.story);
    if (!story || e.story != b.story || e < b) return "the marked text is no longer in the stories";
    std::string* first = fieldText(*story, b.field, b.paragraph);
    std::string* last = fieldText(*story, e.field, e.paragraph);
    if (!first || !last || b.offset > first->size() || e.offset > last->size())
        return "the marked text is no longer in the stories";
    if (first == last) {
        first->replace(b.offset, e.offset - b.offset, text);
        return std::nullopt;
    }
    if (b.field != StoryField::Body || e.field != StoryField::Body)
        return "a correction cannot reach from the head into the body: mark each part";
    // Over several paragraphs: the first keeps its start, takes the text and the last's end.
    *first = first->substr(0, b.offset) + text + last->substr(e.offset);
    story->paragraphs.erase(story->paragraphs.begin() + static_cast<long>(b.paragraph) + 1,
                            story->paragraphs.begin() + static_cast<long>(e.paragraph) + 1);
    return std::nullopt;
}

namespace {

// The story text mark `mark` asks for in place of its characters; none when it changes no text.
std::optional<std::string> correctedText(const ProofMark& mark, const std::string& marked) {
    switch (mark.kind) {
        case MarkKind::Delete:
            return std::string();
        case MarkKind::Insert:
        case MarkKind::Replace:
            return mark.correction;
        case MarkKind::Transpose:
            return marked.substr(mark.pivot) + marked.substr(0, mark.pivot);
        case MarkKind::Hint:
            if (mark.correction.empty()) return std::nullopt;
            return mark.correction;
        case MarkKind::Style:
        case MarkKind::Query:
        case MarkKind::Comment:
            return std::nullopt;
    }
    return std::nullopt;
}

// A face change: Banmian sets a story's body in one face, so only a whole headline can change.
std::optional<std::string> applyStyle(Document& document, const ProofMark& mark) {
    const TextRange& r = mark.range;
    const Story* story = findStory(document.stories, r.begin.story);
    const std::string* headline = story ? fieldText(*story, r.begin.field, 0) : nullptr;
    if (r.begin.field != StoryField::Headline || r.end.field != StoryField::Headline || !headline)
        return "only a headline can change its face: a story's body is set in one face";
    if (!fonts::parseFontRole(mark.correction))
        return "\"" + mark.correction + "\" is not a face (书宋 宋体 粗宋 黑体 楷体)";
    for (Block& block : document.page.blocks) {
        if (block.story == r.begin.story) block.headlineFont = mark.correction;
    }
    return std::nullopt;
}

// Applies open mark `index`, its text checked where its range is.
std::optional<std::string> applyMark(Document& document, std::size_t index,
                                     const Reviewer& reviewer) {
    ProofMark& mark = document.marks[index];
    const DocumentText text(document.stories);
    const std::string marked = text.textOf(mark.range);
    if (mark.kind == MarkKind::Transpose && (marked != mark.text || mark.pivot > marked.size()))
        return "the text was changed since it was marked: transpose it by hand";

    if (mark.kind == MarkKind::Style) {
        if (auto error = applyStyle(document, mark)) return error;
    } else if (const auto corrected = correctedText(mark, marked)) {
        std::vector<Story> stories = document.stories;
        if (auto error = replaceText(stories, mark.range, *corrected)) return error;
        const TextRange range = mark.range;
        mark.status = MarkStatus::Accepted;  // so that it is not orphaned below
        followText(document.stories, stories, document.marks);
        document.stories = std::move(stories);
        // The accepted mark now covers what it put there.
        const DocumentText after(document.stories);
        const std::size_t begin = *text.offsetOf(range.begin);
        mark.range = {after.placeAt(begin), after.placeAt(begin + corrected->size())};
        // What 核红 checks later: what stood there, what went in, and the text around it now
        // (the context it was marked in may have changed by other corrections since).
        mark.was = marked;
        mark.became = *corrected;
        mark.changedText = true;
        const std::string text = mark.text;
        recordMarkText(document.stories, mark);
        mark.text = text;  // the characters it was made on, as the proofreader marked them
    }
    mark.status = MarkStatus::Accepted;
    mark.reviewer = reviewer.name;
    mark.reviewed = reviewer.time;
    return std::nullopt;
}

}  // namespace

std::optional<std::string> acceptMark(Document& document, const std::string& id,
                                      const Reviewer& reviewer) {
    const ProofMark* found = findMark(document.marks, id);
    if (!found) return "no such mark";
    const auto index = static_cast<std::size_t>(found - document.marks.data());
    if (document.marks[index].status != MarkStatus::Open) return "the mark was already reviewed";
    if (document.marks[index].orphaned)
        return "the text this mark was on has been deleted: reject it";
    // Never applied to characters that are not its text: found again where they went, or refused.
    ProofMark checked = document.marks[index];
    if (reanchor(document.stories, checked) == MarkCheck::Orphaned)
        return "the text this mark was on is no longer in its story: reject it";
    const ProofMark original = std::exchange(document.marks[index], std::move(checked));
    auto error = applyMark(document, index, reviewer);
    if (error) document.marks[index] = original;  // refused: the document as it was
    return error;
}

void rejectMark(Document& document, const std::string& id, const Reviewer& reviewer) {
    ProofMark* mark = findMark(document.marks, id);
    if (!mark) return;
    mark->status = MarkStatus::Rejected;
    mark->reviewer = reviewer.name;
    mark->reviewed = reviewer.time;
}

}  // namespace banmian::layout
