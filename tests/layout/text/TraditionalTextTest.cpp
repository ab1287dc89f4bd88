// Traditional Chinese set as Taiwan and Hong Kong set it: their faces' glyph forms, their marks
// centred in the square and kept a full em, with the installed Noto CJK faces.
#include <gtest/gtest.h>
#include <hb.h>

#include <fstream>
#include <sstream>

#include "fonts/FontRegistry.h"
#include "layout/base/Utf8.h"
#include "layout/text/Shape.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {
namespace {

std::string readTestText(const std::string& name) {
    std::ifstream in(std::string(BANMIAN_SOURCE_DIR) + "/tests/data/import/" + name);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The body paragraphs of a test article: the lines indented with a full-width space.
std::vector<std::string> bodyOf(const std::string& file) {
    std::vector<std::string> paragraphs;
    std::istringstream lines(file);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("\u3000\u3000")) paragraphs.push_back(line.substr(6));
    }
    return paragraphs;
}

class TraditionalTextTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_registry = new fonts::FontRegistry(); }
    static void TearDownTestSuite() { delete s_registry; }

    static ParagraphStyle styleFor(Language language) {
        const auto font =
                s_registry->forRole(fonts::FontRole::BookSong, std::nullopt, cjkRegion(language));
        EXPECT_TRUE(font) << font.error;
        ParagraphStyle style;
        style.font = font.id.value_or(fonts::FontId{});
        style.language = language;
        style.indentEms = 0;
        style.composition.justify = false;
        style.alignment = Alignment::Left;
        return style;
    }

    // The glyph HarfBuzz gives `character` shaped alone in `font` in `language`.
    std::uint32_t glyphAlone(const std::string& character, fonts::FontId font, Language language) {
        const ShapedParagraph shaped =
                shapeParagraph(character, font, *s_registry, m_cache,
                               {.latin = std::nullopt, .language = language});
        EXPECT_EQ(shaped.glyphs.size(), 1u) << character;
        return shaped.glyphs.empty() ? 0 : shaped.glyphs.front().glyph;
    }

    // Where the ink of each mark in `text` sits in its em cell, as a share of the em from the
    // cell's left (0.5: centred), for the marks of `marks`; the cell starts at the glyph origin.
    std::vector<std::pair<std::string, double>> inkCentres(const std::string& text,
                                                           Language language,
                                                           std::u32string_view marks) {
        const ParagraphStyle style = styleFor(language);
        const TypesetParagraph p =
                m_typesetter.typeset(text, style, ConstantLineWidth(60 * style.size));
        std::vector<std::pair<std::string, double>> out;
        for (const TypesetLine& line : p.lines) {
            for (const GlyphRun& run : line.runs) {
                const fonts::FontFace& face = s_registry->face(run.font);
                for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
                    std::size_t pos = run.textBegin[g];
                    const char32_t c = utf8::next(text, pos);
                    if (marks.find(c) == std::u32string_view::npos) continue;
                    hb_glyph_extents_t ink{};
                    EXPECT_TRUE(hb_font_get_glyph_extents(face.hbFont(), run.glyphs[g], &ink));
                    const double upem = face.unitsPerEm();
                    out.emplace_back(
                            text.substr(run.textBegin[g], run.textEnd[g] - run.textBegin[g]),
                            (ink.x_bearing + ink.width / 2.0) / upem);
                }
            }
        }
        return out;
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    ShapeCache m_cache;
    Typesetter m_typesetter{*s_registry};
};

TEST_F(TraditionalTextTest, TaiwanAndHongKongAreSetInTheirOwnFaces) {
    const ParagraphStyle tw = styleFor(Language::HantTW);
    const ParagraphStyle hk = styleFor(Language::HantHK);
    EXPECT_EQ(s_registry->face(tw.font).info().family, "Noto Serif CJK TC");
    EXPECT_EQ(s_registry->face(hk.font).info().family, "Noto Serif CJK HK");
    EXPECT_EQ(s_registry->face(styleFor(Language::Hans).font).info().family, "Noto Serif CJK SC");
    // 楷体 has no TC or HK face: it stays LXGW WenKai.
    const auto kai = s_registry->forRole(fonts::FontRole::Kai, std::nullopt, fonts::CjkRegion::TC);
    ASSERT_TRUE(kai) << kai.error;
    EXPECT_EQ(s_registry->face(*kai.id).info().family, "LXGW WenKai");
}

