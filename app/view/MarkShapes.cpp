#include "app/view/MarkShapes.h"

#include <QPainter>

#include "app/edit/Proofreading.h"
#include "app/render/PagePainter.h"

namespace banmian::app {

layout::MarkDrawing markDrawing(const layout::PageLayout& page,
                                const std::vector<layout::Story>& stories,
                                const std::vector<layout::ProofMark>& marks,
                                const std::vector<layout::ProofMark>& hints,
                                layout::Typesetter& typesetter, const layout::MarkInk& ink) {
    std::vector<layout::ProofMark> all = marks;
    all.insert(all.end(), hints.begin(), hints.end());
    std::vector<layout::MarkToDraw> toDraw;
    for (layout::ProofMark& mark : layout::numberedMarks(stories, all)) {
        std::string note = noteText(mark).toStdString();
        toDraw.push_back({std::move(mark), std::move(note)});
    }
    return layout::drawMarks(page, toDraw, typesetter, ink);
}

void paintMarks(QPainter& painter, const layout::MarkDrawing& drawing, const std::string& shown,
                GlyphPaths& glyphs, double pixel, const layout::SoftProof* proof) {
    painter.save();
    // Notes beside the trim stand on the desk's grey: a white ground to read them on.
    for (const layout::DrawnMark& mark : drawing.marks) {
        painter.fillRect(rectOf(mark.note).adjusted(-2 * pixel, -pixel, 2 * pixel, pixel),
                         QColor(255, 255, 255, 235));
    }
    if (const layout::DrawnMark* mark = drawnMark(drawing, shown)) {
        const QColor tint =
                mark->hint ? QColor(0xE0, 0x70, 0x00, 50) : QColor(0xD0, 0x10, 0x10, 50);
        for (const layout::Rect& r : mark->pieces) painter.fillRect(rectOf(r), tint);
        if (mark->caret)
            painter.fillRect(rectOf(*mark->caret).adjusted(-2 * pixel, 0, 2 * pixel, 0), tint);
        painter.fillRect(rectOf(mark->note), tint);
    }
    paintRules(painter, drawing.rules, proof);
    paintRuns(painter, drawing.runs, glyphs, false, {}, proof);
    painter.restore();
}

QRectF marksBounds(const layout::MarkDrawing& drawing) {
    if (drawing.marks.empty()) return {};
    return rectOf(drawing.bounds);
}

const layout::DrawnMark* drawnMark(const layout::MarkDrawing& drawing, const std::string& id) {
    for (const layout::DrawnMark& mark : drawing.marks) {
        if (mark.mark == id) return &mark;
    }
    return nullptr;
}

}  // namespace banmian::app
