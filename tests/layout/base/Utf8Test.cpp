#include "layout/base/Utf8.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

TEST(Utf8, FindsTheFirstIllFormedSequence) {
    EXPECT_EQ(utf8::findInvalid("徐汇 AIGC"), std::string_view::npos);
    EXPECT_EQ(utf8::findInvalid("ab\xC0\xAF"), 2u);      // overlong '/'
    EXPECT_EQ(utf8::findInvalid("徐\xED\xA0\x80"), 3u);  // a surrogate
    EXPECT_EQ(utf8::findInvalid("徐汇\xE6\xB1"), 6u);    // cut short
}

TEST(Utf8, WalksCodePointsBothWays) {
    const std::string text = "6·26”𠀀";
    std::size_t pos = 0;
    EXPECT_EQ(utf8::next(text, pos), U'6');
    EXPECT_EQ(utf8::next(text, pos), U'·');
    EXPECT_EQ(utf8::first(text), U'6');
    EXPECT_EQ(utf8::last(text), U'𠀀');
    EXPECT_EQ(utf8::length(text), 6u);
    EXPECT_EQ(utf8::prefix(text, 2), "6·");
    EXPECT_EQ(utf8::suffix(text, 2), "”𠀀");
}

// The line a person finds in a text editor, whichever line ends the file was saved with.
TEST(Utf8, LineOfAnOffsetCountsEveryKindOfLineEnd) {
    const std::string text = "一\n二\r\n三\r四";
    EXPECT_EQ(utf8::lineOfOffset(text, 0), 1);
    EXPECT_EQ(utf8::lineOfOffset(text, text.find("二")), 2);
    EXPECT_EQ(utf8::lineOfOffset(text, text.find("三")), 3);  // CRLF is one line end
    EXPECT_EQ(utf8::lineOfOffset(text, text.find("四")), 4);  // so is a lone CR
    EXPECT_EQ(utf8::lineOfOffset(text, 1000), 4);
}

}  // namespace
}  // namespace banmian::layout
