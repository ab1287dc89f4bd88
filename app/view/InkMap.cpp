#include "app/view/InkMap.h"

#include <algorithm>
#include <functional>

#include "app/render/PagePainter.h"

namespace banmian::app {
namespace {

double pt(layout::LayoutUnit v) {
    return layout::toPoints(v);
}

QRectF rectIn(const layout::Rect& r) {
    return {pt(r.x), pt(r.y), pt(r.width), pt(r.height)};
}

// FNV-1a over the values that decide what is drawn.
void mix(std::size_t& digest, std::size_t value) {
    digest = (digest ^ value) * 1099511628211ull;
}

void mix(std::size_t& digest, const layout::Colour& colour) {
    mix(digest, std::hash<std::string>{}(colour.spot));
    for (double v : colour.cmyk) mix(digest, static_cast<std::size_t>(v * 10000));
    mix(digest, static_cast<std::size_t>(colour.tint * 10000));
}

}  // namespace

InkMap::InkMap(const layout::PageLayout& page) {
    auto add = [&](int block, const QRectF& bounds, std::size_t digest) {
        Ink& ink = m_blocks[block];
        ink.bounds = ink.bounds.isNull() ? bounds : ink.bounds | bounds;
        mix(ink.digest, digest);
    };
    for (const layout::PageRun& run : page.runs) {
        std::size_t digest = 14695981039346656037ull;
        mix(digest, run.font.value);
        mix(digest, static_cast<std::size_t>(run.size));
        mix(digest, run.colour);
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            mix(digest, run.glyphs[g]);
            mix(digest, static_cast<std::size_t>(run.x[g]));
            mix(digest, static_cast<std::size_t>(run.y[g]));
        }
        add(run.block, inkBounds(run), digest);
    }
    for (const layout::PageImage& image : page.images) {
        std::size_t digest = std::hash<std::string>{}(image.path);
        for (const layout::Rect& r : {image.rect, image.caption}) {
            for (layout::LayoutUnit v : {r.x, r.y, r.width, r.height})
                mix(digest, static_cast<std::size_t>(v));
        }
        add(image.block, rectIn(image.rect), digest);
    }
    for (const layout::PageBox& box : page.boxes) {
        std::size_t digest = box.fill ? 1 : 2;
        if (box.fill) mix(digest, *box.fill);
        mix(digest, box.strokeColour);
        for (layout::LayoutUnit v :
             {box.rect.x, box.rect.y, box.rect.width, box.rect.height, box.stroke})
            mix(digest, static_cast<std::size_t>(v));
        const double half = pt(box.stroke) / 2 + 1;
        m_lines.emplace(digest, rectIn(box.rect).adjusted(-half, -half, half, half));
    }
    for (const layout::PageShape& shape : page.shapes) {
        std::size_t digest = 3;
        mix(digest, shape.colour);
        QRectF bounds;
        for (const layout::PagePoint& p : shape.points) {
            mix(digest, static_cast<std::size_t>(p.x));
            mix(digest, static_cast<std::size_t>(p.y));
            bounds |= QRectF(pt(p.x), pt(p.y), 0.01, 0.01);
        }
        m_lines.emplace(digest, bounds.adjusted(-1, -1, 1, 1));
    }
    for (const layout::PageRule& rule : page.rules) {
        std::size_t digest = 0;
        for (layout::LayoutUnit v : {rule.x1, rule.y1, rule.x2, rule.y2, rule.width, rule.dashOn,
                                     rule.dashGap, static_cast<layout::LayoutUnit>(rule.dots)})
            mix(digest, static_cast<std::size_t>(v));
        mix(digest, rule.colour);
        const double half = pt(rule.width) / 2 + 1;
        m_lines.emplace(
                digest,
                QRectF(QPointF(pt(std::min(rule.x1, rule.x2)), pt(std::min(rule.y1, rule.y2))),
                       QPointF(pt(std::max(rule.x1, rule.x2)), pt(std::max(rule.y1, rule.y2))))
                        .adjusted(-half, -half, half, half));
    }
}

QRectF InkMap::changedFrom(const InkMap& before) const {
    QRectF changed;
    auto extend = [&](const QRectF& r) {
        if (!r.isNull()) changed = changed.isNull() ? r : changed | r;
    };
    for (const auto& [block, ink] : m_blocks) {
        const auto was = before.m_blocks.find(block);
        if (was == before.m_blocks.end()) {
            extend(ink.bounds);
        } else if (!(was->second == ink)) {
            extend(was->second.bounds);
            extend(ink.bounds);
        }
    }
    for (const auto& [block, ink] : before.m_blocks) {
        if (!m_blocks.contains(block)) extend(ink.bounds);
    }
    // A rule or box drawn in one and not the other (by its digest: its place and weight).
    for (const auto& [digest, rect] : m_lines) {
        if (!before.m_lines.contains(digest)) extend(rect);
    }
    for (const auto& [digest, rect] : before.m_lines) {
        if (!m_lines.contains(digest)) extend(rect);
    }
    return changed;
}

}  // namespace banmian::app
