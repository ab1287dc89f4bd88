#include "layout/compose/AutoCompose.h"

#include <algorithm>
#include <map>
#include <random>

#include "layout/base/Id.h"
#include "layout/compose/ComposeUnits.h"
#include "layout/compose/FaultCosts.h"
#include "layout/compose/PageFurniture.h"
#include "layout/compose/PagePlan.h"
#include "layout/flow/BlockFlow.h"
#include "layout/flow/PageFlow.h"

namespace banmian::layout {
namespace {

// How hard the search looks: random plans of each kind, then the best few improved one cut at
// a time. Enough to find the seed page's best plan again from any seed of the generator.
constexpr int kRandomPlans = 500;
constexpr int kImprovedPlans = 8;
constexpr int kImprovementSteps = 400;
// Plans composed in full and measured before the best are chosen.
constexpr std::size_t kMeasuredPlans = 10;

// The masthead block: its title and issue lines, then a blank line under the heavy rule.
Block mastheadBlock(const Page& page, const std::vector<Story>& stories, const FlowStyles& styles,
                    Typesetter& typesetter) {
    const PageGrid& grid = page.grid;
    Block block;
    block.id = newId();
    block.kind = BlockKind::Masthead;
    block.area = {{0, grid.columns, 0, 1}};
    Page probePage = page;
    probePage.blocks = {block};
    PageLayout probe;
    flowBlock(probePage, 0, stories, styles, typesetter, probe);
    LayoutUnit bottom = grid.marginTop;
    for (const PageRun& run : probe.runs)
        for (LayoutUnit y : run.y) bottom = std::max(bottom, y + run.size / 4);
    const int lines = static_cast<int>((bottom - grid.marginTop) / grid.leading) + 2;
    block.area = {{0, grid.columns, 0, lines}};
    return block;
}

// The blocks of a unit placed by a plan: its story (the lead's with its headline across the
// page when the plan says so), its photos' frames across the top of its body, its boxes.
void addUnit(const PlacedUnit& placed, const ComposeUnit& unit, const PlanOutcome& outcome,
             int bandTop, const std::vector<Story>& stories, const std::vector<DayPhoto>& photos,
             Page& page) {
    const UnitLayout& layout = placed.layout;
    const GridRect& area = placed.area;
    Block story;
    story.id = newId();
    story.story = stories[unit.story].id;
    if (layout.boxedStory) {
        story.boxed = true;
        story.textColumns = layout.boxTextColumns;
        story.balanceColumns = true;
        story.headlineSize = layout.headlineSize;
        story.area = {area};
        page.blocks.push_back(std::move(story));
        return;
    }
    story.lead = unit.lead;
    story.showKicker = !unit.dropKicker;
    story.balanceColumns = true;
    story.headlineSize = layout.headlineSize;
    // A story led by its photo stands under it; else the photos stand under its head.
    // (a blank line between them, as under a photo within the text).
    const int above = layout.photoFirst ? layout.bandLines + 1 : 0;
    const int bodyLine = area.line + above;
    const int bodyLines = layout.storyLines - above;
    const GridRect body{area.column, layout.storyColumns, bodyLine, bodyLines};
    if (unit.lead && outcome.leadBandLines > 0)
        story.area = {{0, page.grid.columns, bandTop, outcome.leadBandLines}, body};
    else
        story.area = {body};
    const int bandLine = layout.photoFirst ? area.line : area.line + layout.headLines;
    if (layout.placeholder) {
        story.photos.push_back({{area.column, layout.bandColumns, bandLine, layout.bandLines},
                                "",
                                "",
                                std::nullopt,
                                newId(),
                                newId()});
    } else {
        // The band's photos side by side over the text, then the rest at the text's foot
        // against the story's right edge; the columns left over to the first of each.
        auto addBand = [&](int first, int count, int columns, int line, int lines, int column) {
            for (int p = 0; p < count; ++p) {
                const DayPhoto& day = photos[unit.photos[static_cast<std::size_t>(first + p)]];
                const int width = columns / count + (p == 0 ? columns % count : 0);
                PhotoFrame frame;
                frame.area = {column, width, line, lines};
                frame.image = day.path;
                frame.caption = day.caption;
                frame.credit = day.credit;
                frame.id = day.id.empty() ? newId() : day.id;
                frame.captionId = newId();
                story.photos.push_back(std::move(frame));
                column += width;
            }
        };
        addBand(0, layout.bandPhotos, layout.bandColumns, bandLine, layout.bandLines, area.column);
        addBand(layout.bandPhotos, layout.footPhotos, layout.footColumns,
                body.endLine() - layout.footLines, layout.footLines,
                area.column + layout.storyColumns - layout.footColumns);
    }
    page.blocks.push_back(std::move(story));
    for (std::size_t t = 0; t < unit.sidebars.size(); ++t) {
        Block box;
        box.id = newId();
        box.story = stories[unit.sidebars[t]].id;
        box.boxed = true;
        box.textColumns = layout.boxTextColumns;
        box.balanceColumns = true;
        if (layout.boxes == UnitLayout::Boxes::Beside) {
            box.area = {
                    {area.column + layout.storyColumns, layout.boxColumns, area.line, area.lines}};
        } else {
            int line = area.line + layout.storyLines + 1;
            for (std::size_t before = 0; before < t; ++before) line += layout.boxLines[before] + 1;
            box.area = {{area.column, area.columns, line, layout.boxLines[t]}};
        }
        page.blocks.push_back(std::move(box));
    }
}

// What a designer would say of a plan: where the lead's headline stands and the widths of the
// pieces across the top of the body.
std::string describe(const PlanOutcome& outcome, bool across) {
    std::vector<GridRect> top;
    int firstLine = INT32_MAX;
    for (const PlacedUnit& placed : outcome.units)
        firstLine = std::min(firstLine, placed.area.line);
    for (const PlacedUnit& placed : outcome.units)
        if (placed.area.line == firstLine) top.push_back(placed.area);
    std::sort(top.begin(), top.end(),
              [](const GridRect& a, const GridRect& b) { return a.column < b.column; });
    std::string widths;
    for (const GridRect& r : top) widths += (widths.empty() ? "" : "+") + std::to_string(r.columns);
    return std::string(across ? "lead headline across the page"
                              : "lead headline over its columns") +
           ", " + widths + " columns under the masthead";
}

// A page's score from its measure: an empty cell costs 1; what a designer would rebuild the page
// for costs as much as a block of empty cells; what fails the page as the plan's costs have it
// (FaultCosts.h).
double scoreOf(const PageMeasure& m) {
    using namespace faultCost;
    double score =
            m.unusedCells + (m.largestHoleLines > 1 ? kHole + kHoleLine * m.largestHoleLines : 0);
    score += kHeadCollision * static_cast<double>(m.headCollisions.size());
    score += 40.0 * static_cast<double>(m.headlinesBrokenInsideWord.size());
    score += 40.0 * static_cast<double>(m.repeatedTitles.size());
    score += 200.0 * static_cast<double>(m.widerThanLead.size());
    score += kOversetLine * m.oversetLines + 200.0 * m.unplacedStories +
             kPhotoLeftOut * m.unplacedPhotos;
    score += kPlaceholder * m.emptyPhotoFrames;
    score += 50.0 * static_cast<double>(m.photosUnderResolution.size());
    if (m.leadHeadlineRatio > 0 && m.leadHeadlineRatio < 1.25) score += 40;
    return score;
}

// Which units a plan puts where, by column and width: two plans that differ only in depths are
// one layout to a designer.
std::string signature(const PlanOutcome& outcome, bool across, int pageColumns) {
    std::vector<std::tuple<int, int, int>> pieces;
    for (const PlacedUnit& placed : outcome.units)
        pieces.emplace_back(placed.unit, placed.area.column, placed.area.columns);
    std::sort(pieces.begin(), pieces.end());
    // The lead's headline across the page or over its columns: one page when the lead is as
    // wide as the page.
    const bool leadAsWide = std::any_of(
            outcome.units.begin(), outcome.units.end(),
            [&](const PlacedUnit& p) { return p.unit == 0 && p.area.columns == pageColumns; });
    std::string key = across && !leadAsWide ? "A" : "O";
    for (const auto& [unit, column, columns] : pieces)
        key += std::to_string(unit) + ":" + std::to_string(column) + "/" + std::to_string(columns) +
               " ";
    return key;
}

}  // namespace

std::vector<ComposedPage> composeVariants(const std::vector<Story>& stories,
                                          const std::vector<DayPhoto>& photos, const PageGrid& grid,
                                          const Masthead& masthead, const FlowStyles& styles,
                                          const PrintSettings& print, Typesetter& typesetter,
                                          int count, const Page* before, std::stop_token stop) {
    Page base{grid, masthead, {}};
    // A page of Taiwan copy is a Taiwan page: its masthead and folio follow its stories' language.
    base.language = majorityLanguage(stories);
    // An inside page of an edition has no masthead: its 报眉 (the folio line) stands at its top.
    base.number = before ? before->number : 1;
    base.section = before ? before->section : "";
    const bool inside = base.number > 1;
    Block folio;
    folio.id = newId();
    folio.kind = BlockKind::Folio;
    folio.area = {{0, grid.columns, inside ? 0 : grid.lines - 1, 1}};
    if (inside) {
        base.blocks.push_back(folio);
    } else {
        base.blocks.push_back(mastheadBlock(base, stories, styles, typesetter));
        if (before) keepEars(*before, base);
    }
    // A blank line under the 报眉, and above the front page's folio.
    const int top = base.blocks.front().area.front().endLine() + (inside ? 1 : 0);
    const int foot = inside ? grid.lines : grid.lines - 2;

    const std::vector<ComposeUnit> units = composeUnits(stories, photos);
    TextNeeds needs(stories, photos, grid, styles, typesetter);
    UnitLayouts layouts(stories, units, photos, grid, print, needs);
    SolvedPieces solved;
    const int unitCount = static_cast<int>(units.size());

    // The search: random plans with the lead's headline across the page and over its columns,
    // then the best few improved a cut at a time while that helps.
    struct Candidate {
        PagePlan plan;
        PlanOutcome outcome;
    };
    std::map<std::string, Candidate> found;  // by signature: each layout once
    // A plan far dearer than the best so far is not worth moving its cuts for.
    constexpr double kWorthMoving = 200;
    double cheapest = kImpossible;
    auto consider = [&](PagePlan plan) -> double {
        PlanOutcome outcome = placePlan(plan, top, foot, layouts, solved, needs, units, grid,
                                        cheapest + kWorthMoving);
        if (outcome.cost == kImpossible) return kImpossible;
        const std::string key = signature(outcome, plan.leadHeadAcross, grid.columns);
        const double cost = outcome.cost;
        cheapest = std::min(cheapest, cost);
        auto it = found.find(key);
        if (it == found.end() || cost < it->second.outcome.cost)
            found[key] = {std::move(plan), std::move(outcome)};
        return cost;
    };
    std::mt19937 random(20261204);
    if (unitCount > 0) {
        for (bool across : {true, false})
            for (int i = 0; i < kRandomPlans; ++i) {
                if (stop.stop_requested()) return {};
                consider(randomPlan(unitCount, grid.columns, across, random));
            }
    }
    auto best = [&](std::size_t n) {
        std::vector<const Candidate*> sorted;
        for (const auto& [key, candidate] : found) sorted.push_back(&candidate);
        std::sort(sorted.begin(), sorted.end(), [](const Candidate* a, const Candidate* b) {
            return a->outcome.cost < b->outcome.cost;
        });
        if (sorted.size() > n) sorted.resize(n);
        std::vector<Candidate> out;
        for (const Candidate* c : sorted) out.push_back(*c);
        return out;
    };
    for (const Candidate& start : best(kImprovedPlans)) {
        PagePlan plan = start.plan;
        double cost = start.outcome.cost;
        for (int step = 0; step < kImprovementSteps; ++step) {
            if (stop.stop_requested()) return {};
            PagePlan next = mutatePlan(plan, grid.columns, random);
            const double nextCost = consider(next);
            if (nextCost < cost) {
                plan = std::move(next);
                cost = nextCost;
            }
        }
    }

    // The best plans composed in full and measured; the page's measure has the last word.
    std::vector<ComposedPage> pages;
    for (const Candidate& candidate : best(kMeasuredPlans)) {
        if (stop.stop_requested()) return {};
        ComposedPage composed;
        composed.page = base;
        const int bandTop = top;
        for (const PlacedUnit& placed : candidate.outcome.units) {
            addUnit(placed, units[static_cast<std::size_t>(placed.unit)], candidate.outcome,
                    bandTop, stories, photos, composed.page);
        }
        if (!inside) {
            composed.page.blocks.push_back(folio);
            composed.page.blocks.back().id = newId();
        }
        const PageLayout layout = layoutPage(composed.page, stories, styles, typesetter);
        composed.measure = measurePage(composed.page, layout, stories, print, photos);
        // The plan's own costs the measure cannot see (proportions, crops) count for half.
        composed.score = scoreOf(composed.measure) + candidate.outcome.cost / 2;
        composed.plan = describe(candidate.outcome, candidate.plan.leadHeadAcross);
        pages.push_back(std::move(composed));
    }
    if (pages.empty()) {  // no stories, or none that fits: the masthead and the folio
        ComposedPage empty;
        empty.page = base;
        if (!inside) empty.page.blocks.push_back(folio);
        const PageLayout layout = layoutPage(empty.page, stories, styles, typesetter);
        empty.measure = measurePage(empty.page, layout, stories, print, photos);
        empty.score = scoreOf(empty.measure);
        pages.push_back(std::move(empty));
    }
    std::stable_sort(pages.begin(), pages.end(), [](const ComposedPage& a, const ComposedPage& b) {
        return a.score < b.score;
    });
    if (pages.size() > static_cast<std::size_t>(std::max(1, count)))
        pages.resize(static_cast<std::size_t>(std::max(1, count)));
    return pages;
}

Page autoCompose(const std::vector<Story>& stories, const PageGrid& grid, const Masthead& masthead,
                 const FlowStyles& styles, Typesetter& typesetter,
                 const std::vector<DayPhoto>& photos, const PrintSettings& print) {
    return composeVariants(stories, photos, grid, masthead, styles, print, typesetter, 1)
            .front()
            .page;
}

}  // namespace banmian::layout
