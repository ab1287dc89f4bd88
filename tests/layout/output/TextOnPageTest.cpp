// Story text found on a page set in vertical lines (竖排): the rectangles a selection or proof
// mark covers run down a line, a caret lies across it, and a click finds the character under it.
#include "layout/output/TextOnPage.h"

#include <gtest/gtest.h>

#include "layout/text/Typesetter.h"

namespace banmian::layout {
namespace {

class VerticalTextOnPage : public ::testing::Test {
protected:
    void SetUp() override {
        const auto font = m_registry.forRole(fonts::FontRole::BookSong);
        ASSERT_TRUE(font) << font.error;
        ParagraphStyle style;
        style.font = *font.id;
        style.indentEms = 0;
        style.vertical = true;
        Typesetter typesetter(m_registry);
        const TypesetParagraph set = typesetter.typeset(m_text, style, ConstantLineWidth(4 * em));
        ASSERT_EQ(set.lines.size(), 2u);  // 上海市第 | 一届职业
        for (const TypesetLine& line : set.lines) {
            appendVerticalLine(line, m_text, m_top, m_right - line.baseline, 0, m_page.runs,
                               {"s1", StoryField::Body, 0});
        }
    }
    TextPlace at(std::size_t offset) const { return {"s1", StoryField::Body, 0, offset}; }

    fonts::FontRegistry m_registry;
    const std::string m_text = "上海市第一届职业";
    const LayoutUnit em = fromPoints(9);
    const LayoutUnit m_top = fromPoints(100), m_right = fromPoints(300);
    PageLayout m_page;
};

TEST_F(VerticalTextOnPage, ARangeCoversItsCharactersDownEachLine) {
    // 海市第 | 一届: three characters down the first line, two down the second, to its left.
    const std::vector<Rect> rects = rangeRects(m_page, {at(3), at(18)});
    ASSERT_EQ(rects.size(), 2u);
    EXPECT_EQ(rects[0], (Rect{m_right - em, m_top + em, em, 3 * em}));
    EXPECT_EQ(rects[1].y, m_top);
    EXPECT_EQ(rects[1].height, 2 * em);
    EXPECT_LT(rects[1].right(), rects[0].x);
}

TEST_F(VerticalTextOnPage, ACaretLiesAcrossTheLineAboveItsCharacter) {
    const auto caret = caretRect(m_page, at(6));  // before 市
    ASSERT_TRUE(caret);
    EXPECT_EQ(*caret, (Rect{m_right - em, m_top + 2 * em, em, 0}));
}

TEST_F(VerticalTextOnPage, AClickFindsTheCharacterUnderItByItsHalves) {
    const LayoutUnit x = m_right - em / 2;  // on the first line's centre
    EXPECT_EQ(placeAt(m_page, x, m_top + 2 * em + em / 4, em), at(6));      // 市's upper half
    EXPECT_EQ(placeAt(m_page, x, m_top + 2 * em + 3 * em / 4, em), at(9));  // its lower half
    // Beside the line, a little to its right, still the line's.
    EXPECT_EQ(placeAt(m_page, m_right + em / 4, m_top + em / 4, em), at(0));
}

}  // namespace
}  // namespace banmian::layout
