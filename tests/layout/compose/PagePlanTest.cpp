// A plan placed as a desk would: where a cut down puts two heads side by side at its top (撞题),
// they are parted — a brief boxed, or standing under its picture — not left to meet.
#include "layout/compose/PagePlan.h"

#include <gtest/gtest.h>

#include "layout/flow/PageFlow.h"

namespace banmian::layout {
namespace {

Story story(std::string id, std::string headline, int sentences) {
    Story s;
    s.id = std::move(id);
    s.headline = std::move(headline);
    std::string paragraph;
    for (int i = 0; i < sentences; ++i)
        paragraph += "区里的志愿者每天傍晚在河边巡查，提醒市民注意安全。";
    s.paragraphs = {paragraph, paragraph};
    return s;
}

TEST(PagePlan, TwoHeadsAtTheTopOfACutDownAreKeptApart) {
    fonts::FontRegistry registry;
    Typesetter typesetter(registry);
    auto styles = flowStyles(StyleSheet::defaults(), registry);
    ASSERT_TRUE(styles.ok()) << styles.error().message;
    const PageGrid grid = pageGrid(PagePreset::Tabloid);
    // A lead, and two briefs short enough to box (576 characters), deep enough in three columns
    // each to stand unboxed.
    const std::vector<Story> stories = {story("lead", "暑期防溺水志愿者在河边站岗", 24),
                                        story("a", "社区足球联赛明天开赛", 12),
                                        story("b", "公交36路下周一起调整走向", 12)};
    const std::vector<ComposeUnit> units = composeUnits(stories, {});
    ASSERT_EQ(units.size(), 3u);
    TextNeeds needs(stories, {}, grid, styles.value(), typesetter);
    UnitLayouts layouts(stories, units, {}, grid, {}, needs);
    SolvedPieces solved;
    // The lead across the tabloid's top; under it, the two briefs side by side.
    PagePlan plan;
    plan.leadHeadAcross = false;
    plan.nodes = {{PlanNode::Cut::Across, 0, 3, 1, 2, 1, 0},
                  {PlanNode::Cut::None, 0, 1},
                  {PlanNode::Cut::Down, 1, 3, 3, 4, 2, 3},
                  {PlanNode::Cut::None, 1, 2},
                  {PlanNode::Cut::None, 2, 3}};
    plan.root = 0;
    const PlanOutcome outcome =
            placePlan(plan, 8, grid.lines - 2, layouts, solved, needs, units, grid);
    ASSERT_LT(outcome.cost, kImpossible);
    ASSERT_EQ(outcome.units.size(), 3u);
    const PlacedUnit& a = outcome.units[1];
    const PlacedUnit& b = outcome.units[2];
    EXPECT_EQ(a.area.line, b.area.line);
    EXPECT_EQ(a.area.endColumn(), b.area.column);
    // Both set with their heads at the top would meet: one stands in its box, or under a frame.
    EXPECT_FALSE(a.layout.headAtTop() && b.layout.headAtTop());
    EXPECT_TRUE(a.layout.boxedStory || b.layout.boxedStory || a.layout.photoFirst ||
                b.layout.photoFirst);
}

}  // namespace
}  // namespace banmian::layout
