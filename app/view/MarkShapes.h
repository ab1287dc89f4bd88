#pragma once

#include <QRectF>
#include <string>
#include <vector>

#include "app/render/GlyphPaths.h"
#include "layout/model/ProofMark.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"
#include "layout/proof/MarkDrawing.h"

class QPainter;

namespace banmian::layout {
class SoftProof;
class Typesetter;
}  // namespace banmian::layout

namespace banmian::app {

/// The open marks and the hints set on `page` as the proof PDF draws them (layout::drawMarks():
/// one drawing, on screen and on paper), numbered as the proof numbers them, their notes written
/// in the window's language (noteText()). Marks whose text is not on the page have none.
layout::MarkDrawing markDrawing(const layout::PageLayout& page,
                                const std::vector<layout::Story>& stories,
                                const std::vector<layout::ProofMark>& marks,
                                const std::vector<layout::ProofMark>& hints,
                                layout::Typesetter& typesetter, const layout::MarkInk& ink);

/// Draws the marks, the mark of id `shown` on a tint (the one the marks list shows); `pixel` is one
/// screen pixel in points.
void paintMarks(QPainter& painter, const layout::MarkDrawing& drawing, const std::string& shown,
                GlyphPaths& glyphs, double pixel, const layout::SoftProof* proof = nullptr);

/// The area the marks and their notes cover, in points (the notes reach past the trim).
QRectF marksBounds(const layout::MarkDrawing& drawing);

/// The drawn mark of id `id`; null when it is not on the page.
const layout::DrawnMark* drawnMark(const layout::MarkDrawing& drawing, const std::string& id);

}  // namespace banmian::app
