#include "fonts/FontCatalog.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ft2build.h>
#include FT_FREETYPE_H

namespace banmian::fonts {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// The project's fonts come from the Debian packages the setup command installs (DESIGN.md §3);
// these tests read them where Debian puts them.
const fs::path kNotoSerifRegular = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
const fs::path kWenKaiRegular = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";

const FontCatalog& systemCatalog() {
    static const FontCatalog catalog;
    return catalog;
}

// What FreeType itself says the face at (path, index) is called, independent of the catalog.
std::string freetypeFamily(const FaceInfo& face) {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) return "(FreeType init failed)";
    std::string family = "(cannot open)";
    FT_Face ftFace = nullptr;
    if (FT_New_Face(library, face.path.c_str(), face.faceIndex, &ftFace) == 0) {
        family = ftFace->family_name ? ftFace->family_name : "(null)";
        FT_Done_Face(ftFace);
    }
    FT_Done_FreeType(library);
    return family;
}

bool sameFace(const FaceInfo& a, const FaceInfo& b) {
    return a.path == b.path && a.faceIndex == b.faceIndex;
}

class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "banmian-fonts-XXXXXX").string();
        m_path = mkdtemp(pattern.data()) ? fs::path(pattern) : fs::path();
    }
    ~TempDir() {
        std::error_code ec;
        if (!m_path.empty()) fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }

    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(m_path / name, std::ios::binary) << bytes;
    }
    // The first `count` bytes of `source`, as a download cut short would leave them.
    void writePrefix(const std::string& name, const fs::path& source, std::size_t count) const {
        std::ifstream in(source, std::ios::binary);
        std::string bytes(count, '\0');
        in.read(bytes.data(), static_cast<std::streamsize>(count));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
        write(name, bytes);
    }

private:
    fs::path m_path;
};

TEST(FontCatalog, PicksSimplifiedChineseFaceFromNotoCollectionByName) {
    FaceResult result = systemCatalog().find("Noto Serif CJK SC", 400);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(result.face->path, kNotoSerifRegular);
    // Debian's collection holds JP, KR, SC, TC, HK in that order: index 0 would be the Japanese
    // face, whose glyphs for the same code points differ from mainland forms.
    EXPECT_EQ(result.face->faceIndex, 2);
    EXPECT_EQ(freetypeFamily(*result.face), "Noto Serif CJK SC");
    EXPECT_EQ(result.face->family, "Noto Serif CJK SC");

    FaceResult sans = systemCatalog().find("Noto Sans CJK SC", 400);
    ASSERT_TRUE(sans) << sans.error;
    EXPECT_EQ(freetypeFamily(*sans.face), "Noto Sans CJK SC");
}

TEST(FontCatalog, BoldAndRegularAreDifferentFacesWithTheirWeights) {
    FaceResult regular = systemCatalog().find("Noto Serif CJK SC", 400);
    FaceResult bold = systemCatalog().find("Noto Serif CJK SC", 700);
    ASSERT_TRUE(regular) << regular.error;
    ASSERT_TRUE(bold) << bold.error;
    EXPECT_FALSE(sameFace(*regular.face, *bold.face));
    EXPECT_EQ(regular.face->weight, 400);
    EXPECT_EQ(bold.face->weight, 700);
    EXPECT_EQ(bold.face->style, "Bold");
    EXPECT_EQ(freetypeFamily(*bold.face), "Noto Serif CJK SC");
}

TEST(FontCatalog, ChineseFamilyNameFindsTheSameFaceAsTheEnglishOne) {
    FaceResult english = systemCatalog().find("LXGW WenKai", 400);
    FaceResult chinese = systemCatalog().find("霞鹜文楷", 400);
    ASSERT_TRUE(english) << english.error;
    ASSERT_TRUE(chinese) << chinese.error;
    EXPECT_TRUE(sameFace(*english.face, *chinese.face));
    EXPECT_EQ(english.face->path, kWenKaiRegular);
    EXPECT_EQ(english.face->chineseFamily, "霞鹜文楷");

    // Noto CJK's zh-CN name record repeats the English name; it still has to be recorded.
    FaceResult noto = systemCatalog().find("Noto Serif CJK SC", 700);
    ASSERT_TRUE(noto) << noto.error;
    EXPECT_EQ(noto.face->chineseFamily, "Noto Serif CJK SC");
}

