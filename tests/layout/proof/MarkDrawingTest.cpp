// A proof that reads on paper: marks all over the seed page — in every story, head and body,
// every kind — drawn as a proofreader draws them, and checked as rectangles: no note and no
// leader over a character, no note cut at the page's edge or over another, each note beside its
// number with the correction it asks for, and the list after the page naming every mark.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "layout/flow/PageFlow.h"
#include "layout/output/TextOnPage.h"
#include "layout/proof/MarkDrawing.h"
#include "layout/proof/MarkList.h"
#include "layout/proof/MarkWords.h"
#include "tests/bench/SeedPage.h"

namespace banmian::layout {
namespace {

bool crosses(const Rect& box, PagePoint a, PagePoint b) {
    // The leader's segments are straight across or down, or, beyond the trim, slanting: a
    // segment crosses a box when any of its points strictly inside the box does; sampled finely.
    for (int step = 0; step <= 64; ++step) {
        const double t = step / 64.0;
        const double x = a.x + t * (b.x - a.x), y = a.y + t * (b.y - a.y);
        if (x > box.x && x < box.right() && y > box.y && y < box.bottom()) return true;
    }
    return false;
}

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

std::string textOf(const std::vector<PageRun>& runs, const Rect& area) {
    std::string out;
    for (const PageRun& run : runs) {
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            if (run.x[g] >= area.x && run.x[g] < area.right() && run.y[g] > area.y &&
                run.y[g] <= area.bottom() && g < run.text.size() && run.text[g] != " ")
                out += run.text[g];
        }
    }
    return out;
}

class MarkDrawingTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!seed.styles) GTEST_SKIP() << "the seed's fonts are missing";
        page = layoutPage(seed.compose(), seed.stories, *seed.styles, seed.typesetter);
    }

    // A mark of `kind` on `length` bytes at `offset` of a paragraph (or the headline) of story s.
    ProofMark mark(std::size_t s, MarkKind kind, std::size_t paragraph, std::size_t offset,
                   std::size_t characters, StoryField field = StoryField::Body) {
        const Story& story = seed.stories[s];
        const std::string& text =
                field == StoryField::Headline ? story.headline : story.paragraphs[paragraph];
        // Whole characters: 3 bytes each in these Chinese paragraphs' openings.
        offset = std::min(offset, text.size() / 3 - characters - 1) * 3;
        ProofMark m;
        m.id = "m" + std::to_string(next++);
        m.kind = kind;
        m.range = {{story.id, field, field == StoryField::Body ? paragraph : 0, offset},
                   {story.id, field, field == StoryField::Body ? paragraph : 0,
                    kind == MarkKind::Insert ? offset : offset + characters * 3}};
        m.text = text.substr(offset, kind == MarkKind::Insert ? 0 : characters * 3);
        m.correction = kind == MarkKind::Replace  ? "汇"
                       : kind == MarkKind::Insert ? "阶段"
                       : kind == MarkKind::Query ? "此处括号内容是否需要保留，请编辑核实后决定"
                                                 : "";
        m.author = "校对甲";
        m.created = "2026-12-05T22:41:05+08:00";
        return m;
    }

    bench::SeedPage seed;
    PageLayout page;
    int next = 1;
};

