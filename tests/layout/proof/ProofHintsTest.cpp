// The automatic proof hints (自动校对提示): each rule's faults, the text it must leave alone, and
// what it finds on the seed page — checked by reading the seed, not taken from the program.
#include "layout/proof/ProofHints.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "layout/import/ArticleImporter.h"

namespace banmian::layout {
namespace {

const std::string& fieldText(const Story& story, const TextPlace& place) {
    switch (place.field) {
        case StoryField::Kicker:
            return story.kicker;
        case StoryField::Headline:
            return story.headline;
        case StoryField::Subtitle:
            return story.subtitle;
        case StoryField::Body:
            break;
    }
    return story.paragraphs.at(place.paragraph);
}

// A hint as a test reads it: its rule, its text with the marked range in ⟦⟧, and the suggestion.
// "halfwidth-punctuation body 0: 他说⟦:⟧好 → ："
std::string shown(const ProofMark& hint, const std::vector<Story>& stories) {
    const TextPlace& at = hint.range.begin;
    const Story* story = findStory(stories, at.story);
    if (!story) return "on no story: " + hint.rule;
    const std::string& text = fieldText(*story, at);
    const std::size_t end = hint.range.end.offset;
    return hint.rule + " " + toString(at.field) + " " + std::to_string(at.paragraph) + ": " +
           text.substr(0, at.offset) + "⟦" + text.substr(at.offset, end - at.offset) + "⟧" +
           text.substr(end) + " → " + hint.correction;
}

std::vector<std::string> shownHints(const std::vector<Story>& stories) {
    std::vector<std::string> out;
    for (const ProofMark& hint : findHints(stories)) out.push_back(shown(hint, stories));
    return out;
}

// The hints on one story holding `paragraphs` as its body.
std::vector<std::string> bodyHints(std::vector<std::string> paragraphs) {
    Story story;
    story.id = "the-story";
    story.paragraphs = std::move(paragraphs);
    return shownHints({story});
}

using Shown = std::vector<std::string>;

// ---- unbalanced-bracket

TEST(ProofHints, FlagsALoneQuotationMarkOrBracket) {
    EXPECT_EQ(bodyHints({"他说“明天见。", "走了）。", "书名是《人民日报。"}),
              (Shown{"unbalanced-bracket body 0: 他说⟦“⟧明天见。 → ",
                     "unbalanced-bracket body 1: 走了⟦）⟧。 → ",
                     "unbalanced-bracket body 2: 书名是⟦《⟧人民日报。 → "}));
}

TEST(ProofHints, FlagsMisNestedPairs) {
    // 《…”》: the ” has no “ open; the 《》 pair is whole.
    EXPECT_EQ(bodyHints({"读《人民日报”》。"}),
              (Shown{"unbalanced-bracket body 0: 读《人民日报⟦”⟧》。 → "}));
    // “《…”》: the 《 is still open when the quotation closes, and the 》 then has no partner.
    EXPECT_EQ(bodyHints({"“读《人民日报”》"}),
              (Shown{"unbalanced-bracket body 0: “读⟦《⟧人民日报”》 → ",
                     "unbalanced-bracket body 0: “读《人民日报”⟦》⟧ → "}));
}

TEST(ProofHints, PairsNestedAndAdjacentMarks) {
    EXPECT_EQ(bodyHints({"活动围绕“不忘来时路、‘泾彩’书华章”展开，情景剧《走雪山》《日出东方》。",
                         "国际禁毒日（International Day）、【链接】「一」『二』〈三〉。"}),
              Shown{});
}

TEST(ProofHints, AQuotationOverSeveralParagraphsIsNotAFault) {
    // GB/T 15834: each paragraph of the quotation opens with “, only the last one closes.
    EXPECT_EQ(bodyHints({"他在信中写道：“第一段。", "“第二段。", "“第三段。”", "后文。"}), Shown{});
}

TEST(ProofHints, AQuotationOverParagraphsThatNeverClosesIsFlaggedWhereItEnds) {
    EXPECT_EQ(bodyHints({"“第一段。", "“第二段。", "后文。"}),
              (Shown{"unbalanced-bracket body 1: ⟦“⟧第二段。 → "}));
    // A paragraph that does not open with “ does not continue the quotation: both marks are lone.
    EXPECT_EQ(bodyHints({"“第一段。", "第二段。”"}),
              (Shown{"unbalanced-bracket body 0: ⟦“⟧第一段。 → ",
                     "unbalanced-bracket body 1: 第二段。⟦”⟧ → "}));
    // Only quotations run on: a parenthesis left open at a paragraph's end is lone.
    EXPECT_EQ(bodyHints({"（第一段。", "“第二段。”"}),
              (Shown{"unbalanced-bracket body 0: ⟦（⟧第一段。 → "}));
}

TEST(ProofHints, ListNumbersAndApostrophesHaveNoPartner) {
    EXPECT_EQ(bodyHints({"1）加强管理；2）完善制度；二）落实。", "古都Xi’an与students’ union。"}),
              Shown{});
}

TEST(ProofHints, HeadFieldsAreCheckedEachOnItsOwn) {
    Story story;
    story.id = "the-story";
    story.kicker = "“一技在手";
    story.headline = "未来我有”";
    EXPECT_EQ(shownHints({story}), (Shown{"unbalanced-bracket kicker 0: ⟦“⟧一技在手 → ",
                                          "unbalanced-bracket headline 0: 未来我有⟦”⟧ → "}));
}

// ---- halfwidth-punctuation

TEST(ProofHints, FlagsHalfwidthPunctuationInChineseWithItsFullwidthForm) {
    EXPECT_EQ(bodyHints({"他说:\"你好,世界.\"然后走了;对吗?好!"}),
              (Shown{"halfwidth-punctuation body 0: 他说⟦:⟧\"你好,世界.\"然后走了;对吗?好! → ：",
                     "halfwidth-punctuation body 0: 他说:⟦\"⟧你好,世界.\"然后走了;对吗?好! → “",
                     "halfwidth-punctuation body 0: 他说:\"你好⟦,⟧世界.\"然后走了;对吗?好! → ，",
                     "halfwidth-punctuation body 0: 他说:\"你好,世界⟦.⟧\"然后走了;对吗?好! → 。",
                     "halfwidth-punctuation body 0: 他说:\"你好,世界.⟦\"⟧然后走了;对吗?好! → ”",
                     "halfwidth-punctuation body 0: 他说:\"你好,世界.\"然后走了⟦;⟧对吗?好! → ；",
                     "halfwidth-punctuation body 0: 他说:\"你好,世界.\"然后走了;对吗⟦?⟧好! → ？",
                     "halfwidth-punctuation body 0: 他说:\"你好,世界.\"然后走了;对吗?好⟦!⟧ → ！"}));
}

TEST(ProofHints, FlagsBothParenthesesWhenOneIsInChinese) {
    // The ) stands between a letter and ”, but its ( follows 语: the pair is in Chinese text.
    EXPECT_EQ(bodyHints({"“书生浦语(InternLM)”"}),
              (Shown{"halfwidth-punctuation body 0: “书生浦语⟦(⟧InternLM)” → （",
                     "halfwidth-punctuation body 0: “书生浦语(InternLM⟦)⟧” → ）"}));
    EXPECT_EQ(bodyHints({"说'好'吧"}), (Shown{"halfwidth-punctuation body 0: 说⟦'⟧好'吧 → ‘",
                                              "halfwidth-punctuation body 0: 说'好⟦'⟧吧 → ’"}));
}

TEST(ProofHints, FlagsAHalfwidthEllipsisOnce) {
    EXPECT_EQ(bodyHints({"他说...然后"}),
              (Shown{"halfwidth-punctuation body 0: 他说⟦...⟧然后 → ……"}));
}

TEST(ProofHints, LeavesNumbersTimesAndListNumbersAlone) {
    EXPECT_EQ(bodyHints({"增长3.5亿元，上午10:30开始，共1,000人，比分3:2。", "1.加强管理。"}),
              Shown{});
}

TEST(ProofHints, LeavesAddressesAbbreviationsAndEnglishPhrasesAlone) {
    EXPECT_EQ(bodyHints({"详见https://www.xuhui.gov.cn/news?id=1，或www.example.com。",
                         "来信请寄info@xuhui.gov.cn，谢谢。",
                         "口号是“Better City, Better Life.”，作者J.K.罗琳，西安即Xi'an。"}),
              Shown{});
}

// ---- doubled-character

TEST(ProofHints, FlagsDoubledPunctuationAndFunctionWords) {
    EXPECT_EQ(bodyHints({"我们的的目标，，是是这样。。"}),
              (Shown{"doubled-character body 0: 我们⟦的的⟧目标，，是是这样。。 → 的",
                     "doubled-character body 0: 我们的的目标⟦，，⟧是是这样。。 → ，",
                     "doubled-character body 0: 我们的的目标，，⟦是是⟧这样。。 → 是",
                     "doubled-character body 0: 我们的的目标，，是是这样⟦。。⟧ → 。"}));
    EXPECT_EQ(bodyHints({"会议在在北京召开，并并且了了。"}),
              (Shown{"doubled-character body 0: 会议⟦在在⟧北京召开，并并且了了。 → 在",
                     "doubled-character body 0: 会议在在北京召开，并并且⟦了了⟧。 → 了"}));
}

TEST(ProofHints, LeavesReduplicatedWordsAlone) {
    EXPECT_EQ(bodyHints({"他常常来，人人会，看看，渐渐，天天，刚刚，仅仅，往往，纷纷，一一回应。",
                         "干干净净，的的确确，是是非非，实实在在，一个个，越来越好。",
                         "怎么办？？好！！"}),
              Shown{});
}

TEST(ProofHints, LeavesFunctionWordsDoubledAcrossTwoWordsAlone) {
    EXPECT_EQ(bodyHints({"为了了解情况，他现在在北京，达到目的的手段，说的的确对。",
                         "参与与否，以及及时，面对对手，不了了之，但是是否。"}),
              Shown{});
}

// 们 twice, a pronoun twice before 们, and a measure word twice after a numeral or a
// demonstrative where what follows is a word without it.
TEST(ProofHints, FlagsAPluralOrAMeasureWordKeyedTwice) {
    EXPECT_EQ(bodyHints({"他们们说好。", "我我们一起走。", "上海首个个人工智能集聚区。"}),
              (Shown{"doubled-character body 0: 他⟦们们⟧说好。 → 们",
                     "doubled-character body 1: ⟦我我⟧们一起走。 → 我",
                     "doubled-character body 2: 上海首⟦个个⟧人工智能集聚区。 → 个"}));
}

// A measure word doubled on purpose, or one whose second half is the start of the next word.
TEST(ProofHints, LeavesMeasureWordsThatJoinTheNextWordAlone) {
    EXPECT_EQ(bodyHints({"孩子们一个个走上台，个个都是好样的。", "首个个人养老金账户开户。",
                         "这家家具店开业，这家家电企业扩产，那家家政公司招人。",
                         "每个个体工商户都能申请。这个个性化服务受欢迎。",
                         "这项项目已完工。这条条例已修订。这座座谈会开得好。该批批发商到场。",
                         "人人会治理，家家户户挂灯笼。两位位于江边的老人。"}),
              Shown{});
}

TEST(ProofHints, FlagsADoubledEnglishWord) {
    EXPECT_EQ(bodyHints({"He read the the book."}),
              (Shown{"doubled-character body 0: He read ⟦the the⟧ book. → the"}));
    EXPECT_EQ(bodyHints({"I know that that is true, there there."}), Shown{});
}

// ---- latin-width

TEST(ProofHints, FlagsFullwidthLatinOncePerRun) {
    EXPECT_EQ(bodyHints({"ＡＩ企业增长１５．６％，5０％"}),
              (Shown{"latin-width body 0: ⟦ＡＩ⟧企业增长１５．６％，5０％ → AI",
                     "latin-width body 0: ＡＩ企业增长⟦１５．６％⟧，5０％ → 15.6%",
                     "latin-width body 0: ＡＩ企业增长１５．６％，5⟦０％⟧ → 0%"}));
}

TEST(ProofHints, LeavesChinesePunctuationBesideNumbersAlone) {
    EXPECT_EQ(bodyHints({"时间：10点，地点：2号楼。"}), Shown{});
    EXPECT_EQ(bodyHints({"比分3－2"}), (Shown{"latin-width body 0: 比分3⟦－⟧2 → -"}));
}

// ---- the marks

TEST(ProofHints, AreOpenAutomaticHintsWithStableUniqueIds) {
    Story story;
    story.id = "the-story";
    story.headline = "标题“";
    story.paragraphs = {"ＡＩ企业,发展", "的的"};
    const auto hints = findHints({story});
    ASSERT_EQ(hints.size(), 4u);
    std::set<std::string> ids;
    for (const ProofMark& hint : hints) {
        EXPECT_EQ(hint.kind, MarkKind::Hint);
        EXPECT_EQ(hint.author, "auto");
        EXPECT_EQ(hint.status, MarkStatus::Open);
        EXPECT_TRUE(hint.open());
        EXPECT_EQ(hint.range.begin.story, "the-story");
        EXPECT_EQ(hint.range.begin.field, hint.range.end.field);
        EXPECT_EQ(hint.range.begin.paragraph, hint.range.end.paragraph);
        const std::string& text = fieldText(story, hint.range.begin);
        EXPECT_EQ(hint.text, text.substr(hint.range.begin.offset,
                                         hint.range.end.offset - hint.range.begin.offset));
        ids.insert(hint.id);
    }
    EXPECT_EQ(ids.size(), hints.size());
    EXPECT_EQ(hints[0].id, "hint-the-story-headline-0-6-unbalanced-bracket");
    EXPECT_EQ(hints[1].id, "hint-the-story-body-0-0-latin-width");
    EXPECT_EQ(hints[2].id, "hint-the-story-body-0-12-halfwidth-punctuation");
    EXPECT_EQ(hints[3].id, "hint-the-story-body-1-0-doubled-character");
    EXPECT_EQ(findHints({story}), hints);
}

// ---- known-mistake

TEST(ProofHints, FlagsTheCommonSlipsWithTheirCorrection) {
    EXPECT_EQ(bodyHints({"截止目前，既使下雨也要再接再励。"}),
              (Shown{"known-mistake body 0: ⟦截止目前⟧，既使下雨也要再接再励。 → 截至目前",
                     "known-mistake body 0: 截止目前，⟦既使⟧下雨也要再接再励。 → 即使",
                     "known-mistake body 0: 截止目前，既使下雨也要⟦再接再励⟧。 → 再接再厉"}));
}

TEST(ProofHints, FlagsANewsroomsKnownMistakesAndLetsItCorrectASlip) {
    Story story;
    story.id = "s";
    story.headline = "徐江滨江开放";
    story.paragraphs = {"徐江区与徐汇区。按装完毕。"};
    const std::vector<KnownMistake> newsroom = {{"徐江", "徐汇"}, {"按装", "安装好"}};
    std::vector<std::string> shownList;
    for (const ProofMark& hint : findHints({story}, newsroom))
        shownList.push_back(shown(hint, {story}));
    EXPECT_EQ(shownList, (Shown{"known-mistake headline 0: ⟦徐江⟧滨江开放 → 徐汇",
                                "known-mistake body 0: ⟦徐江⟧区与徐汇区。按装完毕。 → 徐汇",
                                "known-mistake body 0: 徐江区与徐汇区。⟦按装⟧完毕。 → 安装好"}));
}

// A correction that holds the wrong word: where the text already reads it, nothing is wrong.
TEST(ProofHints, LeavesAKnownMistakeWrittenAsItsCorrectionAlone) {
    Story story;
    story.id = "s";
    story.paragraphs = {"截止到6月，报名截止。"};
    std::vector<std::string> shownList;
    for (const ProofMark& hint : findHints({story}, {{"截止", "截止到"}}))
        shownList.push_back(shown(hint, {story}));
    EXPECT_EQ(shownList, (Shown{"known-mistake body 0: 截止到6月，报名⟦截止⟧。 → 截止到"}));
}

TEST(KnownMistakes, ReadsOnePairALine) {
    const auto list = parseKnownMistakes(
            "\xEF\xBB\xBF# 本报易错词\n徐江→徐汇\r\n\n  截止目前 -> 截至目前 "
            "\n\u3000按装→安装\u3000\n");
    ASSERT_TRUE(list.ok()) << list.error().message;
    EXPECT_EQ(list.value(), (std::vector<KnownMistake>{
                                    {"徐江", "徐汇"}, {"截止目前", "截至目前"}, {"按装", "安装"}}));
}

TEST(KnownMistakes, SaysWhichLineIsNotAPair) {
    const auto noArrow = parseKnownMistakes("徐江→徐汇\n徐江 徐汇\n");
    ASSERT_FALSE(noArrow.ok());
    EXPECT_EQ(noArrow.error().line, 2);
    EXPECT_NE(noArrow.error().message.find("徐江→徐汇"), std::string::npos);
    const auto same = parseKnownMistakes("\n\n徐汇→徐汇\n");
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().line, 3);
    const auto empty = parseKnownMistakes("→徐汇\n");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().line, 1);
    const auto gbk = parseKnownMistakes("\xD0\xEC\xBD\xAD->\xD0\xEC\xBB\xE3\n");  // GBK
    ASSERT_FALSE(gbk.ok());
    EXPECT_NE(gbk.error().message.find("UTF-8"), std::string::npos);
}

