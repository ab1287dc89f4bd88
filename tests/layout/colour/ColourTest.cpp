// Colours as the page takes them, and as the screen shows them through the output profile.
#include "layout/colour/Colour.h"

#include <gtest/gtest.h>

#include "layout/colour/SoftProof.h"

namespace banmian::layout {
namespace {

const Swatch kRed{"报头红", "PANTONE 485 C", {0, 0.95, 1, 0}};
const Swatch kBlue{"浅蓝", "", {0.15, 0, 0, 0}};
const Swatch kRich{"深底", "", {1, 1, 1, 1}};

TEST(Colour, SaysWhichColoursOverprintAndWhichAreFragileOnNewsprint) {
    EXPECT_TRUE(Colour::black().isBlack());
    EXPECT_FALSE(Colour::of({"灰", "", {0, 0, 0, 1}}, 50).isBlack());  // a tint knocks out
    EXPECT_TRUE(Colour::paper().isPaper());
    EXPECT_TRUE(Colour::of(kRed, 0).isPaper());
    // One solid ink holds fine lines; a tint (a screen) or several inks (register) do not.
    EXPECT_FALSE(Colour::of(kRed).fragileWhenFine());
    EXPECT_FALSE(Colour::black().fragileWhenFine());
    EXPECT_TRUE(Colour::of(kRed, 60).fragileWhenFine());
    EXPECT_TRUE(Colour::of({"四色红", "", {0, 1, 1, 0}}).fragileWhenFine());
    EXPECT_TRUE(Colour::of(kBlue).fragileWhenFine());  // 15 % cyan is a screen
    EXPECT_DOUBLE_EQ(Colour::of(kRich).totalInk(), 400);
    EXPECT_DOUBLE_EQ(Colour::of(kRed, 40).totalInk(), 40);  // a spot ink is one ink
    EXPECT_EQ(Colour::of(kRed, 40).describe(), "报头红 (PANTONE 485 C) 40 %");
    EXPECT_EQ(Colour::black().describe(), "C0 M0 Y0 K100");
    EXPECT_EQ(colourOf({kRed, kBlue}, {"浅蓝", 50}).cmyk[0], 0.15);
    EXPECT_TRUE(colourOf({kRed}, {"gone", 100}).isBlack());
}

TEST(SoftProof, ShowsInksAsTheOutputProfilePrintsThem) {
    auto proof = SoftProof::create({});
    ASSERT_TRUE(proof.ok()) << proof.error().message;
    const SoftProof& screen = *proof.value();
    const Rgb8 paper = screen.rgb(Colour::paper());
    EXPECT_GE(paper[0], 250);  // relative colorimetric: the paper is the screen's white
    EXPECT_GE(paper[1], 250);
    EXPECT_GE(paper[2], 250);
    const Rgb8 red = screen.rgb(Colour::of(kRed));
    EXPECT_GT(red[0], 180);
    EXPECT_LT(red[1], 90);
    EXPECT_LT(red[2], 90);
    // Newsprint's black is not the screen's: 100 K alone prints a dark grey, lighter than the
    // four inks together.
    const Rgb8 black = screen.rgb(Colour::black());
    const Rgb8 rich = screen.rgb(Colour::of(kRich));
    EXPECT_LT(black[0], 90);
    EXPECT_LT(rich[0] + rich[1] + rich[2], black[0] + black[1] + black[2]);
    // A tint is lighter than its solid, and a colour asked again is the same.
    const Rgb8 pale = screen.rgb(Colour::of(kRed, 30));
    EXPECT_GT(pale[1], red[1] + 60);
    EXPECT_EQ(screen.rgb(Colour::of(kRed)), red);
    // A profile that is no CMYK output profile is refused, not guessed at.
    EXPECT_FALSE(SoftProof::create("not a profile").ok());
}

}  // namespace
}  // namespace banmian::layout
