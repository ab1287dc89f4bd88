// Faces loaded from the installed fonts: metrics, glyphs, outlines, the registry's ids and chains,
// and font fallback by coverage.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include <hb.h>

#include "fonts/FontRegistry.h"
#include "fonts/Itemize.h"

namespace banmian::fonts {
namespace {

namespace fs = std::filesystem;

class FontFaceTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_registry = new FontRegistry(); }
    static void TearDownTestSuite() { delete s_registry; }
    static FontId role(FontRole r) {
        const FontIdResult id = s_registry->forRole(r);
        EXPECT_TRUE(id) << id.error;
        return id ? *id.id : FontId{};
    }
    static inline FontRegistry* s_registry = nullptr;
};

TEST_F(FontFaceTest, LoadsNotoSerifCjkScWithItsEmBox) {
    const FontFace& face = s_registry->face(role(FontRole::BookSong));
    EXPECT_EQ(face.info().family, "Noto Serif CJK SC");
    EXPECT_EQ(face.unitsPerEm(), 1000);
    // The ideographic em box from the BASE table: one em tall, 880 above the baseline.
    EXPECT_EQ(face.metrics().ideoEmBoxTop, 880);
    EXPECT_EQ(face.metrics().ideoEmBoxBottom, -120);
    const std::uint32_t han = face.glyphFor(U'汉');
    ASSERT_NE(han, 0u);
    EXPECT_EQ(face.advance(han), 1000);
    EXPECT_EQ(face.glyphFor(U'\U0010FFFD'), 0u);
}

TEST_F(FontFaceTest, GivesOutlinesInsideTheEmBox) {
    const FontFace& face = s_registry->face(role(FontRole::BookSong));
    const GlyphOutline outline = face.outline(face.glyphFor(U'汉'));
    std::size_t contours = 0;
    for (const OutlineCommand& c : outline.commands) {
        contours += c.verb == OutlineCommand::Verb::Move;
        for (int i = 0; i < 3; ++i) {
            EXPECT_GE(c.x[i], -50);
            EXPECT_LE(c.x[i], 1050);
            EXPECT_GE(c.y[i], -170);
            EXPECT_LE(c.y[i], 930);
        }
    }
    EXPECT_GE(contours, 3u);  // 氵 alone has three strokes
    EXPECT_EQ(outline.commands.back().verb, OutlineCommand::Verb::Close);
}

TEST_F(FontFaceTest, LoadsEachFaceOnce) {
    const FontId a = role(FontRole::BookSong);
    const FontId b = role(FontRole::Song);  // the same face under another role
    EXPECT_EQ(a, b);
    EXPECT_NE(role(FontRole::Kai), a);
    EXPECT_EQ(s_registry->face(role(FontRole::Kai)).info().family, "LXGW WenKai");
}

