// The front page's furniture as the flow draws it, with the house style's swatches: 花边 borders,
// 底纹 tints, reversed (反白) heads, coloured headlines and column rules (分栏线); and what the
// preflight says of colours newsprint cannot hold.
#include <gtest/gtest.h>

#include "layout/compose/Preflight.h"
#include "layout/flow/BlockFlow.h"
#include "layout/output/Borders.h"

namespace banmian::layout {
namespace {

class FurnitureFlowTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        auto styles = flowStyles(StyleSheet::defaults(), *s_registry);
        ASSERT_TRUE(styles.ok()) << styles.error().message;
        s_styles = new FlowStyles(std::move(styles).value());
    }
    static void TearDownTestSuite() {
        delete s_styles;
        delete s_registry;
    }

    PageLayout flow(const Block& block) {
        Story story;
        story.id = "story";
        story.kicker = "国际禁毒日";
        story.headline = "华泾镇举办主题宣传活动";
        for (int i = 0; i < 6; ++i)
            story.paragraphs.push_back(
                    "6月26日，华泾镇在社区广场举办禁毒主题宣传活动，居民踊跃"
                    "参与，现场气氛热烈。");
        m_stories = {story};
        m_page.blocks = {block};
        m_page.blocks[0].story = "story";
        PageLayout out;
        out.grid = m_page.grid;
        flowBlock(m_page, 0, m_stories, *s_styles, m_typesetter, out);
        return out;
    }
    Rect rectOf(const Block& block) const { return m_page.grid.rect(block.area.front()); }
    static bool inside(const PagePoint& p, const Rect& r) {
        return p.x >= r.x && p.x <= r.right() && p.y >= r.y && p.y <= r.bottom();
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline FlowStyles* s_styles = nullptr;
    Page m_page{pageGrid(PagePreset::Broadsheet), {}, {}};
    std::vector<Story> m_stories;
    Typesetter m_typesetter{*s_registry};
};

TEST_F(FurnitureFlowTest, DrawsEveryBorderInsideItsFrameInItsColour) {
    Block block;
    block.area = {{0, 3, 10, 30}};
    block.boxed = true;
    block.frameInk = {"报头红", 100};
    for (BorderKind kind :
         {BorderKind::Plain, BorderKind::Double, BorderKind::ThickThin, BorderKind::ThinThick,
          BorderKind::Dotted, BorderKind::Dashed, BorderKind::Diamonds, BorderKind::Beads}) {
        block.border = kind;
        const PageLayout out = flow(block);
        const Rect frame = rectOf(block);
        std::size_t drawn = 0;
        for (const PageRule& rule : out.rules) {
            ++drawn;
            EXPECT_EQ(rule.colour.spot, "PANTONE 485 C");
            // What the rule covers (dots reach half their width past its ends) is inside.
            const bool across = rule.y1 == rule.y2;
            const LayoutUnit half = rule.width / 2, past = rule.dots ? half : 0;
            const LayoutUnit left = std::min(rule.x1, rule.x2) - (across ? past : half);
            const LayoutUnit right = std::max(rule.x1, rule.x2) + (across ? past : half);
            const LayoutUnit top = std::min(rule.y1, rule.y2) - (across ? half : past);
            const LayoutUnit bottom = std::max(rule.y1, rule.y2) + (across ? half : past);
            EXPECT_GE(left, frame.x - 1);
            EXPECT_LE(right, frame.right() + 1);
            EXPECT_GE(top, frame.y - 1);
            EXPECT_LE(bottom, frame.bottom() + 1);
        }
        for (const PageShape& shape : out.shapes) {
            ++drawn;
            for (const PagePoint& p : shape.points) EXPECT_TRUE(inside(p, frame));
        }
        EXPECT_GT(drawn, 0u) << kBorderNames[static_cast<std::size_t>(kind)];
        if (kind == BorderKind::Diamonds || kind == BorderKind::Beads) {
            EXPECT_GT(out.shapes.size(), 40u);  // ornaments all round
        }
        // The text keeps clear of the border's art.
        for (const PageRun& run : out.runs) {
            for (LayoutUnit x : run.x) EXPECT_GE(x, frame.x + borderDepth(kind));
        }
    }
}

// An L-shaped block (题文拐弯) boxed: one frame round its whole shape, six sides, none along the
// side its two rectangles share.
TEST_F(FurnitureFlowTest, FramesAnLShapedBlockRoundItsWholeShape) {
    const PageGrid& grid = m_page.grid;
    const std::vector<Rect> l = {grid.rect({0, 3, 10, 20}), grid.rect({0, 2, 30, 10})};
    const auto loops = outlineOf(l);
    ASSERT_EQ(loops.size(), 1u);
    ASSERT_EQ(loops[0].size(), 6u);
    EXPECT_EQ(outlineOf({grid.rect({0, 3, 10, 20})})[0].size(), 4u);
    Block block;
    block.area = {{0, 3, 10, 20}, {0, 2, 30, 10}};
    block.boxed = true;
    for (BorderKind kind : {BorderKind::Plain, BorderKind::Double, BorderKind::Diamonds}) {
        block.border = kind;
        const PageLayout out = flow(block);
        const LayoutUnit shared = l[0].bottom();  // where the two rectangles meet
        std::size_t sides = 0;
        for (const PageRule& rule : out.rules) {
            ++sides;
            // No rule runs across the block where the rectangles meet, from its left edge.
            if (rule.y1 == rule.y2 && std::abs(rule.y1 - shared) < borderDepth(kind)) {
                EXPECT_GE(std::min(rule.x1, rule.x2), l[1].right() - borderDepth(kind) - rule.width)
                        << kBorderNames[static_cast<std::size_t>(kind)];
            }
        }
        EXPECT_EQ(sides % 6, 0u);  // six sides a line
        EXPECT_GT(sides, 0u);
    }
}

TEST_F(FurnitureFlowTest, LaysTintsAndReversedHeadsUnderTheirText) {
    Block block;
    block.area = {{0, 4, 10, 30}};
    block.background = {"浅蓝", 60};
    block.kickerBand = {"报头红", 100};
    block.headlineInk = {"报头红", 100};
    const PageLayout out = flow(block);
    ASSERT_GE(out.boxes.size(), 2u);
    // First the tint across the block, then the band, both before any text is drawn over them.
    const PageBox& tint = out.boxes[0];
    ASSERT_TRUE(tint.fill);
    EXPECT_EQ(tint.rect, rectOf(block));
    EXPECT_DOUBLE_EQ(tint.fill->cmyk[0], 0.15);
    EXPECT_DOUBLE_EQ(tint.fill->tint, 0.6);
    const PageBox& band = out.boxes[1];
    ASSERT_TRUE(band.fill);
    EXPECT_EQ(band.fill->spot, "PANTONE 485 C");
    bool kicker = false, headline = false;
    for (const PageRun& run : out.runs) {
        if (run.source.field == StoryField::Kicker) {
            kicker = true;
            EXPECT_TRUE(run.colour.isPaper());  // reversed out of the band
            for (LayoutUnit y : run.y) {
                EXPECT_GT(y, band.rect.y);
                EXPECT_LT(y, band.rect.bottom());
            }
        } else if (run.source.field == StoryField::Headline) {
            headline = true;
            EXPECT_EQ(run.colour.spot, "PANTONE 485 C");
        } else if (run.source.field == StoryField::Body) {
            EXPECT_TRUE(run.colour.isBlack());  // body text stays black: it overprints the tint
        }
    }
    EXPECT_TRUE(kicker && headline);
}

TEST_F(FurnitureFlowTest, RulesTheGuttersBetweenColumnsUnderTheHead) {
    Block block;
    block.area = {{0, 4, 10, 30}};
    const std::size_t without = flow(block).rules.size();
    m_page.columnRules = true;
    const PageLayout out = flow(block);
    ASSERT_EQ(out.rules.size(), without + 3);  // four columns, three gutters
    const Copyfit& fit = out.copyfit.front();
    const LayoutUnit bodyTop = m_page.grid.lineY(10 + fit.headLines);
    for (std::size_t r = without; r < out.rules.size(); ++r) {
        const PageRule& rule = out.rules[r];
        EXPECT_EQ(rule.x1, rule.x2);
        EXPECT_EQ(rule.y1, bodyTop);  // not through the headline
        EXPECT_EQ(rule.y2, rectOf(block).bottom());
        // In a gutter: between two of the body's column frames, touching neither.
        for (const Rect& column : fit.textFrames) {
            EXPECT_FALSE(rule.x1 > column.x && rule.x1 < column.right());
        }
    }
}

TEST_F(FurnitureFlowTest, PreflightNotesColoursNewsprintCannotHold) {
    Block block;
    block.id = "b";
    block.area = {{0, 4, 10, 30}};
    block.boxed = true;
    block.frameInk = {"四色红", 100};  // a 0.75 pt frame in two inks
    block.kickerBand = {"报头红", 100};
    PageLayout out = flow(block);
    PrintSettings print;
    auto findings = preflightColours(m_page, out, m_stories, print);
    auto has = [&](const std::string& kind) {
        for (const Diagnostic& d : findings) {
            if (d.kind == kind) return true;
        }
        return false;
    };
    EXPECT_TRUE(has("colour-fine"));       // the thin two-ink frame
    EXPECT_FALSE(has("colour-reversed"));  // the kicker is 三号, large enough
    EXPECT_FALSE(has("colour-ink"));
    // A small reversed text, and a swatch of more ink than the plant takes.
    for (PageRun& run : out.runs) {
        if (run.source.field == StoryField::Kicker) run.size = fromPoints(8);
    }
    out.boxes.front().fill = Colour::of({"深底", "", {1, 1, 1, 1}});
    findings = preflightColours(m_page, out, m_stories, print);
    EXPECT_TRUE(has("colour-reversed"));
    ASSERT_TRUE(has("colour-ink"));
    for (const Diagnostic& d : findings) {
        if (d.kind == "colour-ink") {
            EXPECT_EQ(d.severity, Severity::Warning);
            EXPECT_NE(d.message.find("240 %"), std::string::npos) << d.message;
        }
        EXPECT_EQ(d.place.block, "b");
    }
    // The house style's page: a solid spot red masthead and black text say nothing.
    block.boxed = false;
    block.kickerBand = {};
    EXPECT_TRUE(preflightColours(m_page, flow(block), m_stories, print).empty());
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

// The folio's words as the flow sets them.
std::string folioText(const Page& page, fonts::FontRegistry& registry, const FlowStyles& styles) {
    Typesetter typesetter{registry};
    PageLayout out;
    out.grid = page.grid;
    flowBlock(page, 0, {}, styles, typesetter, out);
    std::string text;
    for (const PageRun& run : out.runs)
        for (const std::string& t : run.text) text += t;
    return text;
}

TEST(FolioFlowTest, AnInsidePagesHeaderNamesItsPageAndSectionFirst) {
    fonts::FontRegistry registry;
    auto styles = flowStyles(StyleSheet::defaults(), registry);
    ASSERT_TRUE(styles.ok()) << styles.error().message;
    Page page{pageGrid(PagePreset::Broadsheet), {}, {}};
    page.masthead.title = "徐汇报";
    page.masthead.publication = CalendarDate{2026, 12, 6};
    Block folio;
    folio.kind = BlockKind::Folio;
    folio.area = {{0, page.grid.columns, page.grid.lines - 1, 1}};
    page.blocks = {folio};
    // The front page's folio at its foot: the paper, the date, 第1版 (the runs keep no spaces).
    EXPECT_EQ(folioText(page, registry, styles.value()), "徐汇报　2026年12月6日星期日　第1版");
    // Page 3 of the edition, 综合: its 报眉 at the top says so first.
    page.number = 3;
    page.section = "综合";
    page.blocks[0].area = {{0, page.grid.columns, 0, 1}};
    EXPECT_EQ(folioText(page, registry, styles.value()),
              "第3版　综合　　徐汇报　2026年12月6日星期日");
}

}  // namespace
}  // namespace banmian::layout
