#include "layout/proof/RedCheck.h"

#include <algorithm>

#include "layout/base/Utf8.h"
#include "layout/model/DocumentText.h"
#include "layout/proof/TextDiff.h"

namespace banmian::layout {
namespace {

// Characters shown before a change to the manuscript, for a person to find it.
constexpr std::size_t kChangeContext = 6;

// Whether `needle` occurs in `text` (an empty needle, around which nothing was kept, does not
// count: it would be found anywhere).
bool contains(std::string_view text, const std::string& needle) {
    return !needle.empty() && text.find(needle) != std::string_view::npos;
}

// The text between the accepted context's two sides, where both are still found in order and
// close (what now stands where the correction went in); none when they are not.
std::optional<std::string> between(std::string_view story, const ProofMark& mark) {
    if (mark.before.empty() || mark.after.empty()) return std::nullopt;
    const std::size_t left = story.find(mark.before);
    if (left == std::string_view::npos) return std::nullopt;
    const std::size_t start = left + mark.before.size();
    const std::size_t right = story.find(mark.after, start);
    // Further than a paragraph's worth away, the two sides are not of one place any more.
    if (right == std::string_view::npos || right - start > 4 * (mark.was.size() + 64))
        return std::nullopt;
    return std::string(story.substr(start, right - start));
}

CorrectionCheck checkText(const DocumentText& text, const ProofMark& mark) {
    CorrectionCheck check;
    check.was = mark.was;
    check.became = mark.became;
    const auto span = text.storySpan(mark.range.begin.story);
    if (!span) {
        check.state = CorrectionState::ChangedSince;  // its story was taken out of the page
        return check;
    }
    const std::string_view story =
            std::string_view(text.text()).substr(span->begin, span->end - span->begin);
    const std::string made = mark.before + mark.became + mark.after;
    const std::string undone = mark.before + mark.was + mark.after;
    const std::string here = text.textOf(mark.range);
    if (contains(story, made) && made != undone) {
        check.state = CorrectionState::Made;
    } else if (contains(story, undone)) {
        check.state = CorrectionState::NotMade;
        check.now = mark.was;
    } else if (!mark.became.empty() && here == mark.became) {
        check.state = CorrectionState::Made;  // the text around it changed, not the correction
    } else {
        const auto now = between(story, mark);
        check.now = now.value_or(here);
        check.state = check.now == mark.became ? CorrectionState::Made
                      : check.now == mark.was  ? CorrectionState::NotMade
                                               : CorrectionState::ChangedSince;
    }
    return check;
}

// A face change (改黑体) is made while every block of its story sets the headline in that face.
CorrectionCheck checkFace(const Document& document, const ProofMark& mark) {
    CorrectionCheck check;
    check.became = mark.correction;
    bool any = false, all = true;
    for (const Block& block : document.page.blocks) {
        if (block.story != mark.range.begin.story) continue;
        any = true;
        if (block.headlineFont != mark.correction) {
            all = false;
            check.now = block.headlineFont.empty() ? "(house style)" : block.headlineFont;
        }
    }
    check.state = any && all ? CorrectionState::Made : CorrectionState::ChangedSince;
    if (!any) check.now = "(not on the page)";
    return check;
}

}  // namespace

const char* toString(CorrectionState state) {
    switch (state) {
        case CorrectionState::Made:
            return "made";
        case CorrectionState::NotMade:
            return "NOT MADE";
        case CorrectionState::ChangedSince:
            return "changed since";
        case CorrectionState::Unrecorded:
            break;
    }
    return "not recorded";
}

std::size_t RedCheck::count(CorrectionState state) const {
    return static_cast<std::size_t>(
            std::count_if(corrections.begin(), corrections.end(),
                          [state](const CorrectionCheck& c) { return c.state == state; }));
}

RedCheck checkTheRed(const Document& document) {
    RedCheck result;
    const DocumentText text(document.stories);
    for (const ProofMark& mark : document.marks) {
        if (mark.status != MarkStatus::Accepted) continue;
        const bool asksText = mark.kind == MarkKind::Delete || mark.kind == MarkKind::Insert ||
                              mark.kind == MarkKind::Replace || mark.kind == MarkKind::Transpose ||
                              (mark.kind == MarkKind::Hint && !mark.correction.empty());
        if (!asksText && mark.kind != MarkKind::Style) continue;  // a question, a comment
        CorrectionCheck check;
        if (mark.kind == MarkKind::Style)
            check = checkFace(document, mark);
        else if (mark.changedText)
            check = checkText(text, mark);
        else
            check.became = mark.correction;  // Unrecorded
        check.mark = mark.id;
        check.kind = mark.kind;
        check.round = mark.round;
        check.story = mark.range.begin.story;
        check.reviewer = mark.reviewer;
        check.reviewed = mark.reviewed;
        if (check.was.empty() && check.state == CorrectionState::Unrecorded) check.was = mark.text;
        result.corrections.push_back(std::move(check));
    }
    for (const Story& story : document.stories) {
        const auto kept = std::find_if(document.manuscripts.begin(), document.manuscripts.end(),
                                       [&](const Manuscript& m) { return m.story == story.id; });
        const auto span = text.storySpan(story.id);
        if (kept == document.manuscripts.end() || !span) {
            ++result.storiesWithoutManuscript;
            continue;
        }
        const std::string_view now =
                std::string_view(text.text()).substr(span->begin, span->end - span->begin);
        const std::string_view was = kept->text;
        for (const TextDiff::Edit& edit : TextDiff(was, now).edits()) {
            result.changes.push_back(
                    {story.id,
                     std::string(was.substr(edit.beforeBegin, edit.beforeEnd - edit.beforeBegin)),
                     std::string(now.substr(edit.afterBegin, edit.afterEnd - edit.afterBegin)),
                     std::string(utf8::suffix(was.substr(0, edit.beforeBegin), kChangeContext))});
        }
    }
    return result;
}

}  // namespace banmian::layout
