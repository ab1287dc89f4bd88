// Headlines set as a designer breaks them: only between words, balanced, after a phrase where it
// reads well — through the Typesetter with the installed fonts.
#include "layout/text/BalancedLines.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/text/Typesetter.h"
#include "layout/text/WordBreaks.h"

namespace banmian::layout {
namespace {

class BalancedLinesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        const auto font = s_registry->forRole(fonts::FontRole::Song);
        ASSERT_TRUE(font) << font.error;
        s_style.font = *font.id;
        s_style.indentEms = 0;
        s_style.composition.justify = false;
        s_style.alignment = Alignment::Center;
        s_style.lineBreaking = LineBreaking::BetweenWordsBalanced;
    }
    static void TearDownTestSuite() { delete s_registry; }

    // The lines of `text` set as a head in `width` ems, each without the spaces at its end.
    std::vector<std::string> lines(const std::string& text, int widthEms,
                                   ParagraphStyle style = s_style) {
        m_set = m_typesetter.typeset(text, style, ConstantLineWidth(widthEms * style.size));
        std::vector<std::string> out;
        for (const TypesetLine& line : m_set.lines) {
            std::string shown = text.substr(line.textBegin, line.textEnd - line.textBegin);
            while (!shown.empty() && shown.back() == ' ') shown.pop_back();
            out.push_back(shown);
        }
        return out;
    }
    std::vector<std::size_t> lineStarts() const {
        std::vector<std::size_t> starts;
        for (const TypesetLine& line : m_set.lines) starts.push_back(line.textBegin);
        return starts;
    }
    bool said(const std::string& kind) const {
        return std::any_of(m_set.diagnostics.begin(), m_set.diagnostics.end(),
                           [&](const Diagnostic& d) { return d.kind == kind; });
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline ParagraphStyle s_style;
    Typesetter m_typesetter{*s_registry};
    TypesetParagraph m_set;
};

using Lines = std::vector<std::string>;

TEST_F(BalancedLinesTest, BreaksAfterTheCommaNotInsideTheVisit) {
    const std::string text = "区长带队开展走访活动，并慰问老党员";
    EXPECT_EQ(lines(text, 12), (Lines{"区长带队开展走访活动，", "并慰问老党员"}));
    // The body's breaker fills the first line: 区长带队开展走访活动，并 / 慰问老党员 would split
    // 慰问 from 并 at 12 em; at 9 em it splits 走访活动 after 走.
    ParagraphStyle body = s_style;
    body.lineBreaking = LineBreaking::Anywhere;
    EXPECT_TRUE(breaksInsideWord(text, [&] {
        lines(text, 9, body);
        return lineStarts();
    }()));
}

TEST_F(BalancedLinesTest, BalancesTwoLinesRatherThanLeaveTheExclamationAlone) {
    EXPECT_EQ(lines("喜报！徐汇区代表队斩获团体铜奖", 10),
              (Lines{"喜报！徐汇区代表队", "斩获团体铜奖"}));
}

TEST_F(BalancedLinesTest, KeepsLatinWordsAndNumbersWholeAndBreaksAtTheSpace) {
    const std::string text = "聚焦人工智能大模型、AIGC 徐汇十余场重磅论坛等你来";
    EXPECT_EQ(lines(text, 15), (Lines{"聚焦人工智能大模型、AIGC", "徐汇十余场重磅论坛等你来"}));
    EXPECT_FALSE(said("word-broken"));
}

TEST_F(BalancedLinesTest, ANarrowTwoColumnHeadTakesMoreLinesAllBetweenWords) {
    const std::string text = "区长带队开展走访活动，并慰问老党员";
    const Lines set = lines(text, 7);
    EXPECT_EQ(set, (Lines{"区长带队开展", "走访活动，", "并慰问老党员"}));
    EXPECT_FALSE(breaksInsideWord(text, lineStarts()));
}

TEST_F(BalancedLinesTest, AVerticalHeadBreaksDownTheColumnByTheSameRule) {
    ParagraphStyle vertical = s_style;
    vertical.vertical = true;
    EXPECT_EQ(lines("区长带队开展走访活动，并慰问老党员", 12, vertical),
              (Lines{"区长带队开展走访活动，", "并慰问老党员"}));
    EXPECT_TRUE(m_set.vertical);
}

TEST_F(BalancedLinesTest, TraditionalChineseBreaksBetweenItsWords) {
    ParagraphStyle traditional = s_style;
    traditional.language = Language::HantTW;
    EXPECT_EQ(lines("區長帶隊開展走訪活動", 7, traditional), (Lines{"區長帶隊開展", "走訪活動"}));
}

TEST_F(BalancedLinesTest, NeverLeavesALoneWordOnTheLastLine) {
    // 开展走访 / 活动 would be the longer line first, but its last line is one word (孤词).
    EXPECT_EQ(lines("开展走访活动", 5), (Lines{"开展", "走访活动"}));
}

TEST_F(BalancedLinesTest, SaysSoWhenOnlyBreakingAWordLetsTheHeadFit) {
    // 代表队 is one word to a reader (代表|队 to the dictionary) and three ems long.
    const Lines set = lines("代表队", 2);
    EXPECT_EQ(set.size(), 2u);
    EXPECT_TRUE(said("word-broken"));
}

TEST_F(BalancedLinesTest, KeepsEveryByteOfTheTextInItsLines) {
    const std::string text = "聚焦人工智能大模型、AIGC 徐汇十余场重磅论坛等你来";
    lines(text, 9);
    ASSERT_FALSE(m_set.lines.empty());
    EXPECT_EQ(m_set.lines.front().textBegin, 0u);
    EXPECT_EQ(m_set.lines.back().textEnd, text.size());
    for (std::size_t i = 1; i < m_set.lines.size(); ++i)
        EXPECT_GE(m_set.lines[i].textBegin, m_set.lines[i - 1].textEnd);
}

}  // namespace
}  // namespace banmian::layout