TEST_F(FontFaceTest, FallsBackToAnotherFaceForWhatTheFirstLacks) {
    const FontId kai = role(FontRole::Kai);
    std::vector<FontId> chain;
    for (std::size_t i = 0; const auto id = s_registry->fallback(kai, i); ++i) chain.push_back(*id);
    ASSERT_GE(chain.size(), 3u);
    EXPECT_EQ(chain[0], kai);
    EXPECT_EQ(s_registry->face(chain[1]).info().family, "Noto Serif CJK SC");
    EXPECT_EQ(s_registry->face(chain[2]).info().family, "Noto Sans CJK SC");
    // Find a character WenKai lacks and Noto Serif CJK SC has, by asking the faces themselves.
    const FontFace& wenkai = s_registry->face(kai);
    const FontFace& serif = s_registry->face(chain[1]);
    char32_t lacking = 0;
    for (char32_t c = 0x3400; c < 0x4DBF && !lacking; ++c) {
        if (!wenkai.covers(c) && serif.covers(c)) lacking = c;
    }
    ASSERT_NE(lacking, 0u) << "WenKai covers all of CJK Extension A here";
    std::string text = "汉字";
    char buffer[5] = {};
    const auto cp = static_cast<std::uint32_t>(lacking);  // UTF-8 of a BMP character: 3 bytes
    buffer[0] = static_cast<char>(0xE0 | (cp >> 12));
    buffer[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buffer[2] = static_cast<char>(0x80 | (cp & 0x3F));
    text += buffer;
    text += "字";
    const Itemization items = itemizeByCoverage(text, kai, *s_registry);
    ASSERT_EQ(items.runs.size(), 3u);
    EXPECT_EQ(items.runs[0].font, kai);
    EXPECT_EQ(items.runs[1].font, chain[1]);
    EXPECT_EQ(items.runs[1].begin, 6u);
    EXPECT_EQ(items.runs[2].font, kai);
    EXPECT_TRUE(items.missing.empty());
}

TEST_F(FontFaceTest, ReportsWhatNoFaceHasAndKeepsSpacesWithTheirRun) {
    const FontId song = role(FontRole::BookSong);
    const std::string text = "汉 A\U0010FFFD。";
    const Itemization items = itemizeByCoverage(text, song, *s_registry);
    ASSERT_EQ(items.missing.size(), 1u);
    EXPECT_EQ(items.missing[0].codePoint, U'\U0010FFFD');
    EXPECT_EQ(items.missing[0].offset, 5u);
    std::size_t covered = 0;
    for (const FontRun& run : items.runs) {
        EXPECT_EQ(run.begin, covered);
        covered = run.end;
    }
    EXPECT_EQ(covered, text.size());
}

TEST_F(FontFaceTest, NamesThePackageOfAMissingFamily) {
    const FontIdResult missing = s_registry->forFamily("Noto Sans CJK XX");
    EXPECT_FALSE(missing);
    EXPECT_NE(missing.error.find("Noto Sans CJK XX"), std::string::npos);
}

TEST_F(FontFaceTest, FallbackChainHasOneFacePerFileAtThePrimarysWeight) {
    const FontId song = role(FontRole::BookSong);
    std::set<fs::path> files;
    for (std::size_t i = 0; const auto id = s_registry->fallback(song, i); ++i) {
        const FaceInfo& info = s_registry->face(*id).info();
        // A collection's faces share their glyphs: a second one would add no coverage, only
        // another megabyte of FreeType state when a character no face has loads the whole chain.
        EXPECT_TRUE(files.insert(info.path).second) << info.path << " face " << info.faceIndex;
        EXPECT_FALSE(info.italic) << info.family;
    }
    // A bold headline falls back to bold faces, not to regular ones that would show.
    const FontId bold = role(FontRole::BoldSong);
    const std::optional<FontId> boldFallback = s_registry->fallback(bold, 1);
    ASSERT_TRUE(boldFallback);
    EXPECT_EQ(s_registry->face(*boldFallback).info().family, "Noto Sans CJK SC");
    EXPECT_EQ(s_registry->face(*boldFallback).info().weight, 700);
}

TEST_F(FontFaceTest, SymbolInBodyTextComesFromARegularFace) {
    const FontId song = role(FontRole::BookSong);
    ASSERT_FALSE(s_registry->face(song).covers(U'😀'));
    const Itemization items = itemizeByCoverage("汉😀", song, *s_registry);
    ASSERT_EQ(items.runs.size(), 2u);
    const FontFace& symbol = s_registry->face(items.runs[1].font);
    EXPECT_TRUE(symbol.covers(U'😀')) << symbol.info().family;
    EXPECT_EQ(symbol.info().weight, 400) << symbol.info().family << " " << symbol.info().style;
    EXPECT_TRUE(items.missing.empty());
}

TEST_F(FontFaceTest, IllFormedUtf8IsAReplacementCharacterPerMaximalSubpart) {
    const FontId song = role(FontRole::BookSong);
    ASSERT_FALSE(s_registry->face(song).covers(U'\uFFFD'));
    // An overlong '/' (C0 AF) is two ill-formed bytes, never a slash; a surrogate (ED A0 80) is
    // three, never U+D800; 字 cut after two bytes is one.
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE5\xAD"}) {
        SCOPED_TRACE(bad.size());
        const std::string text = "汉" + bad + "字";
        const Itemization items = itemizeByCoverage(text, song, *s_registry);
        ASSERT_EQ(items.runs.size(), 3u);
        EXPECT_EQ(items.runs[1].begin, 3u);
        EXPECT_EQ(items.runs[1].end, 3u + bad.size());
        EXPECT_TRUE(s_registry->face(items.runs[1].font).covers(U'\uFFFD'));
        for (const MissingCharacter& m : items.missing) {
            ADD_FAILURE() << "reported U+" << std::hex << std::uint32_t(m.codePoint);
        }
    }
}

TEST_F(FontFaceTest, EmptyFontFileSaysSo) {
    char path[] = "/tmp/banmian-empty-XXXXXX.ttf";
    const int fd = mkstemps(path, 4);
    ASSERT_GE(fd, 0);
    close(fd);
    FaceInfo info;
    info.path = path;
    std::string error;
    errno = 0;
    EXPECT_EQ(FontFace::load(info, error), nullptr);
    EXPECT_EQ(error, std::string("cannot read font file ") + path + ": the file is empty");
    std::remove(path);
}

}  // namespace
}  // namespace banmian::fonts
