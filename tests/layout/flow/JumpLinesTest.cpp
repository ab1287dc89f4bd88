// A block that is one part of a story continued across pages (转版), flowed alone: its jump lines,
// the text it passes on instead of oversetting, and a continuation that begins inside a paragraph.
#include <gtest/gtest.h>

#include "layout/base/Utf8.h"
#include "layout/flow/BlockFlow.h"

namespace banmian::layout {
namespace {

class JumpLinesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        ParagraphStyle body;
        body.font = *s_registry->forRole(fonts::FontRole::BookSong).id;
        s_styles.body = s_styles.headline = s_styles.kicker = s_styles.subtitle = body;
        s_styles.byline = s_styles.caption = body;
        s_styles.headlineSizes = {fromPoints(18), fromPoints(28)};
    }
    static void TearDownTestSuite() { delete s_registry; }

    static Story story() {
        Story s;
        s.id = "the-story";
        for (int i = 0; i < 4; ++i) {
            s.paragraphs.push_back(
                    "技能人才是推动上海实现高质量发展、打造高品质生活的持续动力。徐汇历来是技能人才"
                    "汇聚之地，也是技能人才辈出之地，始终把对技能人才的培养放在重要位置。");
        }
        return s;
    }

    PageLayout flow(const Jump& jump, int lines, const FlowStyles& styles = s_styles) {
        m_stories = {story()};
        Block block;
        block.story = "the-story";
        block.area = {{2, 2, 10, lines}};
        block.jump = jump;
        m_page.blocks = {block};
        PageLayout out;
        out.grid = m_page.grid;
        flowBlock(m_page, 0, m_stories, styles, m_typesetter, out);
        return out;
    }

    static std::size_t setCharacters(const PageLayout& out) {
        std::size_t count = 0;
        for (const PageRun& run : out.runs) {
            if (run.source.story.empty()) continue;
            for (const std::string& t : run.text) count += utf8::length(t);
        }
        return count;
    }

    // The first glyph of story text on the page.
    static const PageRun* firstBodyRun(const PageLayout& out) {
        for (const PageRun& run : out.runs)
            if (!run.source.story.empty() && !run.glyphs.empty()) return &run;
        return nullptr;
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline FlowStyles s_styles;
    Page m_page{pageGrid(PagePreset::Broadsheet), {}, {}};
    std::vector<Story> m_stories;
    Typesetter m_typesetter{*s_registry};
};

TEST_F(JumpLinesTest, TextThatGoesOnToAnotherPageIsNotOversetAndIsCountedOnce) {
    const PageLayout plain = flow({}, 6);
    ASSERT_GT(plain.copyfit[0].oversetCharacters, 0u);

    const PageLayout continued = flow({.continuedOn = 3}, 6);
    const Copyfit& fit = continued.copyfit[0];
    EXPECT_EQ(fit.oversetLines, 0);
    EXPECT_EQ(fit.continuedOn, 3);
    // The jump line takes one line out of the body: one line's text more goes on.
    EXPECT_GT(fit.continuedCharacters, plain.copyfit[0].oversetCharacters);
    EXPECT_EQ(setCharacters(continued) + fit.continuedCharacters, story().characterCount());
    ASSERT_TRUE(fit.continueAt);
    EXPECT_EQ(fit.continueAt->story, "the-story");
    for (const Diagnostic& d : continued.diagnostics) EXPECT_NE(d.kind, "overset") << d.message;
}

TEST_F(JumpLinesTest, AContinuationInsideAParagraphHasNoIndentAndOneAtItsStartHasOne) {
    const LayoutUnit columnX = m_page.grid.columnX(2);
    const LayoutUnit em = s_styles.body.size;
    // 30 bytes: ten characters into the first paragraph.
    const PageLayout inside =
            flow({.continuedFrom = 1, .start = {"the-story", StoryField::Body, 0, 30}}, 20);
    const PageRun* first = firstBodyRun(inside);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->textBegin.front(), 30u) << "its text counted from the paragraph's start";
    EXPECT_EQ(first->text.front(), "现");
    EXPECT_EQ(first->x.front(), columnX);

    const PageLayout atStart =
            flow({.continuedFrom = 1, .start = {"the-story", StoryField::Body, 1, 0}}, 20);
    first = firstBodyRun(atStart);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->source.paragraph, 1u);
    EXPECT_EQ(first->x.front(), columnX + 2 * em);
}

TEST_F(JumpLinesTest, JumpLinesTakeTheSheetsJumpStyleWhereItHasOne) {
    auto jumpRunSize = [](const PageLayout& out) {
        for (const PageRun& run : out.runs)
            if (run.source.story.empty()) return run.size;
        return LayoutUnit{0};
    };
    EXPECT_EQ(jumpRunSize(flow({.continuedOn = 2}, 6)), s_styles.body.size);
    FlowStyles withJump = s_styles;
    withJump.jump = s_styles.body;
    withJump.jump->size = fromPoints(7.5);
    EXPECT_EQ(jumpRunSize(flow({.continuedOn = 2}, 6, withJump)), fromPoints(7.5));
}

}  // namespace
}  // namespace banmian::layout