TEST(KnownMistakes, ANewsroomsWordWinsOverTheShippedOne) {
    const std::vector<KnownMistake> list = withCommonSlips({{"既使", "即便"}});
    EXPECT_EQ(list.front(), (KnownMistake{"既使", "即便"}));
    EXPECT_EQ(std::count_if(list.begin(), list.end(),
                            [](const KnownMistake& m) { return m.wrong == "既使"; }),
              1);
    EXPECT_EQ(list.size(), commonSlips().size());
}

// ---- the seed page

// Read by eye, the seed's copy (paragraphs counted from 0 here, as in the ids; `banmian hints`
// and the README count from 1) has these faults a machine could see:
//  - story 1 ¶4 书生浦语(InternLM) and ¶5 AIGC(生成式人工智能): half-width parentheses in
//    Chinese text (¶2 of the same story sets AIGC（生成式人工智能） right). Real faults, all four
//    marks found.
//  - story 1 ¶3 首个个人工智能: 个 keyed twice after 首, and 人工智能 a word without it (首个个人
//    养老金账户 would be right).
// and this it cannot without the newsroom's list, left to the proofreader:
//  - story 1 ¶0 徐江西岸 for 徐汇西岸: a wrong character, not a typing pattern; a list that holds
//    徐江→徐汇 finds it.
// No false positives: the nested quotes (“不忘来时路、‘泾彩’书华章”), the adjacent titles
// (《走雪山》《日出东方》), 6·26, 一一回应, 人人会治理, 7月6日—8日 and the English name in
// full-width parentheses (国际禁毒日（International Day …）) pass.
TEST(ProofHints, FindsTheSeedPagesFaults) {
    auto imported =
            importArticleFile(std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt");
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    const std::vector<ProofMark> hints = findHints(imported.value().stories);
    // A hint's id: "hint-", its story's id, then its place and rule (stable while the text is).
    const std::string hint = "hint-" + imported.value().stories[1].id + "-";
    std::vector<std::string> got;
    for (const ProofMark& found : hints) {
        EXPECT_EQ(found.id.rfind(hint, 0), 0u) << found.id;
        got.push_back(found.id.substr(hint.size()) + " " + found.text + "→" + found.correction);
    }
    const std::string& p3 = imported.value().stories[1].paragraphs[3];
    const std::string doubled = "body-3-" + std::to_string(p3.find("个个人工智能")) + "-";
    EXPECT_EQ(
            got,
            (Shown{doubled + "doubled-character 个个→个", "body-4-475-halfwidth-punctuation (→（",
                   "body-4-484-halfwidth-punctuation )→）", "body-5-121-halfwidth-punctuation (→（",
                   "body-5-143-halfwidth-punctuation )→）"}));
    const std::string& p4 = imported.value().stories[1].paragraphs[4];
    const std::string& p5 = imported.value().stories[1].paragraphs[5];
    EXPECT_EQ(p4.substr(475 - 12, 12 + 10), "书生浦语(InternLM)");
    EXPECT_EQ(p5.substr(121 - 4, 4 + 1 + 21 + 1), "AIGC(生成式人工智能)");

    // With the paper's own list, its district keyed one off.
    std::vector<std::string> listed;
    for (const ProofMark& found : findHints(imported.value().stories, {{"徐江", "徐汇"}}))
        if (found.rule == "known-mistake") listed.push_back(found.text + "→" + found.correction);
    EXPECT_EQ(listed, (Shown{"徐江→徐汇"}));
}

// No false alarm on the other days' copy: the auto-compose days, and news in the importer's test
// files (Hong Kong and Taiwan copy among them).
TEST(ProofHints, RaiseNoFalseAlarmOnTheTestDays) {
    for (const char* file :
         {"tests/data/compose/three-stories.txt", "tests/data/compose/twelve-stories.txt",
          "tests/data/compose/one-long-story.txt", "tests/data/compose/tabloid-day.txt",
          "tests/data/import/hongkong-news.txt", "tests/data/import/taiwan-news.txt",
          "tests/data/import/gb18030-crlf.txt", "tests/data/import/utf8-fullwidth-indent.txt"}) {
        auto imported = importArticleFile(std::string(BANMIAN_SOURCE_DIR) + "/" + file);
        ASSERT_TRUE(imported.ok()) << file;
        EXPECT_EQ(shownHints(imported.value().stories), Shown{}) << file;
    }
}

}  // namespace
}  // namespace banmian::layout
