#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

#include "layout/model/ProofMark.h"
#include "layout/output/PageLayout.h"

class QPainter;

namespace banmian::app {

/// A proof mark as a proofreader draws it in red ink (GB/T 14706): a strike through what goes, a
/// caret where something comes in, a loop around what is queried or restyled; what is asked for
/// is written in the nearest margin, joined to the mark by a leader line. In points on the page.
struct MarkShape {
    std::string mark;  ///< the mark's id (or the hint's)
    bool hint = false;
    bool selected = false;
    layout::MarkKind kind = layout::MarkKind::Comment;
    std::vector<QRectF> pieces;  ///< the characters marked, one rectangle per line piece
    std::optional<QRectF> caret;
    QString note;
    QRectF noteRect;  ///< where the note is written (laid out by layOutNotes)
    QPointF leaderFrom, leaderTo;
};

/// The shapes of the open marks and of the hints set on `page` (marks whose text is not on the
/// page — overset, or off it — have none).
std::vector<MarkShape> markShapes(const layout::PageLayout& page,
                                  const std::vector<layout::ProofMark>& marks,
                                  const std::vector<layout::ProofMark>& hints);

/// The font notes are written in: `pixels` high on screen at `zoom` (screen pixels per point),
/// so they read the same at every zoom.
QFont noteFont(double zoom, double pixels = 12);

/// Places each shape's note in the page margin nearest to it, outside the type area so that it
/// never covers text, stacked so that notes do not cover each other.
void layOutNotes(std::vector<MarkShape>& shapes, const layout::PageGrid& grid, const QFont& font);

/// Draws the shapes; `pixel` is one screen pixel in points.
void paintMarks(QPainter& painter, const std::vector<MarkShape>& shapes, const QFont& font,
                double pixel);

/// The area the shapes and their notes cover, in points.
QRectF marksBounds(const std::vector<MarkShape>& shapes);

}  // namespace banmian::app
