#include "layout/output/Borders.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace banmian::layout {
namespace {

// One line of a border, drawn along the outline: its centre `offset` in from the outer edge.
struct Line {
    LayoutUnit offset = 0, width = 0;
    LayoutUnit dashOn = 0, dashGap = 0;
    bool dots = false;
};

// A border: its lines, and where its ornaments run (none: 0).
struct Art {
    std::vector<Line> lines;
    LayoutUnit ornaments = 0;  ///< the ornaments' centre line, in from the outer edge
    bool diamonds = false;
};

LayoutUnit pt(double points) {
    return fromPoints(points);
}

Art artOf(BorderKind kind) {
    switch (kind) {
        case BorderKind::Plain:
            return {{{pt(0.375), pt(0.75)}}};
        case BorderKind::Double:  // 双线: two hairlines, 1.5 pt apart
            return {{{pt(0.25), pt(0.5)}, {pt(2.25), pt(0.5)}}};
        case BorderKind::ThickThin:  // 文武线: the heavy rule outside
            return {{{pt(1), pt(2)}, {pt(3.25), pt(0.5)}}};
        case BorderKind::ThinThick:
            return {{{pt(0.25), pt(0.5)}, {pt(2.5), pt(2)}}};
        case BorderKind::Dotted:
            return {{{pt(0.6), pt(1.2), 0, pt(2.4), true}}};
        case BorderKind::Dashed:
            return {{{pt(0.5), pt(1), pt(4), pt(2), false}}};
        case BorderKind::Diamonds:
        case BorderKind::Beads: {
            // Ornaments between two hairlines, the band borderDepth() deep.
            const LayoutUnit depth = borderDepth(kind);
            return {{{pt(0.2), pt(0.4)}, {depth - pt(0.2), pt(0.4)}},
                    depth / 2,
                    kind == BorderKind::Diamonds};
        }
    }
    return {};
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

int sign(LayoutUnit v) {
    return (v > 0) - (v < 0);
}

// The loop moved `by` inwards, each corner along both its sides' inward normals (a mitre): for a
// clockwise loop on the page (y down) the inside is on the right of each side.
std::vector<PagePoint> inset(const std::vector<PagePoint>& loop, LayoutUnit by) {
    std::vector<PagePoint> out;
    const std::size_t n = loop.size();
    for (std::size_t i = 0; i < n; ++i) {
        const PagePoint& before = loop[(i + n - 1) % n];
        const PagePoint& at = loop[i];
        const PagePoint& after = loop[(i + 1) % n];
        // The inward normal of a side running (dx, dy) is (−dy, dx).
        const int inX = -sign(at.y - before.y) + -sign(after.y - at.y);
        const int inY = sign(at.x - before.x) + sign(after.x - at.x);
        out.push_back({at.x + inX * by, at.y + inY * by});
    }
    return out;
}

}  // namespace

LayoutUnit borderDepth(BorderKind kind) {
    switch (kind) {
        case BorderKind::Plain:
            return pt(0.75);
        case BorderKind::Double:
            return pt(2.5);
        case BorderKind::ThickThin:
        case BorderKind::ThinThick:
            return pt(3.5);
        case BorderKind::Dotted:
        case BorderKind::Dashed:
            return pt(1.2);
        case BorderKind::Diamonds:
        case BorderKind::Beads:
            return pt(5);
    }
    return 0;
}

std::vector<std::vector<PagePoint>> outlineOf(const std::vector<Rect>& rects) {
    // The rectangles' edges cut the plane into cells; a side between a cell inside and one
    // outside is on the outline, directed so that the inside is on its right.
    std::vector<LayoutUnit> xs, ys;
    for (const Rect& r : rects) {
        if (r.width <= 0 || r.height <= 0) continue;
        xs.insert(xs.end(), {r.x, r.right()});
        ys.insert(ys.end(), {r.y, r.bottom()});
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    if (xs.size() < 2 || ys.size() < 2) return {};
    const auto inside = [&](long i, long j) {
        if (i < 0 || j < 0 || i + 1 >= static_cast<long>(xs.size()) ||
            j + 1 >= static_cast<long>(ys.size()))
            return false;
        const LayoutUnit cx = (xs[static_cast<std::size_t>(i)] + xs[static_cast<std::size_t>(i + 1)]) / 2;
        const LayoutUnit cy = (ys[static_cast<std::size_t>(j)] + ys[static_cast<std::size_t>(j + 1)]) / 2;
        return std::any_of(rects.begin(), rects.end(), [&](const Rect& r) {
            return cx > r.x && cx < r.right() && cy > r.y && cy < r.bottom();
        });
    };
    std::map<std::pair<LayoutUnit, LayoutUnit>, PagePoint> next;  // side start → end
    for (long i = 0; i + 1 < static_cast<long>(xs.size()); ++i) {
        for (long j = 0; j + 1 < static_cast<long>(ys.size()); ++j) {
            if (!inside(i, j)) continue;
            const LayoutUnit l = xs[static_cast<std::size_t>(i)], r = xs[static_cast<std::size_t>(i + 1)];
            const LayoutUnit t = ys[static_cast<std::size_t>(j)], b = ys[static_cast<std::size_t>(j + 1)];
            if (!inside(i, j - 1)) next[{l, t}] = {r, t};  // top, rightwards
            if (!inside(i + 1, j)) next[{r, t}] = {r, b};  // right, downwards
            if (!inside(i, j + 1)) next[{r, b}] = {l, b};  // bottom, leftwards
            if (!inside(i - 1, j)) next[{l, b}] = {l, t};  // left, upwards
        }
    }
    std::vector<std::vector<PagePoint>> loops;
    while (!next.empty()) {
        std::vector<PagePoint> loop;
        auto at = next.begin();
        const std::pair<LayoutUnit, LayoutUnit> start = at->first;
        std::pair<LayoutUnit, LayoutUnit> point = start;
        do {
            loop.push_back({point.first, point.second});
            const PagePoint to = at->second;
            next.erase(at);
            point = {to.x, to.y};
            at = next.find(point);
        } while (point != start && at != next.end());
        // Corners only: a point between two sides running the same way goes.
        std::vector<PagePoint> corners;
        const std::size_t n = loop.size();
        for (std::size_t k = 0; k < n; ++k) {
            const PagePoint& a = loop[(k + n - 1) % n];
            const PagePoint& p = loop[k];
            const PagePoint& c = loop[(k + 1) % n];
            const bool straight = (a.x == p.x && p.x == c.x) || (a.y == p.y && p.y == c.y);
            if (!straight) corners.push_back(p);
        }
        if (corners.size() >= 4) loops.push_back(std::move(corners));
    }
    return loops;
}

void addBorder(const std::vector<Rect>& area, BorderKind kind, const Colour& colour,
               PageLayout& out) {
    const Art art = artOf(kind);
    for (const std::vector<PagePoint>& outline : outlineOf(area)) {
        for (const Line& line : art.lines) {
            const std::vector<PagePoint> path = inset(outline, line.offset);
            const std::size_t n = path.size();
            for (std::size_t k = 0; k < n; ++k) {
                PagePoint from = path[k], to = path[(k + 1) % n];
                // Solid lines reach half their width past each corner, so that the sides meet in
                // a square (mitred) corner rather than a notch.
                if (line.dashGap == 0) {
                    const int dx = sign(to.x - from.x), dy = sign(to.y - from.y);
                    from = {from.x - dx * line.width / 2, from.y - dy * line.width / 2};
                    to = {to.x + dx * line.width / 2, to.y + dy * line.width / 2};
                }
                out.rules.push_back({from.x, from.y, to.x, to.y, line.width, colour, line.dashOn,
                                     line.dashGap, line.dots});
            }
        }
        if (art.ornaments == 0) continue;
        const std::vector<PagePoint> path = inset(outline, art.ornaments);
        const LayoutUnit radius = art.diamonds ? pt(1.6) : pt(1.1);
        const LayoutUnit pitch = art.diamonds ? pt(4.5) : pt(3.6);
        const std::size_t n = path.size();
        for (std::size_t k = 0; k < n; ++k) {
            const PagePoint from = path[k], to = path[(k + 1) % n];
            const LayoutUnit length = std::max(std::abs(to.x - from.x), std::abs(to.y - from.y));
            const int count = std::max(
                    1, static_cast<int>(std::lround(static_cast<double>(length) / pitch)));
            for (int i = 0; i < count; ++i) {  // the far corner is the next side's first
                const double t = static_cast<double>(i) / count;
                out.shapes.push_back(
                        figure(from.x + static_cast<LayoutUnit>(std::lround((to.x - from.x) * t)),
                               from.y + static_cast<LayoutUnit>(std::lround((to.y - from.y) * t)),
                               radius, art.diamonds, colour));
            }
        }
    }
}

}  // namespace banmian::layout