TEST(FontCatalog, FamilyMatchIgnoresCase) {
    FaceResult typed = systemCatalog().find("noto serif cjk sc", 700);
    FaceResult exact = systemCatalog().find("Noto Serif CJK SC", 700);
    ASSERT_TRUE(typed) << typed.error;
    ASSERT_TRUE(exact) << exact.error;
    EXPECT_TRUE(sameFace(*typed.face, *exact.face));
}

TEST(FontCatalog, WeightsOfOneFamilyShareItsTypographicName) {
    // LXGW WenKai Light declares the legacy family "LXGW WenKai Light"; it must still be a weight
    // of "LXGW WenKai", and the Mono family must not be mixed in.
    FaceResult light = systemCatalog().find("LXGW WenKai", 300);
    ASSERT_TRUE(light) << light.error;
    EXPECT_EQ(light.face->weight, 300);
    EXPECT_EQ(light.face->path.filename(), "LXGWWenKai-Light.ttf");
    FaceResult byLegacyName = systemCatalog().find("LXGW WenKai Light", 400);
    ASSERT_TRUE(byLegacyName) << byLegacyName.error;
    EXPECT_TRUE(sameFace(*light.face, *byLegacyName.face));
}

TEST(FontCatalog, RecordsCjkCoverage) {
    FaceResult noto = systemCatalog().find("Noto Serif CJK SC", 400);
    ASSERT_TRUE(noto) << noto.error;
    EXPECT_TRUE(noto.face->coversCjk);
    // DejaVu comes with fontconfig on Debian; it has no Chinese glyphs.
    FaceResult dejavu = systemCatalog().find("DejaVu Sans", 400);
    ASSERT_TRUE(dejavu) << dejavu.error;
    EXPECT_FALSE(dejavu.face->coversCjk);
    EXPECT_FALSE(dejavu.face->italic);
    EXPECT_EQ(dejavu.face->path.filename(), "DejaVuSans.ttf");
}

TEST(FontCatalog, EveryRoleResolvesToAChineseFaceOfItsFamily) {
    for (FontRole role : kFontRoles) {
        SCOPED_TRACE(std::string(chineseName(role)));
        FaceResult result = systemCatalog().faceForRole(role);
        ASSERT_TRUE(result) << result.error;
        EXPECT_EQ(result.face->family, roleFont(role).family);
        EXPECT_TRUE(result.face->coversCjk);
        EXPECT_FALSE(result.face->italic);
    }
    EXPECT_EQ(systemCatalog().faceForRole(FontRole::BookSong).face->weight, 400);
    EXPECT_GE(systemCatalog().faceForRole(FontRole::BoldSong).face->weight, 700);
    EXPECT_EQ(systemCatalog().faceForRole(FontRole::Kai).face->path, kWenKaiRegular);
}

TEST(FontCatalog, RoleTakesAnInstalledWeightOnRequest) {
    FaceResult boldHei = systemCatalog().faceForRole(FontRole::Hei, 700);
    ASSERT_TRUE(boldHei) << boldHei.error;
    EXPECT_EQ(boldHei.face->weight, 700);
    EXPECT_EQ(freetypeFamily(*boldHei.face), "Noto Sans CJK SC");
    FaceResult regularHei = systemCatalog().faceForRole(FontRole::Hei);
    ASSERT_TRUE(regularHei) << regularHei.error;
    EXPECT_EQ(regularHei.face->weight, 400);
}

