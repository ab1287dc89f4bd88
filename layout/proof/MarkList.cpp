#include "layout/proof/MarkList.h"

#include "layout/base/Utf8.h"
#include "layout/proof/MarkWords.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {
namespace {

// The story as the desk calls it: its headline, else how its text begins.
std::string storyName(const Story* story) {
    if (!story) return "（稿件已删）";
    std::string name = story->headline;
    if (name.empty() && !story->paragraphs.empty()) name = story->paragraphs.front();
    const std::string_view shown = utf8::prefix(name, 16);  // at most 16 characters
    return "《" + std::string(shown) + (shown.size() < name.size() ? "…" : "") + "》";
}

// "2026-12-05T22:41:05+08:00" as a desk reads it: 12-05 22:41.
std::string shortTime(const std::string& iso) {
    if (iso.size() < 16) return iso;
    return iso.substr(5, 5) + " " + iso.substr(11, 5);
}

// The round a mark was made in, as the page named it (终校 for its last).
std::string roundOf(const ProofMark& mark, const Document& document) {
    for (const ProofRound& round : document.rounds) {
        if (round.number == mark.round) return roundName(round);
    }
    return roundName({mark.round, false, {}, {}});
}

}  // namespace

std::string markListEntry(int number, const ProofMark& mark, const Document& document) {
    std::string entry = std::to_string(number) + ". 【" + markSubject(mark.kind) + "】" +
                        storyName(findStory(document.stories, mark.range.begin.story));
    if (!mark.text.empty()) entry += " “" + mark.text + "”";
    entry += " " + markRequest(mark);
    const std::string who = mark.kind == MarkKind::Hint ? "自动校对" : mark.author;
    if (!who.empty()) entry += " —— " + who;
    if (!mark.created.empty()) entry += " " + shortTime(mark.created);
    if (mark.kind != MarkKind::Hint) entry += " " + roundOf(mark, document);
    return entry;
}

std::vector<PageLayout> markListPages(const PageGrid& grid, const std::string& title,
                                      const std::vector<ProofMark>& numbered,
                                      const Document& document, std::size_t changes,
                                      Typesetter& typesetter, const MarkInk& ink) {
    std::vector<PageLayout> pages;
    ParagraphStyle entryStyle = ink.note;
    entryStyle.size = grid.bodySize;
    entryStyle.leading = grid.bodySize * 3 / 2;
    ParagraphStyle heading = entryStyle;
    heading.size = grid.bodySize * 3 / 2;
    heading.leading = heading.size * 3 / 2;
    // Columns about 30 characters wide across the type area: an entry reads in a glance.
    const LayoutUnit gap = grid.bodySize * 2;
    const int columns = std::max(
            1, static_cast<int>((grid.typeAreaWidth() + gap) / (grid.bodySize * 30 + gap)));
    const LayoutUnit width = (grid.typeAreaWidth() - gap * (columns - 1)) / columns;
    const LayoutUnit bottom = grid.marginTop + grid.typeAreaHeight();

    auto place = [&](const std::string& text, const ParagraphStyle& style, LayoutUnit x,
                     LayoutUnit top, PageLayout& page, LayoutUnit across) {
        const TypesetParagraph set = typesetter.typeset(text, style, ConstantLineWidth(across));
        for (const TypesetLine& line : set.lines)
            appendLine(line, text, x, top + line.baseline, -1, page.runs);
        return set.height;
    };
    int column = 0;
    LayoutUnit top = 0;
    auto newPage = [&] {
        pages.emplace_back();
        pages.back().grid = grid;
        const std::string head =
                title + " " + roundName(currentRound(document)) + " 校样批注清单　共 " +
                std::to_string(numbered.size()) + " 处" + (pages.size() > 1 ? "（续）" : "") +
                (changes > 0 ? "　蓝线：上一校次以来改动 " + std::to_string(changes) + " 处" : "");
        top = grid.marginTop +
              place(head, heading, grid.marginLeft, grid.marginTop, pages.back(),
                    grid.typeAreaWidth()) +
              entryStyle.leading / 2;
        column = 0;
    };
    newPage();
    const LayoutUnit columnTop = top;
    for (std::size_t i = 0; i < numbered.size(); ++i) {
        const std::string entry = markListEntry(static_cast<int>(i) + 1, numbered[i], document);
        const TypesetParagraph set =
                typesetter.typeset(entry, entryStyle, ConstantLineWidth(width));
        if (top + set.height > bottom && top > columnTop) {
            if (++column >= columns) {
                newPage();
            } else {
                top = columnTop;
            }
        }
        const LayoutUnit x = grid.marginLeft + column * (width + gap);
        top += place(entry, entryStyle, x, top, pages.back(), width) + entryStyle.leading / 3;
    }
    return pages;
}

}  // namespace banmian::layout
