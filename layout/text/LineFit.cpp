#include "layout/text/LineFit.h"

#include <algorithm>
#include <numeric>

namespace banmian::layout {
namespace {

// Where an adjustment lands in a cluster.
enum class Side { Left, Right, SpaceBefore, Width, After };

struct Adjustable {
    std::size_t cluster;  // index in the paragraph
    Side side;
    LayoutUnit capacity;  // 0 for unlimited (the last push-out level)
};

// The geometry of one line being set: starts from the natural widths, then adjusted.
struct LineGeometry {
    std::size_t begin, end;
    std::vector<LayoutUnit> trimLeft, trimRight, spaceBefore, width, after;

    LineGeometry(const MeasuredParagraph& p, std::size_t b, std::size_t e,
                 const CompositionStyle& style)
        : begin(b), end(e) {
        const std::size_t n = e - b;
        trimLeft.resize(n);
        trimRight.resize(n);
        spaceBefore.resize(n);
        width.resize(n);
        after.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Cluster& c = p.clusters[b + i];
            trimLeft[i] = c.trimLeft;
            trimRight[i] = c.trimRight;
            spaceBefore[i] = i == 0 ? 0 : c.spaceBefore;  // no Han–Latin gap at line start
            width[i] = c.advance;
        }
        const Cluster& first = p.clusters[b];
        if (n > 0 && style.trimOpeningAtLineStart && first.type == TypeClass::Opening) {
            trimLeft[0] = std::max(trimLeft[0], first.blankLeft);
        }
    }

    LayoutUnit total() const {
        LayoutUnit sum = 0;
        for (std::size_t i = 0; i < width.size(); ++i) {
            sum += spaceBefore[i] + width[i] - trimLeft[i] - trimRight[i] + after[i];
        }
        return sum;
    }

