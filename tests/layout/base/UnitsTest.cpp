#include "layout/base/Units.h"

#include <gtest/gtest.h>

#include "layout/base/TypeSizes.h"

namespace banmian::layout {
namespace {

TEST(Units, ReadsLengthsInPointsMillimetresAndEms) {
    EXPECT_EQ(parseLength("117pt", 576), fromPoints(117));
    EXPECT_EQ(parseLength("13em", fromPoints(9)), fromPoints(117));
    EXPECT_NEAR(toMillimetres(*parseLength("41.3mm", 0)), 41.3, 0.01);
    EXPECT_FALSE(parseLength("wide", 0));
    EXPECT_FALSE(parseLength("12", 0));         // a length needs its unit
    EXPECT_FALSE(parseLength("99999999999pt", 0));  // no overflow into a small number
    EXPECT_FALSE(parseLength("99999999em", fromPoints(9)));
}

TEST(Units, ReadsTypeSizesByTheirHaoName) {
    EXPECT_EQ(parseTypeSize("小五"), fromPoints(9));
    EXPECT_EQ(parseTypeSize("五号"), fromPoints(10.5));
    EXPECT_EQ(parseTypeSize("9"), fromPoints(9));
    EXPECT_FALSE(parseTypeSize("大号"));
    EXPECT_FALSE(parseTypeSize("13em"));
}

}  // namespace
}  // namespace banmian::layout
