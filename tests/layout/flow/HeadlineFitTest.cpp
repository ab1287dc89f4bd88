// A headline sized to its columns: the largest size whose lines break as well as they can.
#include "layout/flow/HeadlineFit.h"

#include <gtest/gtest.h>

#include <string>

#include "layout/text/WordBreaks.h"

namespace banmian::layout {
namespace {

class HeadlineFitTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        const auto font = s_registry->forRole(fonts::FontRole::BoldSong);
        ASSERT_TRUE(font) << font.error;
        s_head.font = *font.id;
        s_head.indentEms = 0;
        s_head.composition.justify = false;
        s_head.alignment = Alignment::Center;
        s_head.lineBreaking = LineBreaking::BetweenWordsBalanced;
    }
    static void TearDownTestSuite() { delete s_registry; }

    // The head's text on each line, set as fitted.
    std::vector<std::string> linesOf(const std::string& text, const ParagraphStyle& style,
                                     LayoutUnit width) {
        const TypesetParagraph set = m_typesetter.typeset(text, style, ConstantLineWidth(width));
        std::vector<std::string> lines;
        for (const TypesetLine& line : set.lines)
            lines.push_back(text.substr(line.textBegin, line.textEnd - line.textBegin));
        return lines;
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline ParagraphStyle s_head;
    Typesetter m_typesetter{*s_registry};
};

TEST_F(HeadlineFitTest, SetsAShortHeadOnOneLineAtTheLargestSizeThatFits) {
    const std::string text = "徐汇区开展走访活动";  // nine characters
    const ParagraphStyle fitted = fitHeadline(text, s_head, {fromPoints(12), fromPoints(36)},
                                              fromPoints(200), m_typesetter);
    EXPECT_EQ(fitted.size, fromPoints(22));  // 9 × 22 = 198 pt
    EXPECT_EQ(linesOf(text, fitted, fromPoints(200)).size(), 1u);
}

TEST_F(HeadlineFitTest, TakesASmallerSizeRatherThanGiveUpTheBreakAfterThePhrase) {
    // 150 pt: at 16 pt only 区长带队开展走访 / 活动，并慰问老党员 fits (9 em); the break after
    // ， needs 10½ em, 14 pt.
    const std::string text = "区长带队开展走访活动，并慰问老党员";
    const ParagraphStyle fitted = fitHeadline(text, s_head, {fromPoints(12), fromPoints(36)},
                                              fromPoints(150), m_typesetter);
    EXPECT_EQ(fitted.size, fromPoints(14));
    EXPECT_EQ(linesOf(text, fitted, fromPoints(150)),
              (std::vector<std::string>{"区长带队开展走访活动，", "并慰问老党员"}));
}

TEST_F(HeadlineFitTest, NeverFitsItsLinesByBreakingAWord) {
    const std::string text = "喜报！徐汇区代表队斩获团体铜奖";
    for (int width : {90, 120, 150, 180}) {
        const ParagraphStyle fitted = fitHeadline(text, s_head, {fromPoints(12), fromPoints(36)},
                                                  fromPoints(width), m_typesetter);
        const TypesetParagraph set =
                m_typesetter.typeset(text, fitted, ConstantLineWidth(fromPoints(width)));
        std::vector<std::size_t> starts;
        for (const TypesetLine& line : set.lines) starts.push_back(line.textBegin);
        EXPECT_FALSE(breaksInsideWord(text, starts)) << width;
    }
}

}  // namespace
}  // namespace banmian::layout