    void apply(const Adjustable& a, LayoutUnit amount) {
        const std::size_t i = a.cluster - begin;
        switch (a.side) {
            case Side::Left:
                trimLeft[i] += amount;
                break;
            case Side::Right:
                trimRight[i] += amount;
                break;
            case Side::SpaceBefore:
                spaceBefore[i] -= amount;
                break;
            case Side::Width:
                width[i] -= amount;
                break;
            case Side::After:
                after[i] -= amount;
                break;
        }
    }
};

// The push-in levels of clreq §3.5.3, in order: what gives way first.
std::vector<std::vector<Adjustable>> shrinkLevels(const MeasuredParagraph& p,
                                                  const LineGeometry& g) {
    const LayoutUnit em = p.em;
    std::vector<std::vector<Adjustable>> levels(7);
    const std::size_t last = g.end - 1;
    for (std::size_t k = g.begin; k < g.end; ++k) {
        const Cluster& c = p.clusters[k];
        const std::size_t i = k - g.begin;
        const LayoutUnit left = c.blankLeft - g.trimLeft[i];
        const LayoutUnit right = c.blankRight - g.trimRight[i];
        const bool ends = k == last;
        if (ends && right > 0) levels[0].push_back({k, Side::Right, right});  // 1. line-end mark
        if (c.type == TypeClass::Space && c.advance > em / 4) {
            levels[1].push_back({k, Side::Width, c.advance - em / 4});  // 2. word spaces ≥ ¼ em
        }
        if (c.type == TypeClass::MiddleDot) {  // 3. the middle dot, both sides
            if (left > 0) levels[2].push_back({k, Side::Left, left});
            if (right > 0 && !ends) levels[2].push_back({k, Side::Right, right});
        }
        if (c.type == TypeClass::Opening && left > 0) levels[3].push_back({k, Side::Left, left});
        if (c.type == TypeClass::Closing && right > 0 && !ends) {
            levels[3].push_back({k, Side::Right, right});  // 4. brackets and quotes, outer side
        }
        // A centred TW/HK mark keeps its em inside a line (Cluster::blanksAtLineEndOnly).
        if (c.type == TypeClass::Pause && right > 0 && !ends && !c.blanksAtLineEndOnly) {
            levels[4].push_back({k, Side::Right, right});  // 5. ，、；：
        }
        if (g.spaceBefore[i] > em / 8) {  // 6. Han–Latin gaps ≥ ⅛ em
            levels[5].push_back({k, Side::SpaceBefore, g.spaceBefore[i] - em / 8});
        }
        if (c.type == TypeClass::Stop && right > 0 && !ends && !c.blanksAtLineEndOnly) {
            levels[6].push_back({k, Side::Right, right});  // 7. 。？！ last of all
        }
    }
    return levels;
}

// Push-out (clreq §3.5.4): word spaces up to ½ em, Han–Latin gaps up to ½ em, then every gap
// between characters alike — never inside a word, a number, —— or ……, nor around connectors.
// A line of Latin words alone has no such gaps: its word spaces take the rest, and a line of one
// long word is letter-spaced as the very last resort, so that every justified line is flush.
std::vector<std::vector<Adjustable>> stretchLevels(const MeasuredParagraph& p,
                                                   const LineGeometry& g) {
    const LayoutUnit em = p.em;
    std::vector<std::vector<Adjustable>> levels(5);
    const std::size_t last = g.end - 1;
    const auto fixed = [](TypeClass t) {
        return t == TypeClass::Connector || t == TypeClass::Solidus || t == TypeClass::Space;
    };
    for (std::size_t k = g.begin; k < g.end; ++k) {
        const Cluster& c = p.clusters[k];
        const std::size_t i = k - g.begin;
        if (c.type == TypeClass::Space && c.advance < em / 2) {
            levels[0].push_back({k, Side::Width, -(em / 2 - c.advance)});
        }
        if (g.spaceBefore[i] > 0 && g.spaceBefore[i] < em / 2) {
            levels[1].push_back({k, Side::SpaceBefore, -(em / 2 - g.spaceBefore[i])});
        }
        if (c.type == TypeClass::Space && k != last) levels[3].push_back({k, Side::After, 0});
        if (k == last) continue;
        const Cluster& next = p.clusters[k + 1];
        if (c.joinsNext) {
            if (c.wordLetter && next.wordLetter) levels[4].push_back({k, Side::After, 0});
            continue;
        }
        if (fixed(c.type) || fixed(next.type)) continue;
        levels[2].push_back({k, Side::After, 0});
    }
    // The last resorts only when nothing before them can take space without limit.
    if (!levels[2].empty()) levels[3].clear();
    if (!levels[2].empty() || !levels[3].empty()) levels[4].clear();
    return levels;
}

// Gives `amount` (positive) among `items` of one level in proportion to their capacities, or
// equally where capacity is unlimited; returns what the level could not take.
LayoutUnit distribute(LineGeometry& g, const std::vector<Adjustable>& items, LayoutUnit amount,
                      int sign) {
    if (items.empty() || amount <= 0) return amount;
    const bool unlimited = items.front().capacity == 0;
    if (unlimited) {
        const auto n = static_cast<LayoutUnit>(items.size());
        for (std::size_t j = 0; j < items.size(); ++j) {
            const LayoutUnit share = amount / n + (static_cast<LayoutUnit>(j) < amount % n ? 1 : 0);
            g.apply(items[j], sign * share);
        }
        return 0;
    }
    LayoutUnit capacity = 0;
    for (const Adjustable& a : items) capacity += std::abs(a.capacity);
    if (amount >= capacity) {
        for (const Adjustable& a : items) g.apply(a, sign * std::abs(a.capacity));
        return amount - capacity;
    }
    LayoutUnit given = 0;
    std::vector<LayoutUnit> shares(items.size());
    for (std::size_t j = 0; j < items.size(); ++j) {
        shares[j] = static_cast<LayoutUnit>(static_cast<std::int64_t>(amount) *
                                            std::abs(items[j].capacity) / capacity);
        given += shares[j];
    }
    for (std::size_t j = 0; given < amount; j = (j + 1) % items.size()) {  // rounding remainder
        if (shares[j] < std::abs(items[j].capacity)) {
            ++shares[j];
            ++given;
        }
    }
    for (std::size_t j = 0; j < items.size(); ++j) g.apply(items[j], sign * shares[j]);
    return 0;
}

}  // namespace

std::size_t contentEnd(const MeasuredParagraph& paragraph, std::size_t begin, std::size_t end) {
    while (end > begin && paragraph.clusters[end - 1].type == TypeClass::Space) --end;
    return end;
}