TEST_F(MarkDrawingTest, NotesAndLeadersKeepOffTheTextAndInsideTheSheet) {
    const MarkKind kinds[] = {MarkKind::Delete, MarkKind::Replace,   MarkKind::Insert,
                              MarkKind::Query,  MarkKind::Transpose, MarkKind::Comment};
    std::vector<ProofMark> marks;
    for (std::size_t s = 0; s < seed.stories.size(); ++s) {
        marks.push_back(mark(s, MarkKind::Replace, 0, 2, 1, StoryField::Headline));
        for (std::size_t p = 0; p < std::min<std::size_t>(seed.stories[s].paragraphs.size(), 3);
             ++p)
            marks.push_back(mark(s, kinds[(s + p) % 6], p, 5 + 7 * p, 2));
    }
    marks = numberedMarks(seed.stories, marks);
    std::vector<MarkToDraw> toDraw;
    for (const ProofMark& m : marks) toDraw.push_back({m, markNote(m)});
    const MarkInk ink = markInk(seed.styles->body);
    const MarkDrawing drawing = drawMarks(page, toDraw, seed.typesetter, ink);

    ASSERT_GE(drawing.marks.size(), 20u) << "marks in every story, head and body, on the page";
    const std::vector<Rect> text = textBoxes(page);
    std::size_t led = 0;
    for (const DrawnMark& m : drawing.marks) {
        SCOPED_TRACE(m.mark);
        // The note: beside the trim, within the page's height.
        EXPECT_TRUE(m.note.right() <= 0 || m.note.x >= page.grid.trimWidth);
        EXPECT_GE(m.note.y, 0);
        EXPECT_LE(m.note.bottom(), page.grid.trimHeight);
        EXPECT_GE(m.note.x, -ink.column);
        EXPECT_LE(m.note.right(), page.grid.trimWidth + ink.column);
        for (const DrawnMark& other : drawing.marks) {
            if (&other != &m) {
                EXPECT_FALSE(overlap(m.note, other.note)) << other.mark;
            }
        }
        // Its words: its number, then what it asks for.
        const ProofMark& asked = *findMark(marks, m.mark);
        const std::string written = textOf(drawing.runs, m.note);
        // ①…⑳, then (21)…
        std::string number = "(" + std::to_string(m.number) + ")";
        if (m.number <= 20) {
            const char32_t circled = U'\u2460' + static_cast<char32_t>(m.number - 1);
            number = {static_cast<char>(0xE0 | (circled >> 12)),
                      static_cast<char>(0x80 | ((circled >> 6) & 0x3F)),
                      static_cast<char>(0x80 | (circled & 0x3F))};
        }
        EXPECT_EQ(written.find(number), 0u) << written;
        if (asked.kind == MarkKind::Replace) {
            EXPECT_NE(written.find("改为“汇”"), std::string::npos) << written;
        }
        if (asked.kind == MarkKind::Insert) {
            EXPECT_NE(written.find("增“阶段”"), std::string::npos) << written;
        }
        // The leader: over no character of the page.
        if (m.leader.empty()) continue;
        ++led;
        for (std::size_t k = 1; k < m.leader.size(); ++k) {
            for (const Rect& box : text)
                EXPECT_FALSE(crosses(box, m.leader[k - 1], m.leader[k]))
                        << "segment " << k << " over the text at " << toPoints(box.x) << ", "
                        << toPoints(box.y);
        }
    }
    // Nearly every mark is joined to its note; the rest by their number alone.
    EXPECT_GE(led * 10, drawing.marks.size() * 8) << led << " of " << drawing.marks.size();
    RecordProperty("led", std::to_string(led) + " of " + std::to_string(drawing.marks.size()));
}

TEST_F(MarkDrawingTest, TheListAfterThePageNamesEveryMarkWithItsNumber) {
    std::vector<ProofMark> marks = {mark(0, MarkKind::Replace, 0, 3, 1),
                                    mark(1, MarkKind::Insert, 1, 4, 0)};
    ProofMark offThePage = mark(2, MarkKind::Delete, 0, 1, 2);
    offThePage.range.begin.story = offThePage.range.end.story = "a story not on this page";
    marks.push_back(offThePage);
    marks = numberedMarks(seed.stories, marks);
    Document document;
    document.stories = seed.stories;
    document.rounds = {{1, false, "", ""}, {2, false, "编辑乙", "2026-12-05T21:00:00+08:00"}};
    marks[1].round = 2;
    const auto pages = markListPages(page.grid, "报名", marks, document, 0, seed.typesetter,
                                     markInk(seed.styles->body));
    ASSERT_EQ(pages.size(), 1u);
    const std::string listed =
            textOf(pages[0].runs, {0, 0, page.grid.trimWidth, page.grid.trimHeight});
    EXPECT_NE(listed.find("报名二校校样批注清单"), std::string::npos) << listed;
    EXPECT_NE(listed.find("共3处"), std::string::npos) << listed;
    EXPECT_NE(listed.find("12-0522:41一校"), std::string::npos) << listed;
    EXPECT_NE(listed.find("12-0522:41二校"), std::string::npos) << listed;
    EXPECT_NE(listed.find("1.【改正】"), std::string::npos) << listed;
    EXPECT_NE(listed.find("改为“汇”"), std::string::npos) << listed;
    EXPECT_NE(listed.find("2.【增补】"), std::string::npos) << listed;
    EXPECT_NE(listed.find("阶段"), std::string::npos) << listed;
    EXPECT_NE(listed.find("3.【删除】"), std::string::npos) << listed;
    EXPECT_NE(listed.find("校对甲12-0522:41"), std::string::npos) << listed;
}

}  // namespace
}  // namespace banmian::layout
