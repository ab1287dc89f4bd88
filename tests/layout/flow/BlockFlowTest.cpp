// Story blocks flowed on a broadsheet grid with the installed fonts: columns, photos, L-shapes,
// heads, and exact copyfit.
#include "layout/flow/BlockFlow.h"

#include <gtest/gtest.h>

#include <set>

#include "layout/base/Utf8.h"
#include "layout/text/Galley.h"
#include "layout/text/WordBreaks.h"

namespace banmian::layout {
namespace {

class BlockFlowTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        auto role = [](fonts::FontRole r) { return *s_registry->forRole(r).id; };
        ParagraphStyle body;
        body.font = role(fonts::FontRole::BookSong);
        s_styles.body = s_styles.sidebarBody = body;
        ParagraphStyle head = body;
        head.font = role(fonts::FontRole::BoldSong);
        head.size = fromPoints(21);
        head.leading = fromPoints(25);
        head.alignment = Alignment::Center;
        s_styles.headline = s_styles.leadHeadline = s_styles.sidebarHeadline = head;
        s_styles.headlineSizes = {fromPoints(18), fromPoints(28)};
        s_styles.leadHeadlineSizes = {fromPoints(24), fromPoints(42)};
        ParagraphStyle kai = body;
        kai.font = role(fonts::FontRole::Kai);
        s_styles.kicker = s_styles.subtitle = s_styles.byline = s_styles.caption = kai;
        s_styles.mastheadTitle = s_styles.mastheadInfo = s_styles.folio = body;
    }
    static void TearDownTestSuite() { delete s_registry; }

    // Flows `block` showing `story`, the page's only story.
    PageLayout flow(const Block& block, const Story& story, const FlowStyles& styles = s_styles) {
        m_stories = {story};
        if (m_stories[0].id.empty()) m_stories[0].id = "the-story";
        m_page.blocks = {block};
        m_page.blocks[0].story = m_stories[0].id;
        PageLayout out;
        out.grid = m_page.grid;
        flowBlock(m_page, 0, m_stories, styles, m_typesetter, out);
        return out;
    }

    static Story bodyOnly(std::size_t paragraphs) {
        Story story;
        for (std::size_t i = 0; i < paragraphs; ++i) {
            story.paragraphs.push_back(
                    "技能人才是推动上海实现高质量发展、打造高品质生活的持续动力。徐汇历来是技能人才"
                    "汇聚之地，"
                    "也是技能人才辈出之地，始终把对技能人才的培养放在重要位置。");
        }
        return story;
    }

