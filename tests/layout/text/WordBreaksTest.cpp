// Which line breaks split a word: what headline breaking avoids and the page's quality measure
// counts.
#include "layout/text/WordBreaks.h"

#include <gtest/gtest.h>

#include <string>

namespace banmian::layout {
namespace {

// The byte offset of `part` in `text`, which must hold it.
std::size_t at(const std::string& text, const std::string& part) {
    const std::size_t offset = text.find(part);
    EXPECT_NE(offset, std::string::npos) << part;
    return offset;
}

const std::string kVisit = "区长带队开展走访活动，并慰问老党员";

TEST(WordBreaksTest, ABreakAfterACommaEndsAPhrase) {
    EXPECT_EQ(wordBreakAt(kVisit, at(kVisit, "并")), WordBreak::AfterPhrase);
}

TEST(WordBreaksTest, ABreakAfterASpaceOrAClosingMarkAfterAStopEndsAPhrase) {
    const std::string latin = "聚焦人工智能大模型、AIGC 徐汇十余场重磅论坛等你来";
    EXPECT_EQ(wordBreakAt(latin, at(latin, "徐汇")), WordBreak::AfterPhrase);
    EXPECT_EQ(wordBreakAt(latin, at(latin, "AIGC")), WordBreak::AfterPhrase);
    const std::string quoted = "“好！”他说";
    EXPECT_EQ(wordBreakAt(quoted, at(quoted, "他")), WordBreak::AfterPhrase);
}

TEST(WordBreaksTest, ABreakBetweenTwoDictionaryWordsIsBetweenWords) {
    EXPECT_EQ(wordBreakAt(kVisit, at(kVisit, "走访")), WordBreak::BetweenWords);
    const std::string award = "喜报！徐汇区代表队斩获团体铜奖";
    EXPECT_EQ(wordBreakAt(award, at(award, "斩获")), WordBreak::BetweenWords);
}

TEST(WordBreaksTest, ABreakInsideADictionaryWordIsInsideIt) {
    EXPECT_EQ(wordBreakAt(kVisit, at(kVisit, "访")), WordBreak::InsideWord);
    EXPECT_EQ(wordBreakAt(kVisit, at(kVisit, "问")), WordBreak::InsideWord);
}

TEST(WordBreaksTest, WordsTheDictionaryLacksAndBoundMorphemesStayWhole) {
    const std::string award = "喜报！徐汇区代表队斩获团体铜奖";
    EXPECT_EQ(wordBreakAt(award, at(award, "报")), WordBreak::InsideWord);      // 喜|报
    EXPECT_EQ(wordBreakAt(award, at(award, "奖")), WordBreak::InsideWord);      // 铜|奖
    EXPECT_EQ(wordBreakAt(award, at(award, "区代")), WordBreak::InsideWord);    // 徐汇|区
    EXPECT_EQ(wordBreakAt(award, at(award, "队")), WordBreak::InsideWord);      // 代表|队
    EXPECT_EQ(wordBreakAt(kVisit, at(kVisit, "党员")), WordBreak::InsideWord);  // 老|党员
    const std::string model = "人工智能大模型";
    EXPECT_EQ(wordBreakAt(model, at(model, "模型")), WordBreak::InsideWord);  // 大|模型
}

TEST(WordBreaksTest, LatinWordsAndNumbersStayWhole) {
    const std::string text = "AIGC论坛2024年开幕";
    EXPECT_EQ(wordBreakAt(text, at(text, "GC")), WordBreak::InsideWord);
    EXPECT_EQ(wordBreakAt(text, at(text, "24")), WordBreak::InsideWord);
    EXPECT_EQ(wordBreakAt(text, at(text, "年")), WordBreak::InsideWord);  // 2024年
    EXPECT_EQ(wordBreakAt(text, at(text, "论坛")), WordBreak::BetweenWords);
}

TEST(WordBreaksTest, TraditionalChineseWordsAreFoundToo) {
    const std::string text = "區長帶隊開展走訪活動";
    EXPECT_EQ(wordBreakAt(text, at(text, "開展")), WordBreak::BetweenWords);
    EXPECT_EQ(wordBreakAt(text, at(text, "訪")), WordBreak::InsideWord);
    EXPECT_EQ(wordBreakAt(text, at(text, "長")), WordBreak::InsideWord);
}

TEST(WordBreaksTest, SaysWhichLinesOfASetTextStartInsideAWord) {
    // As the body's line breaker set it: 区长带队开展走访 / 活动，并慰问老党员 is between words;
    // 区长带队开展走 / 访活动… is not.
    EXPECT_FALSE(breaksInsideWord(kVisit, {0, at(kVisit, "并")}));
    EXPECT_FALSE(breaksInsideWord(kVisit, {at(kVisit, "活动")}));
    EXPECT_TRUE(breaksInsideWord(kVisit, {0, at(kVisit, "访")}));
    EXPECT_EQ(breaksInsideWords(kVisit, {0, at(kVisit, "访"), at(kVisit, "并"), at(kVisit, "问")}),
              (std::vector<std::size_t>{at(kVisit, "访"), at(kVisit, "问")}));
    EXPECT_FALSE(breaksInsideWord(kVisit, {}));
    EXPECT_FALSE(breaksInsideWord(kVisit, {0}));
}

}  // namespace
}  // namespace banmian::layout
