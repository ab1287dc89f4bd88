#include "layout/proof/MarkDrawing.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>

#include "layout/base/Utf8.h"
#include "layout/output/TextOnPage.h"
#include "layout/text/Orientation.h"

namespace banmian::layout {
namespace {

// A piece of a vertical line (竖排): characters one below another. One character alone is marked
// as on a horizontal line, which reads the same.
bool downward(const Rect& piece) {
    return piece.height * 2 > piece.width * 3;
}

bool horizontalHits(const Rect& box, LayoutUnit y, LayoutUnit x1, LayoutUnit x2) {
    if (x1 > x2) std::swap(x1, x2);
    return box.y < y && y < box.bottom() && box.x < x2 && x1 < box.right();
}

bool verticalHits(const Rect& box, LayoutUnit x, LayoutUnit y1, LayoutUnit y2) {
    if (y1 > y2) std::swap(y1, y2);
    return box.x < x && x < box.right() && box.y < y2 && y1 < box.bottom();
}

// What a leader must not cross: the text on the page and its photos.
class Obstacles {
public:
    explicit Obstacles(const PageLayout& page) : m_boxes(textBoxes(page)) {
        for (const PageImage& image : page.images) m_boxes.push_back(image.rect);
    }

    bool horizontalClear(LayoutUnit y, LayoutUnit x1, LayoutUnit x2) const {
        return std::none_of(m_boxes.begin(), m_boxes.end(),
                            [&](const Rect& b) { return horizontalHits(b, y, x1, x2); });
    }
    bool verticalClear(LayoutUnit x, LayoutUnit y1, LayoutUnit y2) const {
        return std::none_of(m_boxes.begin(), m_boxes.end(),
                            [&](const Rect& b) { return verticalHits(b, x, y1, y2); });
    }
    // Where a line at `y` going from `x` towards `toward` first meets text: its near edge.
    LayoutUnit firstHit(LayoutUnit y, LayoutUnit x, LayoutUnit toward) const {
        LayoutUnit hit = toward;
        for (const Rect& b : m_boxes) {
            if (!horizontalHits(b, y, x, toward)) continue;
            hit = toward > x ? std::min(hit, std::max(b.x, x))
                             : std::max(hit, std::min(b.right(), x));
        }
        return hit;
    }
    // The free space above (or below) `piece` before the text over it: the channel between its
    // line and the one before, where a leader can leave the line without crossing a character.
    std::optional<LayoutUnit> channel(const Rect& piece, bool above, LayoutUnit least) const {
        // Nothing over it: free to the page's edge (in 64 bits: no overflow at the far end).
        std::int64_t edge = above ? std::numeric_limits<LayoutUnit>::min()
                                  : std::numeric_limits<LayoutUnit>::max();
        for (const Rect& b : m_boxes) {
            if (b.right() <= piece.x || b.x >= piece.right()) continue;
            if (above && b.bottom() <= piece.y) edge = std::max<std::int64_t>(edge, b.bottom());
            if (!above && b.y >= piece.bottom()) edge = std::min<std::int64_t>(edge, b.y);
        }
        const LayoutUnit from = above ? piece.y : piece.bottom();
        const std::int64_t room = above ? from - edge : edge - from;
        if (room < least) return std::nullopt;
        // Close to its own line: far enough out and it would run into the line beside a headline.
        const auto half = static_cast<LayoutUnit>(std::min<std::int64_t>(room / 2, least * 3 / 2));
        return above ? from - half : from + half;
    }

private:
    std::vector<Rect> m_boxes;
};

// A way from a mark's piece to the edge of the trim on one side, in the channel above or below its
// line, then, where that channel meets another column's text, down (or up) the gutter to a channel
// that runs clear to the edge (body lines keep one grid across the page: such channels are many).
std::vector<PagePoint> route(const Obstacles& obstacles, const Rect& anchor, bool toRight,
                             LayoutUnit edge, LayoutUnit least) {
    const LayoutUnit from = toRight ? anchor.right() : anchor.x;
    for (const bool above : {true, false}) {
        const std::optional<LayoutUnit> y = obstacles.channel(anchor, above, least);
        if (!y) continue;
        const PagePoint start{from, above ? anchor.y : anchor.bottom()};
        if (obstacles.horizontalClear(*y, from, edge)) return {start, {from, *y}, {edge, *y}};
        // The gutter: halfway between where the channel meets text and the text before it.
        const LayoutUnit hit = obstacles.firstHit(*y, from, edge);
        const LayoutUnit gutter = hit + (toRight ? -least : least);
        if ((toRight && gutter <= from) || (!toRight && gutter >= from)) continue;
        if (!obstacles.verticalClear(gutter, *y - least, *y + least)) continue;
        const LayoutUnit step = std::max(least / 2, fromPoints(0.5));
        const LayoutUnit reach = fromPoints(300);
        for (const int direction : {-1, 1}) {
            for (LayoutUnit d = step; d < reach; d += step) {
                const LayoutUnit yc = *y + direction * d;
                if (!obstacles.verticalClear(gutter, *y, yc)) break;
                if (obstacles.horizontalClear(yc, gutter, edge))
                    return {start, {from, *y}, {gutter, *y}, {gutter, yc}, {edge, yc}};
            }
        }
    }
    return {};
}

PageRule rule(PagePoint a, PagePoint b, LayoutUnit width, const Colour& colour) {
    return {.x1 = a.x, .y1 = a.y, .x2 = b.x, .y2 = b.y, .width = width, .colour = colour};
}

// A ring round `r` (an octagon of rules): what is replaced, queried, restyled or transposed.
void ring(std::vector<PageRule>& rules, const Rect& r, LayoutUnit pen, const Colour& colour) {
    const LayoutUnit padX = pen * 2, padY = pen;
    const LayoutUnit left = r.x - padX, right = r.right() + padX, top = r.y - padY,
                     bottom = r.bottom() + padY;
    const LayoutUnit cut = std::min(right - left, bottom - top) / 4;
    const PagePoint points[] = {{left + cut, top},     {right - cut, top},    {right, top + cut},
                                {right, bottom - cut}, {right - cut, bottom}, {left + cut, bottom},
                                {left, bottom - cut},  {left, top + cut}};
    for (std::size_t i = 0; i < 8; ++i)
        rules.push_back(rule(points[i], points[(i + 1) % 8], pen, colour));
}

void strokesOf(const DrawnMark& m, const MarkInk& ink, std::vector<PageRule>& rules) {
    const Colour& colour = m.hint ? ink.hint : ink.red;
    const LayoutUnit pen = ink.stroke;
    switch (m.kind) {
        case MarkKind::Delete:
            // 删除号: a strike through the characters, and its loop at the end.
            for (const Rect& r : m.pieces) {
                if (downward(r)) {
                    const LayoutUnit x = r.x + r.width / 2;
                    rules.push_back(rule({x, r.y}, {x, r.bottom()}, pen, colour));
                } else {
                    const LayoutUnit y = r.y + r.height / 2;
                    rules.push_back(rule({r.x, y}, {r.right(), y}, pen, colour));
                }
            }
            if (!m.pieces.empty()) {
                const Rect& last = m.pieces.back();
                const LayoutUnit size = std::max(pen * 4, std::min(last.width, last.height) / 3);
                const Rect loop =
                        downward(last)
                                ? Rect{last.x + last.width / 2 - size / 2, last.bottom(), size,
                                       size}
                                : Rect{last.right(), last.y + last.height / 2 - size, size, size};
                ring(rules, loop, pen / 2, colour);
            }
            break;
        case MarkKind::Hint:
        case MarkKind::Comment:
            // A dotted line under the characters (beside a vertical line, on its left): a note,
            // not an order.
            for (const Rect& r : m.pieces) {
                PageRule line =
                        downward(r) ? rule({r.x - pen, r.y}, {r.x - pen, r.bottom()}, pen, colour)
                                    : rule({r.x, r.bottom() + pen}, {r.right(), r.bottom() + pen},
                                           pen, colour);
                line.dots = true;
                line.dashGap = pen * 3;
                rules.push_back(line);
            }
            break;
        case MarkKind::Insert:
            break;
        case MarkKind::Replace:
        case MarkKind::Transpose:
        case MarkKind::Style:
        case MarkKind::Query:
            for (const Rect& r : m.pieces) ring(rules, r, pen, colour);
            break;
    }
    if (m.caret) {
        // 增补号: a caret under the line, its point where the text goes in; across a vertical
        // line, at its left, pointing right.
        const Rect& c = *m.caret;
        if (c.height == 0 && c.width > 0) {
            const LayoutUnit w = c.width / 4;
            rules.push_back(rule({c.x - w, c.y - w}, {c.x + w, c.y}, pen, colour));
            rules.push_back(rule({c.x + w, c.y}, {c.x - w, c.y + w}, pen, colour));
        } else {
            const LayoutUnit w = c.height / 4;
            rules.push_back(rule({c.x - w, c.bottom() + w}, {c.x, c.bottom() - w}, pen, colour));
            rules.push_back(rule({c.x, c.bottom() - w}, {c.x + w, c.bottom() + w}, pen, colour));
        }
    }
}

// ①…⑳, then (21): the numbers a proofreader circles.
std::string circled(int number) {
    if (number >= 1 && number <= 20) {
        std::string out;
        utf8::append(out, U'\u2460' + static_cast<char32_t>(number - 1));
        return out;
    }
    return "(" + std::to_string(number) + ")";
}

Rect unite(const Rect& a, const Rect& b) {
    if (a.width == 0 && a.height == 0) return b;
    const LayoutUnit x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return {x, y, std::max(a.right(), b.right()) - x, std::max(a.bottom(), b.bottom()) - y};
}

// Lines of `text` set at `x`, `top` in `style`, appended to `runs`; the height they take.
LayoutUnit setText(const std::string& text, const ParagraphStyle& style, LayoutUnit width,
                   LayoutUnit x, LayoutUnit top, Typesetter& typesetter, std::vector<PageRun>& runs,
                   const Colour& colour) {
    const TypesetParagraph set = typesetter.typeset(text, style, ConstantLineWidth(width));
    const std::size_t first = runs.size();
    for (const TypesetLine& line : set.lines)
        appendLine(line, text, x, top + line.baseline, -1, runs);
    for (std::size_t r = first; r < runs.size(); ++r) runs[r].colour = colour;
    return set.height;
}

}  // namespace

std::vector<ProofMark> numberedMarks(const std::vector<Story>& stories,
                                     const std::vector<ProofMark>& marks) {
    std::map<std::string, std::size_t> storyIndex;
    for (std::size_t i = 0; i < stories.size(); ++i) storyIndex.emplace(stories[i].id, i);
    std::vector<ProofMark> open;
    for (const ProofMark& mark : marks) {
        if (mark.open()) open.push_back(mark);
    }
    // A proofreader's marks first, then the automatic hints: their numbers stay when hints are
    // shown or hidden.
    auto key = [&](const ProofMark& m) {
        const auto story = storyIndex.find(m.range.begin.story);
        return std::make_tuple(m.kind == MarkKind::Hint,
                               story == storyIndex.end() ? stories.size() : story->second,
                               m.range.begin.field, m.range.begin.paragraph, m.range.begin.offset);
    };
    std::stable_sort(open.begin(), open.end(),
                     [&](const ProofMark& a, const ProofMark& b) { return key(a) < key(b); });
    return open;
}

MarkInk markInk(const ParagraphStyle& note) {
    MarkInk ink;
    ink.note = note;
    ink.note.size = std::max(fromPoints(6), note.size - fromPoints(1));
    ink.note.leading = ink.note.size * 5 / 4;
    ink.note.indentEms = 0;
    ink.note.alignment = Alignment::Left;
    ink.note.composition.justify = false;
    ink.note.vertical = false;
    ink.red = {.name = "proof red", .spot = {}, .cmyk = {0, 1, 1, 0}, .tint = 1};
    ink.hint = {.name = "hint orange", .spot = {}, .cmyk = {0, 0.55, 1, 0}, .tint = 1};
    ink.change = {.name = "change blue", .spot = {}, .cmyk = {1, 0.35, 0, 0}, .tint = 1};
    ink.column = fromMillimetres(38);
    ink.stroke = fromPoints(0.6);
    return ink;
}

MarkDrawing drawMarks(const PageLayout& page, const std::vector<MarkToDraw>& marks,
                      Typesetter& typesetter, const MarkInk& ink) {
    MarkDrawing out;
    const PageGrid& grid = page.grid;
    const Obstacles obstacles(page);
    const LayoutUnit least = std::max(ink.stroke * 2, fromPoints(1));
    const LayoutUnit gap = fromMillimetres(2);
    const LayoutUnit noteWidth = ink.column - gap;

    struct Pending {
        std::size_t index;  // into out.marks
        bool right;
        LayoutUnit want;  // where the note would stand, its first line's middle
        LayoutUnit height;
        std::string text;
    };
    std::vector<Pending> pending;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const ProofMark& mark = marks[i].mark;
        DrawnMark m;
        m.mark = mark.id;
        m.number = static_cast<int>(i) + 1;
        m.kind = mark.kind;
        m.hint = mark.kind == MarkKind::Hint;
        m.pieces = rangeRects(page, mark.range);
        if (mark.range.empty()) m.caret = caretRect(page, mark.range.begin);
        if (m.pieces.empty() && !m.caret) continue;  // not on the page
        const Rect anchor = m.caret ? *m.caret : m.pieces.front();
        const bool right = anchor.x + anchor.width / 2 > grid.trimWidth / 2;
        // The leader to the trim's edge on the nearer side, else the other.
        bool toRight = right;
        m.leader = route(obstacles, anchor, toRight, toRight ? grid.trimWidth : 0, least);
        if (m.leader.empty()) {
            toRight = !right;
            m.leader = route(obstacles, anchor, toRight, toRight ? grid.trimWidth : 0, least);
            if (m.leader.empty()) toRight = right;
        }
        const LayoutUnit want = m.leader.empty() ? anchor.y + anchor.height / 2 : m.leader.back().y;
        const std::string text = circled(m.number) + " " + marks[i].note;
        const TypesetParagraph set =
                typesetter.typeset(text, ink.note, ConstantLineWidth(noteWidth));
        pending.push_back(
                {out.marks.size(), toRight, want, std::max(set.height, ink.note.leading), text});
        out.marks.push_back(std::move(m));
    }

