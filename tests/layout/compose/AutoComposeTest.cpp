// The seed page auto-composed on a broadsheet: every story placed, nothing overlapping, nothing
// overset, every body baseline on the line grid.
#include "layout/compose/AutoCompose.h"

#include <ostream>

#include <gtest/gtest.h>

#include <set>
#include <stop_token>

#include "layout/compose/PageFurniture.h"
#include "layout/flow/PageFlow.h"
#include "layout/import/ArticleImporter.h"

namespace banmian::layout {
namespace {

class AutoComposeTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        auto imported =
                importArticleFile(std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt");
        ASSERT_TRUE(imported.ok());
        s_stories = imported.value().stories;
        auto styles = flowStyles(StyleSheet::defaults(), *s_registry);
        ASSERT_TRUE(styles.ok()) << styles.error().message;
        s_styles = new FlowStyles(std::move(styles).value());
    }
    static void TearDownTestSuite() {
        delete s_styles;
        delete s_registry;
    }

    Page compose() {
        return autoCompose(s_stories, pageGrid(PagePreset::Broadsheet),
                           {"报名", "2023年6月30日", "", ""}, *s_styles, m_typesetter);
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline FlowStyles* s_styles = nullptr;
    static inline std::vector<Story> s_stories;
    Typesetter m_typesetter{*s_registry};
};

TEST_F(AutoComposeTest, PlacesEveryStoryOnceWithoutOverlap) {
    const Page page = compose();
    std::vector<int> placed(s_stories.size(), 0);
    for (const Block& b : page.blocks) {
        if (const auto story = storyIndex(s_stories, b.story)) ++placed[*story];
        for (const GridRect& r : b.area) {
            EXPECT_GE(r.column, 0);
            EXPECT_LE(r.endColumn(), page.grid.columns);
            EXPECT_LE(r.endLine(), page.grid.lines);
        }
    }
    for (std::size_t s = 0; s < placed.size(); ++s) EXPECT_EQ(placed[s], 1) << "story " << s;
    for (std::size_t a = 0; a < page.blocks.size(); ++a) {
        for (std::size_t b = a + 1; b < page.blocks.size(); ++b) {
            for (const GridRect& ra : page.blocks[a].area) {
                for (const GridRect& rb : page.blocks[b].area) {
                    EXPECT_FALSE(ra.overlaps(rb))
                            << page.blocks[a].id << " overlaps " << page.blocks[b].id;
                }
            }
        }
    }
    EXPECT_EQ(page.blocks.front().kind, BlockKind::Masthead);
    EXPECT_TRUE(page.blocks[1].lead);  // the first article leads
}

TEST_F(AutoComposeTest, LeavesNothingOversetAndEveryBodyBaselineOnTheGrid) {
    const Page page = compose();
    const PageLayout layout = layoutPage(page, s_stories, *s_styles, m_typesetter);
    for (const Copyfit& fit : layout.copyfit) {
        EXPECT_EQ(fit.oversetLines, 0) << page.blocks[static_cast<std::size_t>(fit.block)].id;
        EXPECT_EQ(fit.oversetCharacters, 0u);
        EXPECT_LE(fit.undersetLines, static_cast<int>(fit.textFrames.size()))
                << "more than a line a column empty";
    }
    const PageGrid& g = page.grid;
    const LayoutUnit emTop = fromFontUnits(880, s_styles->body.size, 1000);
    std::size_t bodyGlyphs = 0;
    for (const PageRun& run : layout.runs) {
        if (run.size != s_styles->body.size || run.font != s_styles->body.font) continue;
        for (LayoutUnit y : run.y) {
            ASSERT_EQ((y - g.marginTop - emTop) % g.leading, 0) << "a body baseline off the grid";
            ++bodyGlyphs;
        }
    }
    EXPECT_GT(bodyGlyphs, 2500u);
}

TEST_F(AutoComposeTest, IsDeterministicButForTheNewBlocksIds) {
    Page a = compose(), b = compose();
    // Each page composed is a page of its own: its blocks and photos get ids no other has.
    ASSERT_EQ(a.blocks.size(), b.blocks.size());
    for (std::size_t i = 0; i < a.blocks.size(); ++i) {
        EXPECT_NE(a.blocks[i].id, b.blocks[i].id);
        a.blocks[i].id = b.blocks[i].id = "";
        for (std::size_t p = 0; p < a.blocks[i].photos.size() && p < b.blocks[i].photos.size();
             ++p) {
            EXPECT_NE(a.blocks[i].photos[p].id, b.blocks[i].photos[p].id);
            a.blocks[i].photos[p].id = b.blocks[i].photos[p].id = "";
            a.blocks[i].photos[p].captionId = b.blocks[i].photos[p].captionId = "";
        }
    }
    EXPECT_EQ(a.blocks, b.blocks);
}

// The 报眼 a designer filled (the weather, a teaser) stays when the page is composed again:
// auto-compose places the stories, not the furniture.
TEST_F(AutoComposeTest, ComposedAgainThePageKeepsItsEar) {
    const Masthead masthead{"报名", "2023年6月30日", "", ""};
    Page before = compose();
    const EarPlacement placed = addEar(before);
    ASSERT_FALSE(placed.outcome.refused());
    before.blocks[placed.block].earTitle = "今日天气";
    before.blocks[placed.block].earText = "晴 18～26℃";
    const std::vector<ComposedPage> again =
            composeVariants(s_stories, {}, pageGrid(PagePreset::Broadsheet), masthead, *s_styles,
                            {}, m_typesetter, 3, &before);
    ASSERT_EQ(again.size(), 3u);
    for (const ComposedPage& composed : again) {
        const auto ear = std::find_if(composed.page.blocks.begin(), composed.page.blocks.end(),
                                      [](const Block& b) { return b.kind == BlockKind::Ear; });
        ASSERT_NE(ear, composed.page.blocks.end());
        EXPECT_EQ(ear->id, before.blocks[placed.block].id);
        EXPECT_EQ(ear->earTitle, "今日天气");
        EXPECT_EQ(ear->earText, "晴 18～26℃");
        EXPECT_EQ(ear->area.front().endColumn(), composed.page.grid.columns);
        // The name beside it, the stories under both.
        EXPECT_EQ(composed.page.blocks.front().kind, BlockKind::Masthead);
        EXPECT_EQ(composed.page.blocks.front().area.front().endColumn(), ear->area.front().column);
        for (const Block& b : composed.page.blocks) {
            if (b.kind != BlockKind::Story) continue;
            EXPECT_GE(b.area.front().line, composed.page.blocks.front().area.front().endLine());
        }
    }
}

// An inside page of an edition (第3版) is composed under its 报眉, with no masthead: the stories
// from the line after it, down to the page's foot.
TEST_F(AutoComposeTest, AnInsidePageIsComposedUnderItsHeaderWithNoMasthead) {
    const Masthead masthead{"报名", "2023年6月30日", "", ""};
    Page before{pageGrid(PagePreset::Broadsheet), masthead, {}};
    before.number = 3;
    before.section = "综合";
    const std::vector<ComposedPage> composed =
            composeVariants(s_stories, {}, pageGrid(PagePreset::Broadsheet), masthead, *s_styles,
                            {}, m_typesetter, 1, &before);
    ASSERT_EQ(composed.size(), 1u);
    const Page& page = composed.front().page;
    EXPECT_EQ(page.number, 3);
    EXPECT_EQ(page.section, "综合");
    int folios = 0, stories = 0;
    for (const Block& b : page.blocks) {
        EXPECT_NE(b.kind, BlockKind::Masthead);
        if (b.kind == BlockKind::Folio) {
            ++folios;
            EXPECT_EQ(b.area.front().line, 0);
        }
        if (b.kind != BlockKind::Story) continue;
        ++stories;
        EXPECT_GE(b.area.front().line, 2);
    }
    EXPECT_EQ(folios, 1);
    EXPECT_GT(stories, 3);
}

// A search the window abandoned (its designer pressed Esc) gives nothing, rather than the best
// of what it had seen so far; one that is never stopped gives the page it always gave.
TEST_F(AutoComposeTest, AnAbandonedSearchGivesNothing) {
    const Masthead masthead{"报名", "2023年6月30日", "", ""};
    std::stop_source abandon;
    abandon.request_stop();
    EXPECT_TRUE(composeVariants(s_stories, {}, pageGrid(PagePreset::Broadsheet), masthead,
                                *s_styles, {}, m_typesetter, 3, nullptr, abandon.get_token())
                        .empty());
    std::stop_source kept;
    const std::vector<ComposedPage> watched =
            composeVariants(s_stories, {}, pageGrid(PagePreset::Broadsheet), masthead, *s_styles,
                            {}, m_typesetter, 1, nullptr, kept.get_token());
    const std::vector<ComposedPage> unwatched =
            composeVariants(s_stories, {}, pageGrid(PagePreset::Broadsheet), masthead, *s_styles,
                            {}, m_typesetter, 1);
    ASSERT_EQ(watched.size(), 1u);
    ASSERT_EQ(unwatched.size(), 1u);
    EXPECT_EQ(watched.front().plan, unwatched.front().plan);
    EXPECT_EQ(watched.front().score, unwatched.front().score);
    ASSERT_EQ(watched.front().page.blocks.size(), unwatched.front().page.blocks.size());
    for (std::size_t b = 0; b < watched.front().page.blocks.size(); ++b)
        EXPECT_EQ(watched.front().page.blocks[b].area, unwatched.front().page.blocks[b].area);
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

// A page composed of Hong Kong copy is a Hong Kong page: its masthead and folio are set in the HK
// faces too, as its stories are; a mainland page stays zh-Hans.
TEST_F(AutoComposeTest, APageOfHongKongCopyIsAHongKongPage) {
    EXPECT_EQ(compose().language, Language::Hans);
    auto imported = importArticleFile(std::string(BANMIAN_SOURCE_DIR) +
                                      "/tests/data/import/hongkong-news.txt");
    ASSERT_TRUE(imported.ok());
    const std::vector<Story>& stories = imported.value().stories;
    const Page page = autoCompose(stories, pageGrid(PagePreset::Broadsheet),
                                  {"報名", "2023年6月30日", "", ""}, *s_styles, m_typesetter);
    EXPECT_EQ(page.language, Language::HantHK);
    const PageLayout laid = layoutPage(page, stories, *s_styles, m_typesetter);
    std::set<std::string> families;
    for (const PageRun& run : laid.runs) families.insert(s_registry->face(run.font).info().family);
    EXPECT_TRUE(families.contains("Noto Serif CJK HK"));
    EXPECT_FALSE(families.contains("Noto Serif CJK SC"));
    EXPECT_FALSE(families.contains("Noto Sans CJK SC"));
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

// The days auto-compose is judged on: the seed and days of other shapes (tests/data/compose),
// broadsheet and tabloid, with none, one and four photos.
struct Day {
    const char* file;
    PagePreset preset;
    int photos;
};

std::ostream& operator<<(std::ostream& out, const Day& day) {
    return out << day.file << " on "
               << (day.preset == PagePreset::Tabloid ? "tabloid" : "broadsheet") << " with "
               << day.photos << " photos";
}

// The picture desk's photos: landscape and portrait, as cameras make them, large enough for any
// frame on the page.
std::vector<DayPhoto> dayPhotos(int count) {
    const std::pair<int, int> sizes[] = {{4500, 3000}, {4000, 3000}, {3000, 3000}, {2800, 4200}};
    std::vector<DayPhoto> photos;
    for (int p = 0; p < count; ++p) {
        DayPhoto photo;
        photo.id = "photo-" + std::to_string(p + 1);
        photo.path = "/photos/" + std::to_string(p + 1) + ".jpg";
        photo.pixelWidth = sizes[p % 4].first;
        photo.pixelHeight = sizes[p % 4].second;
        photo.caption = "图为活动现场。";
        photo.credit = "记者 张三 摄";
        photos.push_back(photo);
    }
    return photos;
}

class ComposedDayTest : public AutoComposeTest, public ::testing::WithParamInterface<Day> {
protected:
    std::vector<Story> storiesOf(const Day& day) {
        auto imported = importArticleFile(std::string(BANMIAN_SOURCE_DIR) + "/" + day.file);
        EXPECT_TRUE(imported.ok());
        return imported.ok() ? imported.value().stories : std::vector<Story>{};
    }
    std::vector<ComposedPage> compose(const std::vector<Story>& stories, const Day& day) {
        return composeVariants(stories, dayPhotos(day.photos), pageGrid(day.preset),
                               {"报名", "2024年6月30日", "", ""}, *s_styles, {}, m_typesetter, 3);
    }
};

// What a front-page designer checks first, as assertions: no hole, no heads side by side, no
// headline broken in a word, no title twice, a lead that leads, every story placed and nothing
// overset.
void expectAPageToKeep(const PageMeasure& m) {
    EXPECT_LE(m.largestHoleLines, 1) << "a hole in the page";
    EXPECT_TRUE(m.headCollisions.empty()) << m.headCollisions.size() << " heads side by side";
    EXPECT_TRUE(m.headlinesBrokenInsideWord.empty());
    EXPECT_TRUE(m.repeatedTitles.empty()) << m.repeatedTitles.front();
    EXPECT_GE(m.leadHeadlineRatio, 1.25);
    EXPECT_TRUE(m.widerThanLead.empty())
            << m.widerThanLead.size() << " stories wider than the lead";
    EXPECT_EQ(m.unplacedStories, 0);
    EXPECT_EQ(m.oversetLines, 0);
    EXPECT_TRUE(m.photosUnderResolution.empty());
}

// The photos a page shows, and whether the lead shows one.
std::pair<int, bool> placedPhotos(const Page& page) {
    int placed = 0;
    bool lead = false;
    for (const Block& block : page.blocks) {
        for (const PhotoFrame& frame : block.photos) {
            placed += !frame.image.empty();
            lead = lead || (block.lead && !frame.image.empty());
        }
    }
    return {placed, lead};
}

// Every rule, and every photo placed.
TEST_P(ComposedDayTest, IsAPageADesignerWouldKeep) {
    const Day& day = GetParam();
    const std::vector<Story> stories = storiesOf(day);
    const std::vector<ComposedPage> variants = compose(stories, day);
    ASSERT_FALSE(variants.empty());
    const ComposedPage& best = variants.front();
    expectAPageToKeep(best.measure);
    EXPECT_EQ(placedPhotos(best.page).first, day.photos);
    // The measure is the page's: measured again from the page, it says the same.
    const PageMeasure again =
            measurePage(best.page, layoutPage(best.page, stories, *s_styles, m_typesetter), stories,
                        {}, dayPhotos(day.photos));
    EXPECT_EQ(again.unusedCells, best.measure.unusedCells);
    // Choices: different layouts, best first.
    ASSERT_EQ(variants.size(), 3u);
    for (std::size_t v = 1; v < variants.size(); ++v) {
        EXPECT_LE(variants[v - 1].score, variants[v].score);
        EXPECT_NE(variants[v].plan + std::to_string(variants[v].page.blocks.size()), "");
    }
}

class OverFullDayTest : public ComposedDayTest {};

// A day whose copy fills the page before its photos do: the page is held to every rule, and
// what has no room is photos, not text: the lead's (the page's picture) placed, the others left
// out counted in the measure, which compose and the window say, for the desk to place them or
// cut copy for them. A photo left out is not a page that cannot go to press; a line overset, a
// hole or heads side by side are.
TEST_P(OverFullDayTest, LeavesOutPhotosRatherThanBreakARule) {
    const Day& day = GetParam();
    const std::vector<ComposedPage> variants = compose(storiesOf(day), day);
    ASSERT_FALSE(variants.empty());
    const ComposedPage& best = variants.front();
    expectAPageToKeep(best.measure);
    const auto [placed, leadsPicture] = placedPhotos(best.page);
    EXPECT_TRUE(leadsPicture) << "the lead's photo left out";
    EXPECT_GT(best.measure.unplacedPhotos, 0) << "the day fits now: hold it in Days";
    EXPECT_EQ(placed + best.measure.unplacedPhotos, day.photos);
}

constexpr const char* kSeed = "seeds/xuhui-front-page.txt";
constexpr const char* kThree = "tests/data/compose/three-stories.txt";
constexpr const char* kTwelve = "tests/data/compose/twelve-stories.txt";
// The tabloid day as the desk cuts it for four photos: its stories' last paragraphs, the least
// news, taken out.
constexpr const char* kTabloidCut = "tests/data/compose/tabloid-day-cut.txt";
constexpr const char* kLong = "tests/data/compose/one-long-story.txt";
constexpr const char* kTabloid = "tests/data/compose/tabloid-day.txt";
constexpr PagePreset kBroad = PagePreset::Broadsheet;

// The shapes of day the issue names, each with no photo, one and four; the two whose copy fills
// the page before four photos do, twelve stories and the tabloid's, are over-full days below.
INSTANTIATE_TEST_SUITE_P(Days, ComposedDayTest,
                         ::testing::Values(Day{kSeed, kBroad, 0}, Day{kSeed, kBroad, 1},
                                           Day{kSeed, kBroad, 4}, Day{kThree, kBroad, 0},
                                           Day{kThree, kBroad, 1}, Day{kThree, kBroad, 4},
                                           Day{kTwelve, kBroad, 0}, Day{kTwelve, kBroad, 1},
                                           Day{kLong, kBroad, 0}, Day{kLong, kBroad, 1},
                                           Day{kLong, kBroad, 4},
                                           Day{kTabloid, PagePreset::Tabloid, 0},
                                           Day{kTabloid, PagePreset::Tabloid, 1},
                                           Day{kTabloidCut, PagePreset::Tabloid, 4}));

// With one photo, twelve stories leave a broadsheet 8 empty cells, and the tabloid's stories
// leave it 8 cells and a frame: three photos more, about 30 cells each with their captions,
// cannot all stand.
INSTANTIATE_TEST_SUITE_P(Days, OverFullDayTest,
                         ::testing::Values(Day{kTwelve, kBroad, 4},
                                           Day{kTabloid, PagePreset::Tabloid, 4}));

}  // namespace
}  // namespace banmian::layout
