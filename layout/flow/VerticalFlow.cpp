#include "layout/flow/VerticalFlow.h"

#include <algorithm>

namespace banmian::layout {

std::vector<Rect> verticalTiers(const Rect& area, LayoutUnit em, LayoutUnit longest) {
    if (area.width < em || area.height < em || longest < em) return {};
    const LayoutUnit gap = em;
    const auto count = std::max<LayoutUnit>(1, (area.height + gap + longest) / (longest + gap));
    // Tiers of whole ems, alike; what is left over stays at the foot.
    const LayoutUnit length = (area.height - (count - 1) * gap) / count / em * em;
    std::vector<Rect> tiers;
    for (LayoutUnit t = 0; t < count; ++t)
        tiers.push_back({area.x, area.y + t * (length + gap), area.width, length});
    return tiers;
}

namespace {

// The longest stretch of [top, bottom) down a line between `left` and `right` that no obstacle
// comes within an em of.
std::pair<LayoutUnit, LayoutUnit> clearStretch(LayoutUnit left, LayoutUnit right, LayoutUnit top,
                                               LayoutUnit bottom, LayoutUnit em,
                                               const std::vector<Rect>& obstacles) {
    std::vector<std::pair<LayoutUnit, LayoutUnit>> blocked;
    for (const Rect& o : obstacles) {
        if (o.x < right && left < o.right() && o.y - em < bottom && top < o.bottom() + em)
            blocked.push_back({o.y - em, o.bottom() + em});
    }
    std::sort(blocked.begin(), blocked.end());
    std::pair<LayoutUnit, LayoutUnit> best = {top, top};
    LayoutUnit from = top;
    for (const auto& [b0, b1] : blocked) {
        if (b0 - from > best.second - best.first) best = {from, b0};
        from = std::max(from, b1);
    }
    if (bottom - from > best.second - best.first) best = {from, bottom};
    return best;
}

}  // namespace

std::vector<VerticalSlot> verticalSlots(const std::vector<Rect>& tiers, LayoutUnit em,
                                        LayoutUnit leading, const std::vector<Rect>& obstacles) {
    std::vector<VerticalSlot> slots;
    if (leading <= 0) return slots;
    for (const Rect& tier : tiers) {
        // Line i takes [i × leading, i × leading + em] from the tier's right edge.
        for (LayoutUnit across = 0; across + em <= tier.width; across += leading) {
            const LayoutUnit axis = tier.right() - across - em / 2;
            const auto [top, bottom] = clearStretch(axis - em / 2, axis + em / 2, tier.y,
                                                    tier.bottom(), em, obstacles);
            // Whole characters from the stretch's top.
            const LayoutUnit length = (bottom - top) / em * em;
            if (length >= 2 * em) slots.push_back({top, axis, length});
        }
    }
    return slots;
}

}  // namespace banmian::layout
