#include "layout/text/Hyphenator.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

std::string hyphenated(const Hyphenator& h, const std::string& word) {
    const auto points = h.breakPoints(word);
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i)
        out += std::string(points[i] ? "-" : "") + word[i];
    return out;
}

TEST(Hyphenator, BreaksEnglishWordsWhereThePatternsSay) {
    const Hyphenator h;
    ASSERT_TRUE(h.available()) << "install hyphen-en-us";
    EXPECT_EQ(hyphenated(h, "International"),
              "In-ter-na-tional");  // three letters at least after the last
    EXPECT_EQ(hyphenated(h, "Trafficking"), "Traf-fick-ing");
}

// The breaks libhyphen 2.8 gave for these words with the same patterns (two letters at least
// before a break, three after, as the file asks), which Liang's algorithm here must give too.
TEST(Hyphenator, AgreesWithLibhyphenOnTheSamePatterns) {
    const Hyphenator h;
    ASSERT_TRUE(h.available()) << "install hyphen-en-us";
    for (const char* expected : {"hy-phen-ation",      "com-puter",
                                 "al-go-rithm",        "news-pa-per",
                                 "ty-pog-ra-phy",      "jus-ti-fi-ca-tion",
                                 "com-mit-tee",        "gov-ern-ment",
                                 "de-vel-op-ment",     "in-for-ma-tion",
                                 "tech-nol-ogy",       "en-vi-ron-men-tal",
                                 "ad-min-is-tra-tion", "rep-re-sen-ta-tive",
                                 "uni-ver-sity",       "char-ac-ters",
                                 "com-po-si-tion",     "pho-tog-ra-phy",
                                 "Shang-hai",          "dis-trict",
                                 "re-porter",          "semi-con-duc-tor",
                                 "man-u-fac-tur-ing",  "ar-ti-fi-cial",
                                 "in-tel-li-gence",    "con-fer-ence",
                                 "democ-racy",         "elec-tric-ity",
                                 "trans-porta-tion",   "in-fra-struc-ture",
                                 "cel-e-bra-tion",     "Against",
                                 "Il-licit",           "Abuse",
                                 "Min-i-max",          "com-mu-ni-ca-tion",
                                 "re-spon-si-bil-ity", "un-der-stand-ing"}) {
        std::string word(expected);
        std::erase(word, '-');
        EXPECT_EQ(hyphenated(h, word), expected);
    }
}

// Issue 17: on news text ChatGPT came out as Ch-atGPT and OpenAI as Ope-nAI.
TEST(Hyphenator, BreaksCompoundNamesOnlyBetweenTheirParts) {
    const Hyphenator h;
    ASSERT_TRUE(h.available()) << "install hyphen-en-us";
    EXPECT_EQ(hyphenated(h, "ChatGPT"), "Chat-GPT");
    EXPECT_EQ(hyphenated(h, "OpenAI"), "Open-AI");
    EXPECT_EQ(hyphenated(h, "SenseChat"), "Sense-Chat");
    EXPECT_EQ(hyphenated(h, "InternLM"), "Intern-LM");
    EXPECT_EQ(hyphenated(h, "InformationWeek"), "Information-Week");  // no patterns in a part
    EXPECT_EQ(hyphenated(h, "AIGCChat"), "AIGC-Chat");
    EXPECT_EQ(hyphenated(h, "ChatGPTs"), "Chat-GPTs");  // a plural is no part
    EXPECT_EQ(hyphenated(h, "iPhone"), "iPhone");       // i is too short a part
}

TEST(Hyphenator, NeverHyphenatesAnAcronym) {
    const Hyphenator h;
    ASSERT_TRUE(h.available()) << "install hyphen-en-us";
    for (const char* word : {"AIGC", "NASA", "CCTV", "UNESCO", "INTERNATIONAL"})
        EXPECT_EQ(hyphenated(h, word), word);
    EXPECT_EQ(hyphenated(h, "Day"), "Day");  // too short to break
}

TEST(Hyphenator, UsesThePatternsForOrdinaryWordsOnly) {
    const Hyphenator h;
    ASSERT_TRUE(h.available()) << "install hyphen-en-us";
    EXPECT_EQ(hyphenated(h, "typesetting"), "type-set-ting");
    EXPECT_EQ(hyphenated(h, "Information"), "In-for-ma-tion");
    EXPECT_TRUE(Hyphenator::isOrdinaryWord("typesetting"));
    EXPECT_TRUE(Hyphenator::isOrdinaryWord("Information"));
    for (const char* word : {"ChatGPT", "OpenAI", "iPhone", "NASA", "GPT4", ""})
        EXPECT_FALSE(Hyphenator::isOrdinaryWord(word)) << word;
}

TEST(Hyphenator, WithoutPatternsOnlyCompoundNamesBreak) {
    const Hyphenator h("/nonexistent/hyph.dic");
    EXPECT_FALSE(h.available());
    EXPECT_EQ(hyphenated(h, "International"), "International");
    EXPECT_EQ(hyphenated(h, "SenseChat"), "Sense-Chat");
    EXPECT_EQ(hyphenated(h, "OpenAI"), "Open-AI");
}

}  // namespace
}  // namespace banmian::layout
