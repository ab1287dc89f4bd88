#include "layout/text/LineComposer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "FakeParagraph.h"
#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

using testing::clusterText;
using testing::fakeParagraph;
using testing::kEm;

struct Composed {
    std::string text;
    MeasuredParagraph paragraph;
    std::vector<ComposedLine> lines;

    std::string line(std::size_t i) const {
        return clusterText(text, paragraph, lines[i].begin, lines[i].end);
    }
    std::vector<std::string> all() const {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < lines.size(); ++i) out.push_back(line(i));
        return out;
    }
};

Composed compose(const std::string& text, LayoutUnit width, LayoutUnit indent = 0) {
    Composed c{text, fakeParagraph(text), {}};
    c.lines = composeLines(c.paragraph, ConstantLineWidth(width), indent, CompositionStyle{});
    return c;
}

TEST(LineComposer, FillsLinesOfWholeEms) {
    const auto c = compose("一二三四五六七八九十", 5 * kEm);
    EXPECT_EQ(c.all(), (std::vector<std::string>{"一二三四五", "六七八九十"}));
    EXPECT_EQ(c.lines[0].placed.boxX, (std::vector<LayoutUnit>{0, kEm, 2 * kEm, 3 * kEm, 4 * kEm}));
}

TEST(LineComposer, PushesInBeforePushingOut) {
    // ， may not start a line. Squeezing 、 and the line-end ， by half an em each keeps it on the
    // first line, which ends flush.
    const auto c = compose("一二、三四，五六", 5 * kEm);
    EXPECT_EQ(c.line(0), "一二、三四，");
    EXPECT_EQ(c.lines[0].placed.boxX,
              (std::vector<LayoutUnit>{0, kEm, 2 * kEm, 5 * kEm / 2, 7 * kEm / 2, 9 * kEm / 2}));
    EXPECT_EQ(c.lines[0].placed.width, 5 * kEm);
}

TEST(LineComposer, PushesOutWhenPushingInCannotFit) {
    // Only the line-end ， could give half an em: not enough, so 四 goes down with its comma and
    // the three characters left spread evenly.
    const auto c = compose("一二三四，五六", 4 * kEm);
    EXPECT_EQ(c.all(), (std::vector<std::string>{"一二三", "四，五六"}));
    EXPECT_EQ(c.lines[0].placed.boxX, (std::vector<LayoutUnit>{0, 3 * kEm / 2, 3 * kEm}));
    EXPECT_EQ(c.lines[0].placed.width, 4 * kEm);
    // The last line is set as it is, not spread.
    EXPECT_EQ(c.lines[1].placed.width, 4 * kEm);  // 四，五六: 1 + 1 + 1 + 1
    EXPECT_TRUE(c.lines[1].last);
}

TEST(LineComposer, IndentsTheFirstLineByTwoCharacters) {
    const auto c = compose("一二三四五六七八九十", 5 * kEm, 2 * kEm);
    EXPECT_EQ(c.all(), (std::vector<std::string>{"一二三", "四五六七八", "九十"}));
    EXPECT_EQ(c.lines[0].left, 2 * kEm);
    EXPECT_EQ(c.lines[0].target, 3 * kEm);
}

TEST(LineComposer, TakesCharactersDownRatherThanLeaveOneAlone) {
    // Filling each line would leave 十。 alone on the last (孤字): 。 may not start a line and
    // the line-end squeeze gives only half an em. Taking 九 down too, the room it leaves is shared
    // by the lines before it — an em each, rather than two ems in one.
    const auto c = compose("一二三四五六七八九十。", 5 * kEm);
    EXPECT_EQ(c.all(), (std::vector<std::string>{"一二三四", "五六七八", "九十。"}));
    EXPECT_EQ(c.lines[0].placed.width, 5 * kEm);
    // Three gaps share the em: ⅓ em each, to the 1/64 pt (the odd unit goes to the first).
    EXPECT_EQ(c.lines[1].placed.boxX, (std::vector<LayoutUnit>{0, 854, 1707, 4 * kEm}));
}

TEST(LineComposer, JustifiesALineOfLatinWordsByItsWordSpaces) {
    const auto c = compose("Day Against Drug Abuse and Illicit Trafficking", 9 * kEm);
    for (const auto& line : c.lines) {
        if (!line.last) {
            EXPECT_EQ(line.placed.width + (line.hyphenated ? kEm / 3 : 0), 9 * kEm);
        }
    }
}

TEST(LineComposer, PullsALoneLastCharacterUpWhenTheLineBeforeCanTakeIt) {
    // Greedy: 七、八、九、 fills the second line and 十。 is left alone. Its three 、 and the
    // line-end 。 give up half an em each: 十。 joins it, and the paragraph is a line shorter.
    const auto c = compose("一二三四五六七、八、九、十。", 6 * kEm);
    EXPECT_EQ(c.all(), (std::vector<std::string>{"一二三四五六", "七、八、九、十。"}));
    EXPECT_EQ(c.lines[1].placed.width, 6 * kEm);
}

TEST(LineComposer, SpacesHanAndLatinAndSpreadsNotInsideWords) {
    const auto c = compose("共设置109个正式比赛项目", 8 * kEm);
    // 共设置 ¼ 109 ¼ 个正式 = 3 + ¼ + 1.5 + ¼ + 3 = 8 em.
    EXPECT_EQ(c.line(0), "共设置109个正式");
    EXPECT_EQ(c.lines[0].placed.width, 8 * kEm);
    EXPECT_EQ(c.lines[0].placed.boxX[3], 3 * kEm + kEm / 4);
    EXPECT_EQ(c.lines[0].placed.boxX[4] - c.lines[0].placed.boxX[3], kEm / 2);  // 1|0 not spread
}

