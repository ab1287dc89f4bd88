#include "layout/base/Id.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace banmian::layout {
namespace {

TEST(Id, IsThirtyTwoLowercaseHexDigitsAndNeverTheSame) {
    std::set<std::string> seen;
    std::size_t ones = 0;  // bits set, over all ids: random bits are about half ones
    for (int i = 0; i < 10000; ++i) {
        const std::string id = newId();
        ASSERT_TRUE(isRandomId(id)) << id;
        EXPECT_TRUE(seen.insert(id).second) << id << " came twice";
        for (const char c : id) {
            const int v = c <= '9' ? c - '0' : c - 'a' + 10;
            ones += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(v)));
        }
    }
    // 1,280,000 bits: a counter, or a generator stuck on a few values, is far from half.
    EXPECT_NEAR(static_cast<double>(ones) / 1280000.0, 0.5, 0.01);
}

TEST(Id, OlderDocumentsIdsAreNotRandomOnes) {
    EXPECT_FALSE(isRandomId("story-2"));
    EXPECT_FALSE(isRandomId("m3"));
    EXPECT_FALSE(isRandomId("0123456789ABCDEF0123456789abcdef"));  // upper case
    EXPECT_FALSE(isRandomId("0123456789abcdef0123456789abcde"));   // 31 digits
    EXPECT_TRUE(isRandomId("0123456789abcdef0123456789abcdef"));
}

}  // namespace
}  // namespace banmian::layout
