#include "layout/compose/ComposeUnits.h"

#include <algorithm>

#include "layout/compose/PageMeasure.h"
#include "layout/flow/BlockFlow.h"

namespace banmian::layout {
namespace {

// Deeper than any page: a story flowed into it shows all it needs.
constexpr int kTallLines = 4000;

}  // namespace

std::vector<ComposeUnit> composeUnits(const std::vector<Story>& stories,
                                      const std::vector<DayPhoto>& photos) {
    std::vector<ComposeUnit> units;
    std::vector<bool> placed(stories.size(), false);
    for (std::size_t s = 0; s < stories.size(); ++s) {
        if (stories[s].kind != StoryKind::Article) continue;
        ComposeUnit unit;
        unit.story = s;
        unit.lead = units.empty();
        placed[s] = true;
        for (std::size_t t = 0; t < stories.size(); ++t) {
            if (stories[t].kind != StoryKind::Sidebar || stories[t].related != stories[s].id)
                continue;
            unit.sidebars.push_back(t);
            placed[t] = true;
            // A kicker that says the sidebar's title again is left out: the box beside says it.
            if (sameTitle(stories[s].kicker, stories[t].headline)) unit.dropKicker = true;
        }
        units.push_back(std::move(unit));
    }
    for (std::size_t s = 0; s < stories.size(); ++s) {  // sidebars whose article is not here
        if (placed[s]) continue;
        ComposeUnit unit;
        unit.story = s;
        unit.lead = units.empty();
        units.push_back(std::move(unit));
    }
    // Each photo to the story it names; the rest in the order given, the first to the lead, one
    // to each article still without one, then again from the lead.
    std::vector<std::size_t> unnamed;
    for (std::size_t p = 0; p < photos.size(); ++p) {
        const auto owner = std::find_if(units.begin(), units.end(), [&](const ComposeUnit& u) {
            return !photos[p].story.empty() && stories[u.story].id == photos[p].story;
        });
        if (owner != units.end())
            owner->photos.push_back(p);
        else
            unnamed.push_back(p);
    }
    std::vector<std::size_t> articles;
    for (std::size_t u = 0; u < units.size(); ++u)
        if (stories[units[u].story].kind == StoryKind::Article) articles.push_back(u);
    std::size_t next = 0;
    for (std::size_t p : unnamed) {
        if (articles.empty()) break;
        std::size_t chosen = articles[next % articles.size()];
        for (std::size_t a : articles) {
            if (units[a].photos.empty()) {
                chosen = a;
                break;
            }
        }
        if (!units[chosen].photos.empty()) ++next;
        units[chosen].photos.push_back(p);
    }
    return units;
}

TextNeeds::TextNeeds(const std::vector<Story>& stories, const std::vector<DayPhoto>& photos,
                     const PageGrid& grid, const FlowStyles& styles, Typesetter& typesetter)
    : m_stories(stories),
      m_photos(photos),
      m_grid(grid),
      m_styles(styles),
      m_typesetter(typesetter) {}

TextNeeds::Probe TextNeeds::probe(std::size_t story, Block block) {
    block.story = m_stories[story].id;
    Page page{m_grid, {}, {block}};
    PageLayout out;
    flowBlock(page, 0, m_stories, m_styles, m_typesetter, out);
    Probe probe;
    for (const PageRun& run : out.runs)
        if (run.source.field == StoryField::Headline)
            probe.headlineSize = std::max(probe.headlineSize, run.size);
    if (!out.images.empty()) probe.captionHeight = out.images.front().caption.height;
    if (out.copyfit.empty()) return probe;
    const Copyfit& fit = out.copyfit.front();
    probe.columns = std::max<int>(1, static_cast<int>(fit.textFrames.size()));
    probe.headLines = fit.headLines;
    probe.overset = fit.oversetLines > 0;
    const int rows = block.area.front().lines - fit.headLines;
    probe.usedCells = probe.columns * rows - fit.undersetLines;
    return probe;
}

const TextNeed& TextNeeds::story(std::size_t story, int columns, bool lead, LayoutUnit headlineCap,
                                 bool dropKicker) {
    const auto key = std::make_tuple(story, columns, lead, headlineCap, dropKicker);
    if (const auto found = m_storyNeeds.find(key); found != m_storyNeeds.end())
        return found->second;
    const Probe* measured = &storyProbe(story, columns, lead, dropKicker, 0);
    LayoutUnit headlineSize = 0;
    if (headlineCap > 0 && measured->headlineSize > headlineCap) {
        headlineSize = headlineCap / kUnitsPerPoint * kUnitsPerPoint;  // whole points
        measured = &storyProbe(story, columns, lead, dropKicker, headlineSize);
    }
    return m_storyNeeds[key] = {measured->headLines, measured->usedCells, headlineSize};
}

// The search asks for a story under a cap for every width the lead may take, and most caps
// leave the headline as it is or come to the same whole point: each block is set only once.
const TextNeeds::Probe& TextNeeds::storyProbe(std::size_t story, int columns, bool lead,
                                              bool dropKicker, LayoutUnit headlineSize) {
    const auto key = std::make_tuple(story, columns, lead, dropKicker, headlineSize);
    if (const auto found = m_storyProbes.find(key); found != m_storyProbes.end())
        return found->second;
    Block block;
    block.lead = lead;
    block.showKicker = !dropKicker;
    block.headlineSize = headlineSize;
    // The body's columns are basic columns, all as wide, so the text sets the same lines however
    // deep the block: a block with the tall one's lines shared out over its columns measures the
    // same with a columns-th of the grid lines to lay out. A text too long for it is measured
    // in the tall block. (A block of no columns, which a piece too narrow asks for, stays tall.)
    block.area = {{0, columns, 0, columns > 1 ? kTallLines / columns + 1 : kTallLines}};
    Probe measured = probe(story, block);
    if (measured.overset) {
        block.area = {{0, columns, 0, kTallLines}};
        measured = probe(story, block);
    }
    return m_storyProbes[key] = measured;
}

BoxNeed TextNeeds::box(std::size_t story, int columns, int textColumns, LayoutUnit headlineCap) {
    const auto key = std::make_tuple(story, columns, textColumns, headlineCap);
    if (const auto found = m_boxes.find(key); found != m_boxes.end()) return found->second;
    Block block;
    block.area = {{0, columns, 0, kTallLines}};
    block.boxed = true;
    block.textColumns = textColumns;
    Probe measured = probe(story, block);
    if (headlineCap > 0 && measured.headlineSize > headlineCap &&
        m_stories[story].kind == StoryKind::Article) {
        block.headlineSize = headlineCap / kUnitsPerPoint * kUnitsPerPoint;  // whole points
        measured = probe(story, block);
    }
    // The head and the body shared out over its columns; the probe's rows under the head hold
    // the box's inset above and below its text as well, so its used cells count them.
    const int lines =
            measured.headLines + (measured.usedCells + measured.columns - 1) / measured.columns;
    return m_boxes[key] = {lines, block.headlineSize};
}

int TextNeeds::captionLines(std::size_t photo, int columns) {
    const auto key = std::make_pair(photo, columns);
    if (const auto found = m_captions.find(key); found != m_captions.end()) return found->second;
    const DayPhoto& day = m_photos[photo];
    if (day.caption.empty() && day.credit.empty()) return m_captions[key] = 0;
    Block block;
    block.area = {{0, columns, 0, kTallLines}};
    block.photos.push_back(
            {{0, columns, 0, 40}, "", day.caption, std::nullopt, "", "", {}, day.credit});
    const Probe measured = probe(0, block);
    const int lines =
            static_cast<int>((measured.captionHeight + m_grid.leading - 1) / m_grid.leading);
    return m_captions[key] = lines;
}

LayoutUnit TextNeeds::leadHeadlineSize(std::size_t story, int columns) {
    const auto key = std::make_pair(story, columns);
    if (const auto found = m_leadSizes.find(key); found != m_leadSizes.end()) return found->second;
    Block block;
    block.area = {{0, columns, 0, 60}};
    block.lead = true;
    return m_leadSizes[key] = probe(story, block).headlineSize;
}

}  // namespace banmian::layout
