#include "layout/output/Borders.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace banmian::layout {
namespace {

Rect inset(const Rect& r, LayoutUnit by) {
    return {r.x + by, r.y + by, r.width - 2 * by, r.height - 2 * by};
}

// A frame of `width` whose outer edge is `outer`'s (a stroke is centred on its path).
void frame(PageLayout& out, const Rect& outer, LayoutUnit width, const Colour& colour) {
    out.boxes.push_back({inset(outer, width / 2), width, colour, std::nullopt});
}

// The four sides of `r` as rules of `width`, dashed or dotted as `pattern` is.
void sides(PageLayout& out, const Rect& r, LayoutUnit width, const Colour& colour,
           const PageRule& pattern) {
    const LayoutUnit l = r.x, t = r.y, rt = r.right(), b = r.bottom();
    for (const auto& [x1, y1, x2, y2] : {std::array{l, t, rt, t}, std::array{rt, t, rt, b},
                                         std::array{rt, b, l, b}, std::array{l, b, l, t}}) {
        PageRule rule = pattern;
        rule.x1 = x1, rule.y1 = y1, rule.x2 = x2, rule.y2 = y2;
        rule.width = width;
        rule.colour = colour;
        out.rules.push_back(rule);
    }
}

// A figure centred at (x, y): a diamond of half-diagonal `r`, or a bead (a round dot as a
// 16-gon, fine enough at the sizes a border takes).
PageShape figure(LayoutUnit x, LayoutUnit y, LayoutUnit r, bool diamond, const Colour& colour) {
    PageShape shape{{}, colour};
    const int corners = diamond ? 4 : 16;
    for (int i = 0; i < corners; ++i) {
        const double a = 2 * std::numbers::pi * i / corners;
        shape.points.push_back({x + static_cast<LayoutUnit>(std::lround(r * std::sin(a))),
                                y - static_cast<LayoutUnit>(std::lround(r * std::cos(a)))});
    }
    return shape;
}

// Ornaments along the middle of a band `depth` deep inside `frame`, between a thin rule at its
// outer and inner edges; one in each corner, and a whole number along each side.
void ornaments(PageLayout& out, const Rect& frameRect, LayoutUnit depth, bool diamond,
               const Colour& colour) {
    const LayoutUnit hairline = fromPoints(0.4);
    frame(out, frameRect, hairline, colour);
    frame(out, inset(frameRect, depth - hairline), hairline, colour);
    const Rect path = inset(frameRect, depth / 2);  // the band's middle line
    const LayoutUnit radius = diamond ? fromPoints(1.6) : fromPoints(1.1);
    const LayoutUnit pitch = diamond ? fromPoints(4.5) : fromPoints(3.6);
    auto along = [&](LayoutUnit x1, LayoutUnit y1, LayoutUnit x2, LayoutUnit y2) {
        const LayoutUnit length = std::max(std::abs(x2 - x1), std::abs(y2 - y1));
        const int count = std::max(1, static_cast<int>(std::lround(
                                              static_cast<double>(length) / pitch)));
        for (int i = 0; i < count; ++i) {  // the far corner is the next side's first
            const double t = static_cast<double>(i) / count;
            out.shapes.push_back(figure(x1 + static_cast<LayoutUnit>(std::lround((x2 - x1) * t)),
                                        y1 + static_cast<LayoutUnit>(std::lround((y2 - y1) * t)),
                                        radius, diamond, colour));
        }
    };
    const LayoutUnit l = path.x, t = path.y, r = path.right(), b = path.bottom();
    along(l, t, r, t);
    along(r, t, r, b);
    along(r, b, l, b);
    along(l, b, l, t);
}

}  // namespace

LayoutUnit borderDepth(BorderKind kind) {
    switch (kind) {
        case BorderKind::Plain:
            return fromPoints(0.75);
        case BorderKind::Double:
            return fromPoints(2.5);
        case BorderKind::ThickThin:
        case BorderKind::ThinThick:
            return fromPoints(3.5);
        case BorderKind::Dotted:
        case BorderKind::Dashed:
            return fromPoints(1.2);
        case BorderKind::Diamonds:
        case BorderKind::Beads:
            return fromPoints(5);
    }
    return 0;
}

void addBorder(const Rect& r, BorderKind kind, const Colour& colour, PageLayout& out) {
    switch (kind) {
        case BorderKind::Plain:
            frame(out, r, fromPoints(0.75), colour);
            return;
        case BorderKind::Double:  // 双线: two hairlines, 1.5 pt apart
            frame(out, r, fromPoints(0.5), colour);
            frame(out, inset(r, fromPoints(2)), fromPoints(0.5), colour);
            return;
        case BorderKind::ThickThin:  // 文武线: the heavy rule outside
            frame(out, r, fromPoints(2), colour);
            frame(out, inset(r, fromPoints(3)), fromPoints(0.5), colour);
            return;
        case BorderKind::ThinThick:
            frame(out, r, fromPoints(0.5), colour);
            frame(out, inset(r, fromPoints(1.5)), fromPoints(2), colour);
            return;
        case BorderKind::Dotted: {
            PageRule dots;
            dots.dashGap = fromPoints(2.4);
            dots.dots = true;
            sides(out, inset(r, fromPoints(0.6)), fromPoints(1.2), colour, dots);
            return;
        }
        case BorderKind::Dashed: {
            PageRule dashes;
            dashes.dashOn = fromPoints(4);
            dashes.dashGap = fromPoints(2);
            sides(out, inset(r, fromPoints(0.5)), fromPoints(1), colour, dashes);
            return;
        }
        case BorderKind::Diamonds:
        case BorderKind::Beads:
            ornaments(out, r, borderDepth(kind), kind == BorderKind::Diamonds, colour);
            return;
    }
}

}  // namespace banmian::layout