namespace {

// What cluster k adds to a line that starts at `begin`: what placeLine() would adjust, without
// building the adjustment lists — the same rules, summed.
void addCluster(LineCapacity& capacity, const MeasuredParagraph& paragraph, std::size_t begin,
                std::size_t k, const CompositionStyle& style) {
    const LayoutUnit em = paragraph.em;
    const Cluster& c = paragraph.clusters[k];
    LayoutUnit trimLeft = c.trimLeft;
    if (k == begin && style.trimOpeningAtLineStart && c.type == TypeClass::Opening) {
        trimLeft = std::max(trimLeft, c.blankLeft);
    }
    const LayoutUnit spaceBefore = k == begin ? 0 : c.spaceBefore;
    capacity.natural += spaceBefore + c.advance - trimLeft - c.trimRight;
    // Push-in, as shrinkLevels() lists it: the marks' blanks, word spaces down to ¼ em,
    // Han–Latin gaps down to ⅛ em.
    // A centred TW/HK mark gives way only at the line's end: GrowingLine adds that.
    if (!c.blanksAtLineEndOnly) {
        capacity.shrink +=
                std::max(0, c.blankLeft - trimLeft) + std::max(0, c.blankRight - c.trimRight);
    }
    if (c.type == TypeClass::Space && c.advance > em / 4) capacity.shrink += c.advance - em / 4;
    if (spaceBefore > em / 8) capacity.shrink += spaceBefore - em / 8;
}

}  // namespace

LineCapacity measureLine(const MeasuredParagraph& paragraph, std::size_t begin, std::size_t end,
                         const CompositionStyle& style) {
    return GrowingLine(paragraph, begin, style).upTo(end);
}

GrowingLine::GrowingLine(const MeasuredParagraph& paragraph, std::size_t begin,
                         const CompositionStyle& style)
    : m_paragraph(paragraph), m_style(style), m_begin(begin), m_next(begin) {}

LineCapacity GrowingLine::upTo(std::size_t end) {
    // Word spaces at the end of a line are not shown (contentEnd()): summed, but counted only
    // once a cluster that is not a space follows them.
    for (; m_next < end; ++m_next) {
        if (m_paragraph.clusters[m_next].type == TypeClass::Space) {
            addCluster(m_spaces, m_paragraph, m_begin, m_next, m_style);
            continue;
        }
        m_content.natural += m_spaces.natural;
        m_content.shrink += m_spaces.shrink;
        m_spaces = {};
        addCluster(m_content, m_paragraph, m_begin, m_next, m_style);
        const Cluster& c = m_paragraph.clusters[m_next];
        m_endShrink = c.blanksAtLineEndOnly ? std::max(0, c.blankRight - c.trimRight) : 0;
    }
    LineCapacity capacity = m_content;
    capacity.shrink += m_endShrink;
    return capacity;
}

PlacedLine placeLine(const MeasuredParagraph& paragraph, std::size_t begin, std::size_t end,
                     LayoutUnit target, bool justify, const CompositionStyle& style) {
    PlacedLine placed;
    const std::size_t n = end - begin;
    placed.boxX.assign(n, 0);
    placed.glyphX.assign(n, 0);
    const std::size_t content = contentEnd(paragraph, begin, end);
    if (content <= begin) return placed;

    LineGeometry g(paragraph, begin, content, style);
    const LayoutUnit natural = g.total();
    placed.natural = natural;
    if (natural > target) {
        LayoutUnit need = natural - target;
        for (const auto& level : shrinkLevels(paragraph, g)) need = distribute(g, level, need, +1);
    } else if (natural < target && justify) {
        LayoutUnit room = target - natural;
        for (const auto& level : stretchLevels(paragraph, g)) room = distribute(g, level, room, -1);
    }

    LayoutUnit x = 0;
    for (std::size_t i = 0; i < content - begin; ++i) {
        x += g.spaceBefore[i];
        placed.boxX[i] = x;
        placed.glyphX[i] = x - g.trimLeft[i];
        x += g.width[i] - g.trimLeft[i] - g.trimRight[i] + g.after[i];
    }
    placed.width = x;
    for (std::size_t i = content - begin; i < n; ++i) placed.boxX[i] = placed.glyphX[i] = x;
    return placed;
}

}  // namespace banmian::layout
