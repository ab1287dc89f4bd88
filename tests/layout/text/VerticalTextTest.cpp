// Vertical composition (竖排) with the installed fonts: which characters stand upright, which are
// turned and which stand across the line, and where the glyphs are drawn in a line's em squares.
#include <gtest/gtest.h>
#include <hb.h>

#include "layout/text/Orientation.h"
#include "layout/text/Shape.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {
namespace {

using O = GlyphOrientation;

TEST(Orientation, SetsHanUprightLatinTurnedAndTwoDigitsAcross) {
    const std::string text = "共12个ChatGPT于2024年第3版";
    const std::vector<OrientationRun> runs = orientationRuns(text);
    std::vector<std::pair<std::string, O>> got;
    for (const OrientationRun& run : runs)
        got.push_back({text.substr(run.begin, run.end - run.begin), run.orientation});
    const std::vector<std::pair<std::string, O>> want = {
            {"共", O::Upright},       {"12", O::Across},  {"个", O::Upright},
            {"ChatGPT", O::Sideways}, {"于", O::Upright}, {"2024", O::Sideways},
            {"年第", O::Upright},     {"3", O::Across},   {"版", O::Upright}};
    EXPECT_EQ(got, want);
}

TEST(Orientation, GivesTheDashItsVerticalFormAtTheSameOffsets) {
    const std::string text = "他说——好";
    const std::string vertical = verticalForms(text);
    EXPECT_EQ(vertical, "他说︱︱好");
    EXPECT_EQ(vertical.size(), text.size());
}

class VerticalText : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_registry = new fonts::FontRegistry(); }
    static void TearDownTestSuite() { delete s_registry; }

    TypesetParagraph set(const std::string& text, LayoutUnit length,
                         Language language = Language::Hans) {
        ParagraphStyle style;
        const auto font =
                s_registry->forRole(fonts::FontRole::BookSong, std::nullopt, cjkRegion(language));
        EXPECT_TRUE(font) << font.error;
        style.font = *font.id;
        style.language = language;
        style.vertical = true;
        return m_typesetter.typeset(text, style, ConstantLineWidth(length));
    }

    // The centre of a glyph's ink from its character box's top-centre: across (right +) and
    // down the line.
    static std::pair<double, double> inkCentre(const GlyphRun& run, std::size_t g,
                                               LayoutUnit axisRise) {
        const fonts::FontFace& face = s_registry->face(run.font);
        hb_glyph_extents_t e{};
        hb_font_get_glyph_extents(face.hbFont(), run.glyphs[g], &e);
        const double scale = toPoints(run.size) / face.unitsPerEm();
        const double across =
                toPoints(run.rise[g] - axisRise) + (e.x_bearing + e.width / 2.0) * scale;
        const double down =
                toPoints(run.x[g] - run.cell[g]) - (e.y_bearing + e.height / 2.0) * scale;
        return {across, down};
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    Typesetter m_typesetter{*s_registry};
    const LayoutUnit em = fromPoints(9);
};

TEST_F(VerticalText, StandsIdeographsInEmSquaresDownTheLineAfterTheIndent) {
    const auto p = set("上海市第一届职业技能大赛", 8 * em);
    ASSERT_TRUE(p.vertical);
    ASSERT_EQ(p.lines.size(), 2u);
    EXPECT_EQ(p.lines[0].baseline, em / 2);  // the line's centre, half an em from the right
    EXPECT_EQ(p.lines[1].baseline, fromPoints(12.5) + em / 2);
    const GlyphRun& run = p.lines[0].runs.at(0);
    ASSERT_EQ(run.orientation, O::Upright);
    ASSERT_EQ(run.glyphs.size(), 6u);
    for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
        EXPECT_EQ(run.cell[g], 2 * em + static_cast<LayoutUnit>(g) * em);  // after the indent
        // Drawn from its horizontal origin: half an em left of the centre, 0.88 em down.
        EXPECT_EQ(run.rise[g], -em / 2);
        EXPECT_NEAR(run.x[g], run.cell[g] + em * 88 / 100, 1);
    }
}

TEST_F(VerticalText, TurnsLatinAndSetsTwoDigitsAcrossInOneEm) {
    const std::string text = "共有12个ChatGPT";
    const auto p = set(text, 30 * em);
    ASSERT_EQ(p.lines.size(), 1u);
    std::vector<O> orientations;
    for (const GlyphRun& run : p.lines[0].runs) {
        orientations.push_back(run.orientation);
        if (run.orientation == O::Across) {
            ASSERT_EQ(run.glyphs.size(), 2u);
            EXPECT_EQ(run.cell[0], run.cell[1]);  // one square
            // Half widths, two to the em, centred across the line.
            EXPECT_EQ(run.rise[0], -em / 2);
            EXPECT_EQ(run.rise[1], 0);
        }
    }
    EXPECT_EQ(orientations, (std::vector<O>{O::Upright, O::Across, O::Upright, O::Sideways}));
    // 个 follows the digits' square a whole em on (no Han–Latin gap: they are one character).
    const GlyphRun& digits = p.lines[0].runs[1];
    const GlyphRun& after = p.lines[0].runs[2];
    EXPECT_EQ(after.cell[0], digits.cell[0] + em);
}

// GB/T 15834 for vertical text: the full stop and comma in the upper right of their square in
// simplified Chinese; centred in Taiwan's and Hong Kong's.
TEST_F(VerticalText, PutsStopsUpperRightInSimplifiedAndCentresThemInTraditional) {
    for (const Language language : {Language::Hans, Language::HantTW, Language::HantHK}) {
        const auto p = set("我们说，好。", 20 * em, language);
        ASSERT_EQ(p.lines.size(), 1u);
        const LayoutUnit axisRise = 0;
        int marks = 0;
        for (const GlyphRun& run : p.lines[0].runs) {
            for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
                const bool mark = run.textBegin[g] == 9 || run.textBegin[g] == 15;  // ，。
                if (!mark) continue;
                ++marks;
                const auto [across, down] = inkCentre(run, g, axisRise);
                const double half = toPoints(em) / 2;
                if (language == Language::Hans) {
                    EXPECT_GT(across, 0.2 * half) << "right of the centre";
                    EXPECT_LT(down, 0.6 * half) << "in the upper half";
                } else {
                    EXPECT_NEAR(across, 0, 0.15 * half) << languageTag(language);
                    EXPECT_NEAR(down, half, 0.15 * half) << languageTag(language);
                }
            }
        }
        EXPECT_EQ(marks, 2) << languageTag(language);
    }
}

}  // namespace
}  // namespace banmian::layout