    // Lines the body takes in a column of `width`, counted by setting it alone.
    std::size_t galleyLines(const Story& story, LayoutUnit width) {
        const Galley g = typesetGalley({story}, m_typesetter, s_styles.body, width);
        std::size_t lines = 0;
        for (const auto& p : g.paragraphs) lines += p.typeset.lines.size();
        return lines;
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline FlowStyles s_styles;
    Page m_page{pageGrid(PagePreset::Broadsheet), {}, {}};
    std::vector<Story> m_stories;
    Typesetter m_typesetter{*s_registry};
};

TEST_F(BlockFlowTest, FillsColumnsInOrderWithEveryBaselineOnTheGrid) {
    const Story story = bodyOnly(3);
    const std::size_t lines = galleyLines(story, m_page.grid.columnWidth());
    Block block;
    block.area = {{2, 2, 10, static_cast<int>(lines / 2 + 2)}};
    const PageLayout out = flow(block, story);
    ASSERT_EQ(out.copyfit.size(), 1u);
    EXPECT_EQ(out.copyfit[0].oversetLines, 0);
    EXPECT_EQ(out.copyfit[0].undersetLines,
              2 * (static_cast<int>(lines / 2) + 2) - static_cast<int>(lines));
    const PageGrid& g = m_page.grid;
    const LayoutUnit emTop = fromFontUnits(880, fromPoints(9), 1000);  // Noto CJK em box top
    bool secondColumn = false;
    for (const PageRun& run : out.runs) {
        for (std::size_t i = 0; i < run.x.size(); ++i) {
            EXPECT_EQ((run.y[i] - g.marginTop - emTop) % g.leading, 0) << "baseline off the grid";
            EXPECT_GE(run.x[i], g.columnX(2));
            EXPECT_LT(run.x[i], g.columnX(4));
            secondColumn = secondColumn || run.x[i] >= g.columnX(3);
        }
    }
    EXPECT_TRUE(secondColumn);
}

TEST_F(BlockFlowTest, CountsOversetLinesAndCharactersExactly) {
    const Story story = bodyOnly(4);
    const std::size_t lines = galleyLines(story, m_page.grid.columnWidth());
    Block block;
    block.area = {{0, 1, 0, 10}};
    const PageLayout out = flow(block, story);
    EXPECT_EQ(out.copyfit[0].oversetLines, static_cast<int>(lines) - 10);
    EXPECT_EQ(out.copyfit[0].undersetLines, 0);
    // The characters of the lines past the tenth, counted from a galley of the same column.
    const Galley g = typesetGalley({story}, m_typesetter, s_styles.body, m_page.grid.columnWidth());
    std::size_t slot = 0, characters = 0;
    for (const auto& p : g.paragraphs) {
        for (const auto& line : p.typeset.lines) {
            if (slot++ >= 10)
                characters +=
                        utf8::length(p.text.substr(line.textBegin, line.textEnd - line.textBegin));
        }
    }
    EXPECT_EQ(out.copyfit[0].oversetCharacters, characters);
    // Said as an error of the block: the print export stops at it.
    ASSERT_EQ(out.diagnostics.size(), 1u);
    EXPECT_EQ(out.diagnostics[0].kind, "overset");
    EXPECT_EQ(out.diagnostics[0].severity, Severity::Error);
    EXPECT_EQ(out.diagnostics[0].message, std::to_string(lines - 10) + " lines (" +
                                                  std::to_string(characters) +
                                                  " characters) overset");
    EXPECT_EQ(out.diagnostics[0].place.story, 0);
    EXPECT_EQ(out.diagnostics[0].place.paragraph, -1);
}

// A character no installed face has is said with where it is: the block, its story and
// headline, the text (the headline, a body paragraph, a caption) and the byte in it.
TEST_F(BlockFlowTest, SaysWhereEachCharacterNoFontHasIs) {
    Story story = bodyOnly(3);
    story.headline = "集中销毁\U0010FFFD公斤";
    story.paragraphs[2] = "6月26日，\U0010FFFD由上海市禁毒委员会举办。";
    Block block;
    block.id = "story-2";
    block.area = {{0, 4, 1, 60}};
    block.photos = {{{2, 2, 40, 12}, "", "图为\U0010FFFD现场", std::nullopt}};
    const PageLayout out = flow(block, story);
    std::vector<Diagnostic> missing;
    for (const Diagnostic& d : out.diagnostics) {
        if (d.kind == "missing-glyph") missing.push_back(d);
    }
    ASSERT_EQ(missing.size(), 3u);
    for (const Diagnostic& d : missing) {
        EXPECT_EQ(d.severity, Severity::Error);
        EXPECT_EQ(d.place.block, "story-2");
        EXPECT_EQ(d.place.story, 0);
        EXPECT_EQ(d.place.headline, story.headline);
        EXPECT_NE(d.message.find("U+10FFFD"), std::string::npos) << d.message;
    }
    EXPECT_EQ(missing[0].place.field, "headline");
    EXPECT_EQ(missing[0].place.offset, 12);  // after 集中销毁
    EXPECT_EQ(missing[1].place.field, "caption");
    EXPECT_EQ(missing[1].place.photo, 0);
    EXPECT_EQ(missing[2].place.field, "body");
    EXPECT_EQ(missing[2].place.paragraph, 2);
    EXPECT_EQ(missing[2].place.offset, static_cast<int>(std::string("6月26日，").size()));
    EXPECT_EQ(describe(missing[2]),
              "story-2 (集中销毁\U0010FFFD公斤): paragraph 3: U+10FFFD (“\U0010FFFD”) has no glyph "
              "in any installed font: it would print as a box");
}

TEST_F(BlockFlowTest, FlowsAroundAPhotoAndSetsItsCaption) {
    const Story story = bodyOnly(4);
    Block block;
    block.area = {{0, 2, 0, 40}};
    block.photos = {{{0, 1, 5, 10}, "", "徐汇区代表队的选手们在赛场上", std::nullopt}};
    const PageLayout out = flow(block, story);
    ASSERT_EQ(out.images.size(), 1u);
    const PageGrid& g = m_page.grid;
    const Rect photo = g.rect({0, 1, 5, 10});
    EXPECT_EQ(out.images[0].rect.x, photo.x);
    EXPECT_LT(out.images[0].rect.height, photo.height);  // the caption's lines come off the picture
    std::size_t captionGlyphs = 0;
    for (const PageRun& run : out.runs) {
        for (std::size_t i = 0; i < run.x.size(); ++i) {
            const bool inPhotoColumn = run.x[i] < g.columnX(1);
            const bool inPhotoLines = run.y[i] > photo.y && run.y[i] < photo.bottom() + g.leading;
            if (inPhotoColumn && inPhotoLines) {
                ++captionGlyphs;
                EXPECT_GT(run.y[i], out.images[0].rect.bottom()) << "body text inside the photo";
            }
        }
    }
    EXPECT_EQ(captionGlyphs, utf8::length("徐汇区代表队的选手们在赛场上"));
}

// The photographer's credit is set after the caption, in the caption's lines, a full-width space
// between; a credit alone (a photo with no caption) is set by itself; the picture gives up the
// lines they take.
TEST_F(BlockFlowTest, SetsThePhotographersCreditAfterTheCaption) {
    auto captionText = [this](const PageLayout& out) {
        std::string text;
        for (const PageRun& run : out.runs) {
            const LayoutUnit frameBottom = m_page.grid.rect({0, 1, 5, 10}).bottom();
            const bool underPicture = !run.y.empty() &&
                                      run.y.front() > out.images[0].rect.bottom() &&
                                      run.y.front() < frameBottom;
            if (run.x.empty() || run.x.front() >= m_page.grid.columnX(1) || !underPicture) continue;
            for (const std::string& t : run.text) text += t;
        }
        return text;
    };
    const Story story = bodyOnly(1);
    Block block;
    block.area = {{0, 2, 0, 40}};
    block.photos = {{{0, 1, 5, 10}, "", "选手们在赛场上", std::nullopt}};
    block.photos[0].credit = "记者 张三 摄";
    const PageLayout out = flow(block, story);
    // (A space between words is the gap between glyphs: no glyph of its own in the runs.)
    EXPECT_EQ(captionText(out), "选手们在赛场上\u3000记者张三摄");

    block.photos[0].caption.clear();
    const PageLayout creditOnly = flow(block, story);
    EXPECT_EQ(captionText(creditOnly), "记者张三摄");

    block.photos[0].credit.clear();
    const PageLayout none = flow(block, story);
    EXPECT_EQ(none.images[0].rect, m_page.grid.rect({0, 1, 5, 10}));  // the whole frame, no lines
    EXPECT_EQ(none.images[0].caption.height, 0);
}

// The crop goes with the photo into the page's output, for every renderer to place it by.
TEST_F(BlockFlowTest, ThePhotosCropGoesToThePage) {
    Block block;
    block.area = {{0, 2, 0, 40}};
    block.photos = {{{0, 1, 5, 10}, "photo.jpg", "", std::nullopt}};
    block.photos[0].crop = {1.75, 0.25, 0.6};
    const PageLayout out = flow(block, bodyOnly(1));
    ASSERT_EQ(out.images.size(), 1u);
    EXPECT_EQ(out.images[0].crop, (PhotoCrop{1.75, 0.25, 0.6}));
}

TEST_F(BlockFlowTest, FlowsThroughAnLShape) {
    const Story story = bodyOnly(6);
    Block block;
    block.area = {{0, 4, 0, 8}, {0, 2, 8, 20}};
    const PageLayout out = flow(block, story);
    ASSERT_EQ(out.copyfit[0].textFrames.size(), 6u);  // 4 columns above, 2 below
    const PageGrid& g = m_page.grid;
    bool lowerPart = false;
    for (const PageRun& run : out.runs) {
        for (std::size_t i = 0; i < run.x.size(); ++i) {
            if (run.y[i] > g.lineY(8)) {
                lowerPart = true;
                EXPECT_LT(run.x[i], g.columnX(2)) << "text outside the L";
            }
        }
    }
    EXPECT_TRUE(lowerPart);
}

TEST_F(BlockFlowTest, SetsThreeBasicColumnsAsTwo) {
    Block block;
    block.area = {{1, 3, 0, 30}};
    block.textColumns = 2;  // 3破2: two columns of 20 characters
    const PageLayout out = flow(block, bodyOnly(3));
    ASSERT_EQ(out.copyfit[0].textFrames.size(), 2u);
    const Rect& first = out.copyfit[0].textFrames[0];
    const Rect& second = out.copyfit[0].textFrames[1];
    EXPECT_EQ(first.width, 20 * fromPoints(9));
    EXPECT_EQ(first.x, m_page.grid.columnX(1));
    EXPECT_EQ(second.x - first.right(), fromPoints(9));  // a one-character gutter
    EXPECT_EQ(second.right(), m_page.grid.columnX(3) + m_page.grid.columnWidth());
}

TEST_F(BlockFlowTest, RunsTheBodyUpBesideAHeadlineThatSpansFewerColumns) {
    Story story = bodyOnly(6);
    story.headline = "区长带队开展走访活动";
    Block block;
    block.area = {{0, 4, 0, 30}};
    block.headColumns = 2;  // the headline over the first two columns only (题文拐弯)
    const PageLayout out = flow(block, story);
    const auto& frames = out.copyfit[0].textFrames;
    ASSERT_EQ(frames.size(), 4u);
    EXPECT_GT(frames[0].y, m_page.grid.lineY(0));  // under the head
    EXPECT_EQ(frames[2].y, m_page.grid.lineY(0));  // beside it, from the top
    EXPECT_GT(frames[2].height, frames[0].height);
}

TEST_F(BlockFlowTest, FitsTheHeadlineToItsColumnsAndCentresIt) {
    Story story = bodyOnly(1);
    story.headline = "喜报！徐汇区代表队斩获团体铜奖";
    story.bylines = {{"记者", {"曹香玉"}}};
    Block block;
    block.area = {{0, 4, 0, 40}};
    block.lead = true;
    const PageLayout out = flow(block, story);
    const PageRun& head = out.runs.front();
    ASSERT_FALSE(head.glyphs.empty());
    // 15 characters across 55 body characters (4 columns): the lead range's largest size that fits.
    EXPECT_GE(head.size, fromPoints(24));
    EXPECT_LE(head.size, fromPoints(42));
    EXPECT_LE(15 * head.size, m_page.grid.rect(block.area[0]).width);
    const LayoutUnit left = head.x.front() - m_page.grid.columnX(0);
    const LayoutUnit right = m_page.grid.rect(block.area[0]).right() - (head.x.back() + head.size);
    EXPECT_LE(std::abs(left - right), fromPoints(1)) << "not centred";
}

TEST_F(BlockFlowTest, SetsTheHeadlineInTheFaceAndSizeTheDesignerChose) {
    Story story = bodyOnly(1);
    story.headline = "喜报！徐汇区代表队斩获团体铜奖";
    Block block;
    block.area = {{0, 4, 0, 40}};
    block.headlineSize = fromPoints(20);
    block.headlineFont = "黑体";
    const PageLayout out = flow(block, story);
    const PageRun& head = out.runs.front();
    EXPECT_EQ(head.size, fromPoints(20));
    // 黑体 in its bold weight: the regular looks thin beside the 粗宋 headlines.
    EXPECT_EQ(head.font, *s_registry->forRole(fonts::FontRole::Hei, 700).id);
    EXPECT_NE(head.font, *s_registry->forRole(fonts::FontRole::Hei).id);
    EXPECT_GE(s_registry->face(head.font).info().weight, 700);
    // Without a choice: the style's face, fitted.
    block.headlineSize = 0;
    block.headlineFont.clear();
    const PageLayout fitted = flow(block, story);
    EXPECT_EQ(fitted.runs.front().font, s_styles.headline.font);
    EXPECT_GT(fitted.runs.front().size, fromPoints(20));
}

// The text of the page's runs in `block`, line by line (runs joined, lines split where the
// baseline moves); a Latin space is spacing, not a glyph, so it is not there.
std::vector<std::string> linesOf(const PageLayout& out, int block) {
    std::vector<std::string> lines;
    LayoutUnit baseline = -1;
    for (const PageRun& run : out.runs) {
        if (run.block != block || run.y.empty()) continue;
        if (run.y.front() != baseline) lines.emplace_back();
        baseline = run.y.front();
        for (const std::string& t : run.text) lines.back() += t;
    }
    return lines;
}

TEST_F(BlockFlowTest, SetsTheMastheadsNamePinyinAndIssueLines) {
    m_page.masthead.title = "徐汇报";
    m_page.masthead.pinyin = "XUHUI BAO";
    m_page.masthead.publication = CalendarDate{2026, 12, 5};
    m_page.masthead.issue = "245";
    m_page.masthead.reference = "31-0001";
    m_page.masthead.postalCode = "3-9";
    Block masthead;
    masthead.kind = BlockKind::Masthead;
    masthead.area = {{0, 8, 0, 12}};
    m_page.blocks = {masthead};
    FlowStyles styles = s_styles;
    styles.mastheadTitle.size = fromPoints(60);
    styles.mastheadTitle.leading = fromPoints(66);
    styles.mastheadTitle.alignment = styles.mastheadInfo.alignment = Alignment::Center;
    PageLayout out;
    out.grid = m_page.grid;
    flowBlock(m_page, 0, {}, styles, m_typesetter, out);
    std::string text;
    for (const std::string& line : linesOf(out, 0)) text += line;
    for (const char* line : {"徐汇报", "XUHUIBAO", "2026年12月5日星期六　第245期",
                             "国内统一连续出版物号CN31-0001　邮发代号3-9"}) {
        EXPECT_NE(text.find(line), std::string::npos) << line << " in " << text;
    }
    // The issue lines in a column of two at the left, beside the name, which keeps the middle.
    const Rect rect = m_page.grid.rect(masthead.area[0]);
    LayoutUnit nameLeft = rect.right(), nameRight = rect.x, infoRight = rect.x, infoBottom = 0;
    LayoutUnit nameBottom = 0;
    for (const PageRun& run : out.runs) {
        const bool name = run.size == styles.mastheadTitle.size;
        if (name) {
            nameLeft = std::min(nameLeft, run.x.front());
            nameRight = std::max(nameRight, run.x.back() + run.size);
            nameBottom = run.y.front();
        } else if (run.text.front() != "X") {
            infoRight = std::max(infoRight, run.x.back());
            infoBottom = std::max(infoBottom, run.y.front());
        }
    }
    EXPECT_LT(infoRight, m_page.grid.columnX(2));
    EXPECT_GE(nameLeft, m_page.grid.columnX(2));
    EXPECT_LE(std::abs((nameLeft - rect.x) - (rect.right() - nameRight)), fromPoints(1));
    EXPECT_GT(nameBottom, 0);
    ASSERT_EQ(out.rules.size(), 1u);  // the heavy rule under it, across the type area
    EXPECT_EQ(out.rules[0].x2 - out.rules[0].x1, m_page.grid.typeAreaWidth());
}

TEST_F(BlockFlowTest, SetsTheEarBoxedInItsRectangle) {
    Block ear;
    ear.kind = BlockKind::Ear;
    ear.area = {{6, 2, 0, 10}};
    ear.earTitle = "今日天气";
    ear.earText = "晴转多云\n最高气温18℃";
    m_page.blocks = {ear};
    PageLayout out;
    out.grid = m_page.grid;
    flowBlock(m_page, 0, {}, s_styles, m_typesetter, out);
    EXPECT_EQ(linesOf(out, 0), (std::vector<std::string>{"今日天气", "晴转多云", "最高气温18℃"}));
    const Rect box = m_page.grid.rect(ear.area[0]);
    ASSERT_EQ(out.boxes.size(), 1u);
    EXPECT_EQ(out.boxes[0].rect.x, box.x);
    EXPECT_EQ(out.boxes[0].rect.width, box.width);
    for (const PageRun& run : out.runs) {
        EXPECT_GT(run.x.front(), box.x);
        EXPECT_LT(run.y.front(), box.bottom());
    }
    EXPECT_TRUE(out.diagnostics.empty());
    // More than the box holds: said, as a story's overset.
    m_page.blocks[0].earText.clear();
    for (int i = 0; i < 200; ++i) m_page.blocks[0].earText += "晴";
    PageLayout full;
    full.grid = m_page.grid;
    flowBlock(m_page, 0, {}, s_styles, m_typesetter, full);
    ASSERT_FALSE(full.diagnostics.empty());
    EXPECT_EQ(full.diagnostics.back().kind, "overset");
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

// A Taiwan story on a page of mainland styles: its head, credits and body all in the TC faces
// (楷体 stays LXGW WenKai, which has none); a story without a language follows the page's.
TEST_F(BlockFlowTest, SetsAStoryInTheFacesOfItsLanguage) {
    Story story;
    story.headline = "捷運環狀線北環段動工";
    story.bylines = {{"記者", {"林志明"}}};
    story.paragraphs = {"市長致詞時說：「這條路線完成後，居民到士林上班，只要二十分鐘。」"};
    story.language = Language::HantTW;
    Block block;
    block.area = {{0, 4, 0, 40}};
    std::set<std::string> families;
    for (const PageRun& run : flow(block, story).runs) {
        families.insert(s_registry->face(run.font).info().family);
    }
    EXPECT_TRUE(families.contains("Noto Serif CJK TC"));
    EXPECT_TRUE(families.contains("LXGW WenKai"));  // the credit line
    EXPECT_FALSE(families.contains("Noto Serif CJK SC"));

    story.language.reset();
    m_page.language = Language::HantHK;
    families.clear();
    for (const PageRun& run : flow(block, story).runs) {
        families.insert(s_registry->face(run.font).info().family);
    }
    EXPECT_TRUE(families.contains("Noto Serif CJK HK"));
    EXPECT_FALSE(families.contains("Noto Serif CJK SC"));
    m_page.language = Language::Hans;
}

// The styles with heads broken between words, as flowStyles() gives them from a sheet.
FlowStyles headsBetweenWords(FlowStyles styles) {
    for (ParagraphStyle* head : {&styles.kicker, &styles.headline, &styles.leadHeadline,
                                 &styles.subtitle, &styles.sidebarHeadline})
        head->lineBreaking = LineBreaking::BetweenWordsBalanced;
    return styles;
}

// Where each line of the headline's runs starts in the headline's text: a new line where the
// baseline (or a vertical line's axis) moves.
std::vector<std::size_t> headlineLineStarts(const PageLayout& out) {
    std::vector<std::size_t> starts;
    std::optional<LayoutUnit> line;
    for (const PageRun& run : out.runs) {
        if (run.source.field != StoryField::Headline || run.textBegin.empty()) continue;
        const LayoutUnit at = inVerticalLine(run.orientation) ? run.axis : run.y.front();
        if (line != at) starts.push_back(run.textBegin.front());
        line = at;
    }
    return starts;
}

TEST_F(BlockFlowTest, BreaksANarrowHeadOnlyBetweenWords) {
    Story story = bodyOnly(6);
    story.headline = "区长带队开展走访活动，并慰问老党员";
    Block block;
    block.area = {{0, 4, 0, 40}};
    block.headColumns = 2;
    const PageLayout out = flow(block, story, headsBetweenWords(s_styles));
    const std::vector<std::size_t> starts = headlineLineStarts(out);
    ASSERT_GE(starts.size(), 2u);
    EXPECT_FALSE(breaksInsideWord(story.headline, starts));
    EXPECT_EQ(starts[1], story.headline.find("并"));
    // The runs keep the headline's bytes, every one of them, in order.
    std::size_t next = 0;
    for (const PageRun& run : out.runs) {
        if (run.source.field != StoryField::Headline) continue;
        for (std::size_t g = 0; g < run.textBegin.size(); ++g) {
            if (run.textBegin[g] == run.textEnd[g]) continue;
            EXPECT_EQ(run.textBegin[g], next);
            next = run.textEnd[g];
        }
    }
    EXPECT_EQ(next, story.headline.size());
}

TEST_F(BlockFlowTest, BreaksAVerticalHeadOnlyBetweenWords) {
    Story story = bodyOnly(6);
    story.headline = "区长带队开展走访活动，并慰问老党员";
    Block block;
    block.area = {{0, 4, 0, 14}};
    block.headSide = HeadSide::Right;
    const PageLayout out = flow(block, story, headsBetweenWords(s_styles));
    const std::vector<std::size_t> starts = headlineLineStarts(out);
    ASSERT_GE(starts.size(), 2u);
    EXPECT_FALSE(breaksInsideWord(story.headline, starts));
}

}  // namespace
}  // namespace banmian::layout
