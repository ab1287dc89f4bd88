#include "fonts/FaceMatching.h"

#include <gtest/gtest.h>

namespace banmian::fonts {
namespace {

FaceInfo face(std::string style, int weight, int width = 5, bool italic = false) {
    FaceInfo info;
    info.family = "Test";
    info.style = std::move(style);
    info.weight = weight;
    info.width = width;
    info.italic = italic;
    return info;
}

std::string pick(const std::vector<FaceInfo>& faces, int weight) {
    std::vector<const FaceInfo*> family;
    for (const FaceInfo& f : faces) family.push_back(&f);
    const FaceInfo* picked = pickFace(family, weight);
    return picked ? picked->style : "(none)";
}

TEST(FaceMatching, ExactWeightWins) {
    std::vector<FaceInfo> faces = {face("Light", 300), face("Regular", 400), face("Bold", 700)};
    EXPECT_EQ(pick(faces, 400), "Regular");
    EXPECT_EQ(pick(faces, 700), "Bold");
    EXPECT_EQ(pick(faces, 300), "Light");
}

TEST(FaceMatching, HeavyRequestFallsBackToHeaviestBelowWhenNothingHeavierExists) {
    // 粗宋 asks for Black (900); on a stock install Bold (700) is what it must get, not Regular.
    std::vector<FaceInfo> faces = {face("Regular", 400), face("Bold", 700)};
    EXPECT_EQ(pick(faces, 900), "Bold");
}

TEST(FaceMatching, FollowsCssDirectionRules) {
    std::vector<FaceInfo> faces = {face("Light", 300), face("SemiBold", 600)};
    // 450 looks lighter first (up to 500 there is nothing), so Light, though SemiBold is nearer.
    EXPECT_EQ(pick(faces, 450), "Light");
    // Above 500 looks heavier first.
    EXPECT_EQ(pick(faces, 550), "SemiBold");
    // Below 400 looks lighter first, then heavier.
    EXPECT_EQ(pick(faces, 200), "Light");
    std::vector<FaceInfo> heavyOnly = {face("Bold", 700), face("Medium", 500)};
    EXPECT_EQ(pick(heavyOnly, 300), "Medium");
}

TEST(FaceMatching, NormalWidthBeatsCondensedOfSameWeight) {
    // DejaVu Sans Condensed shares the family "DejaVu Sans"; a plain request must not get it,
    // even when it comes first in scan order.
    std::vector<FaceInfo> faces = {face("Condensed", 400, 3), face("Book", 400, 5)};
    EXPECT_EQ(pick(faces, 400), "Book");
}

TEST(FaceMatching, UprightBeatsItalicOfSameWeight) {
    std::vector<FaceInfo> faces = {face("Oblique", 400, 5, true), face("Book", 400)};
    EXPECT_EQ(pick(faces, 400), "Book");
    // Only italic installed: still better than nothing.
    std::vector<FaceInfo> italicOnly = {face("Oblique", 400, 5, true)};
    EXPECT_EQ(pick(italicOnly, 400), "Oblique");
}

TEST(FaceMatching, EmptyFamilyGivesNothing) {
    EXPECT_EQ(pick({}, 400), "(none)");
}

}  // namespace
}  // namespace banmian::fonts
