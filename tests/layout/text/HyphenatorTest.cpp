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

TEST(Hyphenator, BreaksCompoundNamesAtTheirCapitalsAndNeverAcronyms) {
    const Hyphenator h;
    EXPECT_EQ(hyphenated(h, "SenseChat").find("Sense-Chat"), 0u);
    EXPECT_EQ(hyphenated(h, "AIGC"), "AIGC");
    EXPECT_EQ(hyphenated(h, "Day"), "Day");  // too short to break
}

TEST(Hyphenator, WithoutPatternsOnlyCompoundNamesBreak) {
    const Hyphenator h("/nonexistent/hyph.dic");
    EXPECT_FALSE(h.available());
    EXPECT_EQ(hyphenated(h, "International"), "International");
    EXPECT_EQ(hyphenated(h, "SenseChat"), "Sense-Chat");
}

}  // namespace
}  // namespace banmian::layout
