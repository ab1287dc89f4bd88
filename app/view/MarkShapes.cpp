#include "app/view/MarkShapes.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "app/edit/Proofreading.h"
#include "app/render/PagePainter.h"
#include "layout/output/TextOnPage.h"

namespace banmian::app {

namespace {

// A piece of a vertical line (竖排): characters one below another, taller than they are wide. One
// character alone is marked as on a horizontal line, which reads the same.
bool downward(const QRectF& piece) {
    return piece.height() > 1.5 * piece.width();
}

const QColor kMarkRed(0xD0, 0x10, 0x10);
const QColor kHintOrange(0xE0, 0x70, 0x00);

void addShape(std::vector<MarkShape>& shapes, const layout::PageLayout& page,
              const layout::ProofMark& mark, bool hint) {
    if (!mark.open()) return;
    MarkShape shape;
    shape.mark = mark.id;
    shape.hint = hint;
    shape.kind = mark.kind;
    for (const layout::Rect& r : layout::rangeRects(page, mark.range))
        shape.pieces.push_back(rectOf(r));
    if (mark.range.empty()) {
        if (const auto caret = layout::caretRect(page, mark.range.begin))
            shape.caret = rectOf(*caret);
    }
    if (shape.pieces.empty() && !shape.caret) return;  // not on the page
    shape.note = noteText(mark);
    shapes.push_back(std::move(shape));
}

QRectF anchorOf(const MarkShape& shape) {
    return shape.caret ? *shape.caret : shape.pieces.front();
}

}  // namespace

std::vector<MarkShape> markShapes(const layout::PageLayout& page,
                                  const std::vector<layout::ProofMark>& marks,
                                  const std::vector<layout::ProofMark>& hints) {
    std::vector<MarkShape> shapes;
    for (const layout::ProofMark& mark : marks) addShape(shapes, page, mark, false);
    for (const layout::ProofMark& hint : hints) addShape(shapes, page, hint, true);
    return shapes;
}

QFont noteFont(double zoom, double pixels) {
    QFont font;
    font.setPointSizeF(std::max(0.5, pixels / std::max(zoom, 0.01)));
    return font;
}

void layOutNotes(std::vector<MarkShape>& shapes, const layout::PageGrid& grid, const QFont& font) {
    const QFontMetricsF metrics(font);
    const double left = layout::toPoints(grid.marginLeft);
    const double right = left + layout::toPoints(grid.typeAreaWidth());
    const double gap = metrics.height() / 3;
    const double maxWidth = metrics.averageCharWidth() * 24;
    // Each margin's notes top to bottom, each below the one before when they would meet.
    for (const bool onLeft : {true, false}) {
        std::vector<MarkShape*> side;
        for (MarkShape& s : shapes) {
            if ((anchorOf(s).center().x() < (left + right) / 2) == onLeft) side.push_back(&s);
        }
        std::sort(side.begin(), side.end(), [](const MarkShape* a, const MarkShape* b) {
            return anchorOf(*a).center().y() < anchorOf(*b).center().y();
        });
        double nextTop = -1e9;
        for (MarkShape* s : side) {
            s->note = metrics.elidedText(s->note, Qt::ElideRight, maxWidth);
            const double width = metrics.horizontalAdvance(s->note) + gap;
            const double height = metrics.height() + gap / 2;
            const QRectF anchor = anchorOf(*s);
            const double top = std::max(anchor.center().y() - height / 2, nextTop);
            nextTop = top + height + gap / 2;
            s->noteRect = onLeft ? QRectF(left - gap - width, top, width, height)
                                 : QRectF(right + gap, top, width, height);
            // From the top of the marked line, in the space between lines: a leader through the
            // middle of the characters it passes would read as a strike.
            const double lineGap = anchor.top() - anchor.height() / 8;
            s->leaderFrom =
                    onLeft ? QPointF(anchor.left(), lineGap)
                           : QPointF((s->caret ? anchor : s->pieces.front()).right(), lineGap);
            s->leaderTo = onLeft ? QPointF(s->noteRect.right(), s->noteRect.center().y())
                                 : QPointF(s->noteRect.left(), s->noteRect.center().y());
        }
    }
}

void paintMarks(QPainter& painter, const std::vector<MarkShape>& shapes, const QFont& font,
                double pixel) {
    painter.save();
    painter.setFont(font);
    for (const MarkShape& s : shapes) {
        const QColor ink = s.hint ? kHintOrange : kMarkRed;
        QPen pen(ink, (s.selected ? 2.5 : 1.5) * pixel);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setBrush(Qt::NoBrush);
        if (s.selected) {
            for (const QRectF& r : s.pieces) {
                painter.fillRect(r, QColor(ink.red(), ink.green(), ink.blue(), 40));
            }
        }
        painter.setPen(pen);
        using K = layout::MarkKind;
        switch (s.kind) {
            case K::Delete:
            case K::Replace:
                // A strike through the middle of the characters: down a vertical line's.
                for (const QRectF& r : s.pieces) {
                    if (downward(r)) {
                        painter.drawLine(QPointF(r.center().x(), r.top()),
                                         QPointF(r.center().x(), r.bottom()));
                    } else {
                        painter.drawLine(QPointF(r.left(), r.center().y()),
                                         QPointF(r.right(), r.center().y()));
                    }
                }
                break;
            case K::Hint: {
                // A dotted line under the characters: a question, not an order.
                QPen dotted = pen;
                dotted.setStyle(Qt::DotLine);
                painter.setPen(dotted);
                for (const QRectF& r : s.pieces) {
                    if (downward(r)) {  // beside a vertical line, on its left (GB/T 14706)
                        painter.drawLine(QPointF(r.left() - pixel, r.top()),
                                         QPointF(r.left() - pixel, r.bottom()));
                    } else {
                        painter.drawLine(QPointF(r.left(), r.bottom() + pixel),
                                         QPointF(r.right(), r.bottom() + pixel));
                    }
                }
                painter.setPen(pen);
                break;
            }
            case K::Insert:
                break;
            case K::Transpose:
            case K::Style:
            case K::Query:
            case K::Comment:
                // A loop around them.
                for (const QRectF& r : s.pieces) {
                    const QRectF loop = r.adjusted(-2 * pixel, -pixel, 2 * pixel, pixel);
                    const double round = std::min(loop.width(), loop.height()) / 2;
                    painter.drawRoundedRect(loop, round, round);
                }
                break;
        }
        if (s.caret) {
            // A caret (∧) under the line, its point where the text goes in.
            // In a vertical line (a caret across it) the mark stands at the line's left, its
            // point to the right.
            const QRectF& c = *s.caret;
            QPainterPath caret;
            if (c.height() == 0 && c.width() > 0) {
                const double w = c.width() / 4;
                caret.moveTo(c.left() - w, c.top() - w);
                caret.lineTo(c.left() + w, c.top());
                caret.lineTo(c.left() - w, c.top() + w);
            } else {
                const double w = c.height() / 4;
                caret.moveTo(c.left() - w, c.bottom() + w);
                caret.lineTo(c.left(), c.bottom() - w);
                caret.lineTo(c.left() + w, c.bottom() + w);
            }
            painter.drawPath(caret);
        }
        if (s.noteRect.isEmpty()) continue;
        // The leader, then the note in its margin.
        painter.setPen(QPen(ink, pixel, Qt::DashLine));
        painter.drawLine(s.leaderFrom, s.leaderTo);
        painter.setPen(QPen(ink, pixel));
        painter.fillRect(s.noteRect, QColor(255, 255, 255, 230));
        painter.drawRect(s.noteRect);
        painter.setPen(ink);
        painter.drawText(s.noteRect, Qt::AlignCenter, s.note);
    }
    painter.restore();
}

QRectF marksBounds(const std::vector<MarkShape>& shapes) {
    QRectF bounds;
    for (const MarkShape& s : shapes) {
        bounds |= s.noteRect;
        for (const QRectF& r : s.pieces) bounds |= r;
    }
    return bounds;
}

}  // namespace banmian::app
