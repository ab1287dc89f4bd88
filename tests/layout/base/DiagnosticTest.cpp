// One diagnostic type for every stage: the one line the command prints for each kind of place.
#include "layout/base/Diagnostic.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

TEST(Diagnostic, AnErrorAtALineAsEveryResultHasIt) {
    const Diagnostic error{3, "bytes that are not UTF-8"};
    EXPECT_EQ(error.severity, Severity::Error);
    EXPECT_EQ(error.kind, "");
    EXPECT_TRUE(error.place.empty());
    EXPECT_EQ(describe(error), "line 3: bytes that are not UTF-8");
    EXPECT_EQ(describe(Diagnostic{0, "the file is empty"}), "the file is empty");
    EXPECT_EQ(toString(Severity::Warning), std::string("warning"));
}

TEST(Diagnostic, SaysItsPlaceOnThePageAsAPersonReadsIt) {
    Diagnostic d{.message = "U+10FFFD has no glyph",
                 .severity = Severity::Error,
                 .kind = "missing-glyph",
                 .place = {.block = "story-2",
                           .story = 2,
                           .headline = "集中销毁八百余公斤",
                           .field = "body",
                           .paragraph = 2,
                           .offset = 40}};
    EXPECT_EQ(describePlace(d), "story-2 (集中销毁八百余公斤): paragraph 3");
    EXPECT_EQ(describe(d), "story-2 (集中销毁八百余公斤): paragraph 3: U+10FFFD has no glyph");
    d.place.field = "headline";
    d.place.paragraph = -1;
    EXPECT_EQ(describePlace(d), "story-2 (集中销毁八百余公斤): headline");
    d.place.block.clear();  // a story not on the page: its index, as `import --outline` numbers it
    EXPECT_EQ(describePlace(d), "story [2] (集中销毁八百余公斤): headline");
    d.place = {.block = "story-0", .field = "", .photo = 1};
    EXPECT_EQ(describe(d), "story-0: U+10FFFD has no glyph");
    EXPECT_FALSE(d.place.empty());
}

}  // namespace
}  // namespace banmian::layout
