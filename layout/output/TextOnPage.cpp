#include "layout/output/TextOnPage.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>

namespace banmian::layout {
namespace {

// A glyph's em box: CJK faces put the ideographic em box 0.88 em above the baseline and 0.12 em
// below it. In a vertical line (竖排) the box is an em across the line's centre, from the top of
// the glyph's character down its advance.
Rect emBox(const PageRun& run, std::size_t g) {
    if (inVerticalLine(run.orientation) && g < run.cell.size())
        return {run.axis - run.size / 2, run.cell[g], run.size, run.advance[g]};
    const LayoutUnit above = emFraction(run.size, 88, 100);
    return {run.x[g], run.y[g] - above, run.advance[g], run.size};
}

TextPlace placeOf(const PageRun& run, std::uint32_t offset) {
    return {run.source.story, run.source.field, run.source.paragraph, offset};
}

// Calls visit(run, glyph) for every glyph of story text on the page, in the order it was set.
template <typename Visit>
void forEachStoryGlyph(const PageLayout& page, Visit visit) {
    for (const PageRun& run : page.runs) {
        if (run.source.story.empty() || run.textBegin.size() != run.glyphs.size()) continue;
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) visit(run, g);
    }
}

}  // namespace

std::vector<Rect> rangeRects(const PageLayout& page, const TextRange& range) {
    std::vector<Rect> pieces;
    if (range.empty()) return pieces;
    forEachStoryGlyph(page, [&](const PageRun& run, std::size_t g) {
        if (run.source.story != range.begin.story) return;
        if (placeOf(run, run.textBegin[g]) < range.begin ||
            range.end < placeOf(run, run.textEnd[g]))
            return;
        const Rect box = emBox(run, g);
        // Glyphs side by side on one line make one piece; a new line or column starts another.
        if (!pieces.empty() && inVerticalLine(run.orientation)) {  // one below another
            Rect& last = pieces.back();
            const bool sameLine = box.x < last.right() && box.right() > last.x;
            if (sameLine && box.y >= last.y && box.y <= last.bottom() + run.size / 2) {
                last.height = std::max(last.bottom(), box.bottom()) - last.y;
                return;
            }
        } else if (!pieces.empty()) {
            Rect& last = pieces.back();
            const bool sameLine = box.y + box.height > last.y && box.y < last.bottom();
            if (sameLine && box.x >= last.x && box.x <= last.right() + run.size / 2) {
                const LayoutUnit top = std::min(last.y, box.y);
                const LayoutUnit bottom = std::max(last.bottom(), box.bottom());
                last = {last.x, top, std::max(last.right(), box.right()) - last.x, bottom - top};
                return;
            }
        }
        pieces.push_back(box);
    });
    return pieces;
}

std::vector<Rect> textBoxes(const PageLayout& page) {
    std::vector<Rect> boxes;
    boxes.reserve(page.runs.size());
    for (const PageRun& run : page.runs) {
        if (run.glyphs.empty()) continue;
        Rect box{};
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            // A glyph with no advance kept (text that is no story's) takes an em.
            Rect glyph;
            if (g < run.advance.size()) {
                glyph = emBox(run, g);
            } else {
                glyph = {run.x[g], run.y[g] - emFraction(run.size, 88, 100), run.size, run.size};
            }
            if (g == 0) {
                box = glyph;
                continue;
            }
            const LayoutUnit right = std::max(box.right(), glyph.right());
            const LayoutUnit bottom = std::max(box.bottom(), glyph.bottom());
            box.x = std::min(box.x, glyph.x);
            box.y = std::min(box.y, glyph.y);
            box.width = right - box.x;
            box.height = bottom - box.y;
        }
        boxes.push_back(box);
    }
    return boxes;
}

std::optional<Rect> caretRect(const PageLayout& page, const TextPlace& place) {
    std::optional<Rect> caret;
    forEachStoryGlyph(page, [&](const PageRun& run, std::size_t g) {
        if (caret || run.source.story != place.story) return;
        const Rect box = emBox(run, g);
        if (placeOf(run, run.textBegin[g]) != place) return;
        // A caret lies across a vertical line, above the character.
        caret = inVerticalLine(run.orientation) ? Rect{box.x, box.y, box.width, 0}
                                                : Rect{box.x, box.y, 0, box.height};
    });
    if (caret) return caret;
    // At the end of a text: after its last character.
    forEachStoryGlyph(page, [&](const PageRun& run, std::size_t g) {
        if (run.source.story != place.story) return;
        const Rect box = emBox(run, g);
        if (placeOf(run, run.textEnd[g]) != place) return;
        caret = inVerticalLine(run.orientation) ? Rect{box.x, box.bottom(), box.width, 0}
                                                : Rect{box.right(), box.y, 0, box.height};
    });
    return caret;
}

std::optional<TextPlace> placeAt(const PageLayout& page, LayoutUnit x, LayoutUnit y,
                                 LayoutUnit reach) {
    std::optional<TextPlace> nearest;
    std::int64_t best = std::numeric_limits<std::int64_t>::max();
    forEachStoryGlyph(page, [&](const PageRun& run, std::size_t g) {
        const Rect box = emBox(run, g);
        const std::int64_t dx = x < box.x ? box.x - x : (x > box.right() ? x - box.right() : 0);
        const std::int64_t dy = y < box.y ? box.y - y : (y > box.bottom() ? y - box.bottom() : 0);
        if (dx > reach || dy > reach) return;
        // Lines first: a point beside a line belongs to it, not to the line above or below.
        // (In a vertical line, across first: a point beside a column belongs to it.)
        const bool vertical = inVerticalLine(run.orientation);
        const std::int64_t distance = vertical ? dx * 16 + dy : dy * 16 + dx;
        if (distance >= best) return;
        best = distance;
        const bool firstHalf = vertical ? y < box.y + box.height / 2 : x < box.x + box.width / 2;
        nearest = placeOf(run, firstHalf ? run.textBegin[g] : run.textEnd[g]);
    });
    return nearest;
}

std::optional<TextRange> rangeUnder(const PageLayout& page, const std::vector<Rect>& areas) {
    // The centre, not any overlap: a viewer's quadrilaterals are drawn a little wider and taller
    // than the characters, and touch the neighbours' boxes, never their centres.
    struct Covered {
        std::size_t count = 0;
        TextRange range;
    };
    std::map<std::string, Covered> byStory;
    forEachStoryGlyph(page, [&](const PageRun& run, std::size_t g) {
        const Rect box = emBox(run, g);
        const LayoutUnit cx = box.x + box.width / 2, cy = box.y + box.height / 2;
        const bool under = std::any_of(areas.begin(), areas.end(), [&](const Rect& area) {
            return cx >= area.x && cx <= area.right() && cy >= area.y && cy <= area.bottom();
        });
        if (!under) return;
        Covered& covered = byStory[run.source.story];
        const TextPlace begin = placeOf(run, run.textBegin[g]), end = placeOf(run, run.textEnd[g]);
        if (covered.count == 0 || begin < covered.range.begin) covered.range.begin = begin;
        if (covered.count == 0 || covered.range.end < end) covered.range.end = end;
        ++covered.count;
    });
    const Covered* most = nullptr;
    for (const auto& [story, covered] : byStory) {
        if (!most || covered.count > most->count) most = &covered;
    }
    if (!most) return std::nullopt;
    return most->range;
}

}  // namespace banmian::layout
