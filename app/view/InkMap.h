#pragma once

#include <QRectF>
#include <cstddef>
#include <map>

#include "layout/output/PageLayout.h"

namespace banmian::app {

/// Where each block of a composed page puts its ink, and a digest of that ink (its glyphs and
/// their places, its photos); and each rule and box of the page on its own. Two of them say which
/// part of the page a change repainted: a drag step sets one story again, not the page, and at
/// 100 % blending every glyph on the screen again was most of a step (README, Performance).
class InkMap {
public:
    InkMap() = default;
    explicit InkMap(const layout::PageLayout& page);

    /// The part of the page (in points) whose ink differs from `before`'s: the old and the new
    /// place of each block that changed; empty when none did.
    QRectF changedFrom(const InkMap& before) const;

private:
    struct Ink {
        QRectF bounds;
        std::size_t digest = 0;
        bool operator==(const Ink&) const = default;
    };
    std::map<int, Ink> m_blocks;                 // by the block's place in the composition
    std::multimap<std::size_t, QRectF> m_lines;  // rules and boxes, by digest
};

}  // namespace banmian::app