TEST(LineComposer, DropsWordSpacesAtTheEndOfALine) {
    const auto c = compose("AIGC AIGC", 3 * kEm);
    ASSERT_EQ(c.lines.size(), 2u);
    // AIGC without the word space after it: 2 em; a line of one word has nowhere else to take
    // the room, so it is letter-spaced to the full 3 em (the last resort of push-out).
    EXPECT_EQ(c.lines[0].placed.width, 3 * kEm);
    EXPECT_EQ(c.line(0), "AIGC ");
    EXPECT_EQ(c.line(1), "AIGC");
}

TEST(LineComposer, BreaksALatinWordWithAHyphenRatherThanLeaveTheLineLoose) {
    // SenseChat (4½ em) does not fit after 商量 in 11 em: spread, the line would gain 3 em.
    // 8 em + the Han–Latin gap (¼, squeezable to ⅛) + Sense (2½) + a hyphen (⅓) fits.
    const auto c = compose("参数语言模型商量SenseChat与书生浦语", 11 * kEm);
    EXPECT_EQ(c.line(0), "参数语言模型商量Sense");
    EXPECT_TRUE(c.lines[0].hyphenated);
    EXPECT_EQ(c.lines[0].placed.width + kEm / 3, 11 * kEm);
    EXPECT_EQ(c.line(1), "Chat与书生浦语");
    EXPECT_FALSE(c.lines[1].hyphenated);
}

TEST(LineComposer, NeverBreaksANumberOrAShortWord) {
    const auto c = compose("总奖牌数达到1234567890枚", 8 * kEm);
    for (const auto& line : c.lines) EXPECT_FALSE(line.hyphenated);
    const auto word = compose("一二三四五六七AI", 8 * kEm);
    for (const auto& line : word.lines) EXPECT_FALSE(line.hyphenated);
}

// Every word broken at the end of a line, as "left-right" (the letters joined to the break on
// each side).
std::vector<std::string> brokenWords(const Composed& c) {
    std::vector<std::string> words;
    const auto isLetter = [&](std::size_t k) { return c.paragraph.clusters[k].wordLetter; };
    for (const ComposedLine& line : c.lines) {
        if (!line.hyphenated) continue;
        std::size_t a = line.end, b = line.end;
        while (a > line.begin && isLetter(a - 1)) --a;
        while (b < c.paragraph.clusters.size() && isLetter(b)) ++b;
        words.push_back(clusterText(c.text, c.paragraph, a, line.end) + "-" +
                        clusterText(c.text, c.paragraph, line.end, b));
    }
    return words;
}

// Issue 17: spared a loose line, the last resort broke any two letters: Ch-atGPT, Ope-nAI. Names
// and acronyms break only between their parts, whatever the width.
TEST(LineComposer, BreaksNamesAndAcronymsOnlyBetweenTheirParts) {
    const std::vector<std::string> allowed = {"Chat-GPT", "Open-AI", "Sense-Chat", "Intern-LM"};
    const std::string text =
            "据悉ChatGPT与OpenAI发布的新品在iPhone上运行，商汤SenseChat和InternLM以及AIGC、"
            "NASA、CCTV均有报道";
    int broken = 0;
    for (LayoutUnit width = 4 * kEm; width <= 14 * kEm; width += kEm / 4) {
        for (const std::string& word : brokenWords(compose(text, width))) {
            ++broken;
            EXPECT_NE(std::find(allowed.begin(), allowed.end(), word), allowed.end())
                    << word << " at " << toPoints(width) << " pt";
        }
    }
    EXPECT_GT(broken, 0);  // the test sees breaks
}

// The last resort still breaks an ordinary long word, leaving two letters before and three after.
TEST(LineComposer, BreaksAnOrdinaryWordAnywhereOnlyAsTheLastResort) {
    const auto c = compose("参数语言模型商qqqqqqqqqqqq", 9 * kEm);
    const auto words = brokenWords(c);
    ASSERT_EQ(words.size(), 1u);
    EXPECT_GE(words[0].find('-'), 2u);
    EXPECT_GE(words[0].size() - words[0].find('-') - 1, 3u);
}

TEST(LineComposer, ForcesABreakInsideTextLongerThanTheColumn) {
    const auto c = compose("。。。。。。。", 3 * kEm);
    ASSERT_GE(c.lines.size(), 2u);
    for (const auto& line : c.lines) EXPECT_LE(line.placed.width, 3 * kEm);
    EXPECT_EQ(c.lines.back().end, c.paragraph.clusters.size());
}

TEST(LineComposer, ColumnsNarrowerThanACharacterStillEndWithEveryCharacterSet) {
    for (LayoutUnit width : {LayoutUnit{0}, kEm / 2, kEm, 2 * kEm}) {
        const auto c = compose("技能人才是推动上海实现高质量发展，AIGC。", width, 2 * kEm);
        ASSERT_FALSE(c.lines.empty());
        std::size_t covered = 0;
        for (const auto& line : c.lines) {
            EXPECT_EQ(line.begin, covered);
            covered = line.end;
            if (line.placed.width > line.target) {
                EXPECT_TRUE(line.overfull);
            }
        }
        EXPECT_EQ(covered, c.paragraph.clusters.size());
    }
}

TEST(LineComposer, ComposesAHundredThousandCharacterParagraph) {
    std::string text;
    while (utf8::length(text) < 100000) text += "徐汇区持续推进城市更新，居民生活品质不断提升。";
    const auto c = compose(text, 13 * kEm, 2 * kEm);
    EXPECT_GT(c.lines.size(), 7000u);
    for (std::size_t i = 0; i + 1 < c.lines.size(); ++i)
        ASSERT_EQ(c.lines[i].placed.width, c.lines[i].target);
}

}  // namespace
}  // namespace banmian::layout