    // Each column's notes top to bottom, each below the one before, and all within the page's
    // height: pushed up from the foot when they would run past it.
    for (const bool right : {false, true}) {
        std::vector<Pending*> column;
        for (Pending& p : pending) {
            if (p.right == right) column.push_back(&p);
        }
        std::stable_sort(column.begin(), column.end(),
                         [](const Pending* a, const Pending* b) { return a->want < b->want; });
        std::vector<LayoutUnit> tops;
        LayoutUnit next = 0;
        for (const Pending* p : column) {
            const LayoutUnit top = std::max(next, p->want - ink.note.leading / 2);
            tops.push_back(top);
            next = top + p->height + gap / 2;
        }
        LayoutUnit floor = grid.trimHeight;
        for (std::size_t k = column.size(); k-- > 0;) {
            tops[k] = std::max(LayoutUnit{0}, std::min(tops[k], floor - column[k]->height));
            floor = tops[k] - gap / 2;
        }
        for (std::size_t k = 0; k < column.size(); ++k) {
            const Pending& p = *column[k];
            DrawnMark& m = out.marks[p.index];
            const LayoutUnit x = right ? grid.trimWidth + gap : -ink.column;
            m.note = {x, tops[k], noteWidth, p.height};
            setText(p.text, ink.note, noteWidth, x, tops[k], typesetter, out.runs,
                    m.hint ? ink.hint : ink.red);
            if (!m.leader.empty()) {
                // Beyond the trim nothing is printed: straight to the note's first line.
                m.leader.push_back({right ? x : x + noteWidth, tops[k] + ink.note.leading / 2});
            }
        }
    }

