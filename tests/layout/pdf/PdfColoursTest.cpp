// The page's colours as PDF operators: spot inks as /Separation once per file, black overprinting
// and every other colour knocking out, nothing said twice.
#include "layout/pdf/PdfColours.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

const Swatch kRed{"报头红", "PANTONE 485 C", {0, 0.95, 1, 0}};

TEST(PdfColours, WritesSpotInksOnceAndOverprintsOnlyBlack) {
    PdfDocument pdf;
    PdfColours colours(pdf);
    EXPECT_EQ(colours.fill(Colour::black()), "/GSOver gs 0 0 0 1 k ");
    EXPECT_EQ(colours.fill(Colour::black()), "");  // in force already
    const std::string red = colours.fill(Colour::of(kRed));
    EXPECT_EQ(red.rfind("/GSKnock gs /CS", 0), 0u) << red;
    EXPECT_NE(red.find(" cs 1 scn"), std::string::npos) << red;
    const std::string half = colours.fill(Colour::of(kRed, 50));
    EXPECT_EQ(half.rfind("/CS", 0), 0u) << half;  // knocking out already
    EXPECT_NE(half.find(" cs 0.5 scn"), std::string::npos) << half;
    // Reversed text knocks out: overprinted, white would print nothing at all.
    EXPECT_EQ(colours.fill(Colour::paper()), "0 0 0 0 k ");  // still knocking out
    EXPECT_EQ(colours.stroke(Colour::black()), "/GSOver gs 0 0 0 1 K ");
    // One colour space for the ink however often it is used, named in the page's resources.
    const std::string spaces = colours.colourSpaceResources();
    EXPECT_EQ(spaces.find("/CS"), 0u);
    EXPECT_EQ(spaces.find("/CS", 1), std::string::npos) << spaces;
    const std::string states = colours.graphicsStateResources();
    EXPECT_NE(states.find("/GSOver "), std::string::npos);
    EXPECT_NE(states.find("/GSKnock "), std::string::npos);
    colours.forget();
    EXPECT_EQ(colours.fill(Colour::black()), "/GSOver gs 0 0 0 1 k ");
}

TEST(PdfColours, NamesInksAsPdfNamesMust) {
    EXPECT_EQ(pdfName("PANTONE 485 C"), "/PANTONE#20485#20C");
    EXPECT_EQ(pdfName("A/B(C)#"), "/A#2FB#28C#29#23");
    EXPECT_EQ(pdfName("红"), "/#E7#BA#A2");
}

}  // namespace
}  // namespace banmian::layout