TEST(FontCatalog, MissingFontNamesTheFamilyAndItsPackage) {
    TempDir empty;
    FontCatalog catalog({empty.path()});
    FaceResult kai = catalog.faceForRole(FontRole::Kai);
    EXPECT_FALSE(kai);
    EXPECT_EQ(kai.error,
              "font 'LXGW WenKai' (楷体) is not installed: install the Debian package "
              "fonts-lxgw-wenkai");
    FaceResult song = catalog.faceForRole(FontRole::BookSong);
    EXPECT_EQ(song.error,
              "font 'Noto Serif CJK SC' (书宋) is not installed: install the Debian package "
              "fonts-noto-cjk");
    FaceResult hei = catalog.find("Noto Sans CJK SC", 700);
    EXPECT_EQ(
            hei.error,
            "font 'Noto Sans CJK SC' is not installed: install the Debian package fonts-noto-cjk");
    FaceResult unknown = catalog.find("Founder BookSong");
    EXPECT_EQ(unknown.error, "font 'Founder BookSong' is not installed");
}

TEST(FontCatalog, BoldSongWithoutABoldFaceIsAnErrorNotRegularText) {
    TempDir dir;
    fs::create_symlink(kNotoSerifRegular, dir.path() / "NotoSerifCJK-Regular.ttc");
    FontCatalog catalog({dir.path()});
    ASSERT_TRUE(catalog.faceForRole(FontRole::Song)) << catalog.faceForRole(FontRole::Song).error;
    FaceResult bold = catalog.faceForRole(FontRole::BoldSong);
    EXPECT_FALSE(bold);
    EXPECT_THAT(bold.error, HasSubstr("'Noto Serif CJK SC'"));
    EXPECT_THAT(bold.error, HasSubstr("粗宋"));
    EXPECT_THAT(bold.error, HasSubstr("fonts-noto-cjk"));
}

TEST(FontCatalog, SkipsBrokenFilesAndKeepsTheGoodOnes) {
    TempDir dir;
    dir.write("README.txt", "not a font, and not named like one\n");
    dir.write("garbage.ttf", "this is text with a font's name\n");
    // Cut inside 'glyf': FreeType still opens this and quietly drops the missing tables.
    dir.writePrefix("truncated.ttf", kWenKaiRegular, 1'000'000);
    // Cut inside the collection's first face.
    dir.writePrefix("truncated.ttc", kNotoSerifRegular, 5'000);
    dir.write("empty.otf", "");
    fs::create_directory(dir.path() / "sub");
    fs::create_symlink(kWenKaiRegular, dir.path() / "sub" / "LXGWWenKai-Regular.ttf");
    // A link back up must not make the scan loop forever or list the font twice.
    fs::create_directory_symlink(dir.path(), dir.path() / "sub" / "loop");

    FontCatalog catalog({dir.path()});

    ASSERT_EQ(catalog.faces().size(), 1u);
    EXPECT_EQ(catalog.faces()[0].family, "LXGW WenKai");
    EXPECT_TRUE(catalog.find("霞鹜文楷"));

    std::vector<std::string> skipped;
    for (const SkippedFile& file : catalog.skipped()) {
        skipped.push_back(file.path.filename().string());
        EXPECT_FALSE(file.reason.empty());
    }
    EXPECT_THAT(skipped, ::testing::UnorderedElementsAre("garbage.ttf", "truncated.ttf",
                                                         "truncated.ttc", "empty.otf"));
    for (const SkippedFile& file : catalog.skipped()) {
        if (file.path.filename() == "truncated.ttf") {
            EXPECT_THAT(file.reason, HasSubstr("past the end of the file"));
        }
    }
}

TEST(FontCatalog, MissingDirectoryIsNotAnError) {
    FontCatalog catalog({"/nonexistent/banmian/fonts"});
    EXPECT_TRUE(catalog.faces().empty());
    EXPECT_TRUE(catalog.skipped().empty());
}

TEST(FontCatalog, BanmianFontPathNamesTheFoldersInsteadOfTheSystems) {
    ::setenv("BANMIAN_FONT_PATH", "/srv/newsroom/fonts::/opt/fonts", 1);
    const auto named = FontCatalog::defaultDirectories();
    ::unsetenv("BANMIAN_FONT_PATH");
    EXPECT_EQ(named, (std::vector<std::filesystem::path>{"/srv/newsroom/fonts", "/opt/fonts"}));
    const auto system = FontCatalog::defaultDirectories();
    ASSERT_FALSE(system.empty());
    EXPECT_EQ(system.front(), "/usr/share/fonts");
}

}  // namespace
}  // namespace banmian::fonts