    for (const DrawnMark& m : out.marks) {
        const Colour& colour = m.hint ? ink.hint : ink.red;
        strokesOf(m, ink, out.rules);
        for (std::size_t k = 1; k < m.leader.size(); ++k) {
            PageRule leader = rule(m.leader[k - 1], m.leader[k], ink.stroke / 2, colour);
            leader.dashOn = ink.stroke * 4;
            leader.dashGap = ink.stroke * 2;
            out.rules.push_back(leader);
        }
        // The number at the mark, small, over its first character.
        const Rect anchor = m.caret ? *m.caret : m.pieces.front();
        ParagraphStyle small = ink.note;
        small.size = std::max(fromPoints(5), ink.note.size * 3 / 4);
        small.leading = small.size;
        const LayoutUnit x = downward(anchor) ? anchor.right() + ink.stroke : anchor.x;
        const LayoutUnit top = downward(anchor) ? anchor.y : anchor.y - small.size * 4 / 5;
        setText(std::to_string(m.number), small, fromPoints(40), x, top - small.size / 5,
                typesetter, out.runs, colour);
        out.bounds = unite(out.bounds, m.note);
        for (const Rect& r : m.pieces) out.bounds = unite(out.bounds, r);
        if (m.caret) out.bounds = unite(out.bounds, *m.caret);
    }
    return out;
}

std::vector<PageRule> drawChanges(const PageLayout& page, const std::vector<TextRange>& changes,
                                  const MarkInk& ink) {
    std::vector<PageRule> rules;
    const LayoutUnit pen = ink.stroke * 2 / 3;
    for (const TextRange& change : changes) {
        if (change.empty()) {
            if (const auto c = caretRect(page, change.begin)) {
                // A tick over the place, in the space above the line.
                if (c->height > 0)
                    rules.push_back(
                            rule({c->x, c->y - c->height / 4}, {c->x, c->y}, pen, ink.change));
                else
                    rules.push_back(rule({c->right(), c->y}, {c->right() + c->width / 4, c->y}, pen,
                                         ink.change));
            }
            continue;
        }
        for (const Rect& r : rangeRects(page, change)) {
            rules.push_back(downward(r) ? rule({r.x - pen * 2, r.y}, {r.x - pen * 2, r.bottom()},
                                               pen, ink.change)
                                        : rule({r.x, r.bottom() + pen * 2},
                                               {r.right(), r.bottom() + pen * 2}, pen, ink.change));
        }
    }
    return rules;
}

}  // namespace banmian::layout
