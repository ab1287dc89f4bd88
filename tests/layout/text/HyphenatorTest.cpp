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