TEST_F(TraditionalTextTest, StopsAndCommasAreCentredInTaiwanAndHongKongAndLowLeftInGb) {
    const std::u32string_view marks = U"，。、：；？！";
    const std::string text = "市長說：「好，走吧。」問道：他來嗎？是的！甲、乙；丙。";
    for (const Language language : {Language::HantTW, Language::HantHK}) {
        const auto centres = inkCentres(text, language, marks);
        ASSERT_GE(centres.size(), 9u);
        for (const auto& [mark, centre] : centres) {
            EXPECT_NEAR(centre, 0.5, 0.08) << mark << " in " << languageTag(language);
        }
    }
    const auto gb = inkCentres("市长说：“好，走吧。”问道：他来吗？是的！甲、乙；丙。",
                               Language::Hans, U"，。、");
    ASSERT_GE(gb.size(), 4u);
    for (const auto& [mark, centre] : gb) EXPECT_LT(centre, 0.35) << mark << " in zh-Hans";
}

TEST_F(TraditionalTextTest, CentredMarksKeepTheirFullEmBesideQuotes) {
    // ，「 and 」？ : GB trims them to 1.5 em; Taiwan and Hong Kong keep 2 em.
    const std::string text = "他說，「好」？對。";
    auto advanceAfter = [&](Language language, const std::string& mark) {
        const ParagraphStyle style = styleFor(language);
        const TypesetParagraph p =
                m_typesetter.typeset(text, style, ConstantLineWidth(60 * style.size));
        const std::size_t at = text.find(mark);
        const GlyphRun& run = p.lines.at(0).runs.at(0);
        for (std::size_t g = 0; g + 1 < run.glyphs.size(); ++g) {
            if (run.textBegin[g] == at) return double(run.x[g + 1] - run.x[g]) / style.size;
        }
        ADD_FAILURE() << "no glyph for " << mark;
        return 0.0;
    };
    EXPECT_DOUBLE_EQ(advanceAfter(Language::HantTW, "，"), 1.0);
    EXPECT_DOUBLE_EQ(advanceAfter(Language::HantHK, "」"), 1.0);
    EXPECT_DOUBLE_EQ(advanceAfter(Language::Hans, "，"), 0.5);
}

TEST_F(TraditionalTextTest, TaiwanTextHasNoSimplifiedGlyphForms) {
    const std::vector<std::string> paragraphs = bodyOf(readTestText("taiwan-news.txt"));
    ASSERT_GE(paragraphs.size(), 4u);
    const ParagraphStyle tw = styleFor(Language::HantTW);
    const ParagraphStyle sc = styleFor(Language::Hans);
    int checked = 0, differFromMainland = 0;
    for (const std::string& text : paragraphs) {
        const TypesetParagraph p = m_typesetter.typeset(text, tw, ConstantLineWidth(20 * tw.size));
        for (const TypesetLine& line : p.lines) {
            for (const GlyphRun& run : line.runs) {
                EXPECT_EQ(s_registry->face(run.font).info().family, "Noto Serif CJK TC");
                for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
                    const std::string character =
                            text.substr(run.textBegin[g], run.textEnd[g] - run.textBegin[g]);
                    EXPECT_EQ(run.glyphs[g], glyphAlone(character, tw.font, Language::HantTW))
                            << character;
                    ++checked;
                }
            }
        }
    }
    EXPECT_GT(checked, 300);
    // The forms that tell Taiwan's 說 過 骨 from the mainland's.
    for (const std::string character : {"說", "過", "骨", "，", "。"}) {
        if (glyphAlone(character, tw.font, Language::HantTW) !=
            glyphAlone(character, sc.font, Language::Hans)) {
            ++differFromMainland;
        }
    }
    EXPECT_GE(differFromMainland, 4);
}

}  // namespace
}  // namespace banmian::layout
