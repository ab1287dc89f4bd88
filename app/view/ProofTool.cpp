#include "app/view/ProofTool.h"

#include <algorithm>

#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/view/MarkShapes.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/output/TextOnPage.h"
#include "layout/text/Words.h"

namespace banmian::app {

ProofTool::ProofTool(PageView& view) : m_view(view) {}

void ProofTool::pageChanged() {
    // A text selection whose text changed under it is dropped; marks follow their text.
    if (m_textSelection) {
        const layout::DocumentText text(m_document->document().stories);
        if (!text.offsetOf(m_textSelection->begin) || !text.offsetOf(m_textSelection->end))
            m_textSelection.reset();
    }
}

void ProofTool::drawOn(PageOverlay& overlay) const {
    const layout::PageLayout& composed = *m_document->layout();
    const layout::Document& d = m_document->document();
    static const std::vector<layout::ProofMark> kNone;
    // Hints only while proofreading: the designer's page stays clean of them.
    // Marks checked against the stories: none is drawn on characters that are not its text.
    // Drawn as the proof PDF draws them, their notes beside the trim (one engine drawing).
    layout::PageComposer& composer = m_document->composer();
    if (const auto styles = composer.styles(d.styles)) {
        overlay.marks =
                markDrawing(composed, d.stories, layout::checkedMarks(d.stories, d.marks),
                            m_view.proofMode() && m_hintsVisible ? m_document->hints() : kNone,
                            composer.typesetter(), layout::markInk(styles.value()->body));
    }
    overlay.shownMark = m_shownMark.value_or(std::string());
    if (m_textSelection) {
        for (const layout::Rect& r : layout::rangeRects(composed, *m_textSelection))
            overlay.textSelection.push_back(rectOf(r));
        if (m_textSelection->empty()) {
            if (const auto caret = layout::caretRect(composed, m_textSelection->begin))
                overlay.textCaret = rectOf(*caret);
        }
    }
}

void ProofTool::selectText(std::optional<layout::TextRange> range) {
    m_textSelection = std::move(range);
    m_textAnchor.reset();
    m_view.updateOverlay();
    emit textSelectionChanged();
}

void ProofTool::showMark(std::optional<std::string> mark) {
    m_shownMark = std::move(mark);
    m_view.updateOverlay();
    if (!m_view.pageItem() || !m_shownMark) return;
    if (const layout::DrawnMark* shown =
                drawnMark(m_view.pageItem()->overlay().marks, *m_shownMark))
        m_view.ensureVisible(rectOf(shown->caret ? *shown->caret : shown->pieces.front()), 80, 80);
}

void ProofTool::setHintsVisible(bool visible) {
    m_hintsVisible = visible;
    if (m_shownMark && m_document) {  // a hint hidden is no longer shown selected
        const auto& hints = m_document->hints();
        if (std::any_of(hints.begin(), hints.end(),
                        [&](const layout::ProofMark& h) { return h.id == *m_shownMark; }))
            m_shownMark.reset();
    }
    m_view.updateOverlay();
}

std::optional<layout::TextPlace> ProofTool::textPlaceAt(QPointF point,
                                                        layout::LayoutUnit reach) const {
    return layout::placeAt(*m_document->layout(), units(point.x()), units(point.y()), reach);
}

void ProofTool::press(QPointF point) {
    // A mark or its note first: they lie over the text.
    for (const layout::DrawnMark& s : m_view.pageItem()->overlay().marks.marks) {
        bool hit = rectOf(s.note).contains(point) ||
                   (s.caret && rectOf(*s.caret).adjusted(-3, 0, 3, 0).contains(point));
        for (const layout::Rect& r : s.pieces) hit |= rectOf(r).contains(point);
        if (hit) {
            const std::string mark = s.mark;  // showMark() draws the overlay again, `s` with it
            showMark(mark);
            emit markClicked(mark);
            return;
        }
    }
    const auto place = textPlaceAt(point, units(6 / std::max(m_view.zoom(), 0.01)));
    if (!place) {
        selectText(std::nullopt);
        return;
    }
    selectText(layout::TextRange{*place, *place});
    m_textAnchor = *place;
}

bool ProofTool::move(QPointF point) {
    if (!m_textAnchor || !m_document || !m_document->layout()) return false;
    // Far from the line the drag began on, the nearest text still extends the selection.
    const auto place = textPlaceAt(point, units(200));
    if (!place || place->story != m_textAnchor->story) return true;
    const layout::TextPlace anchor = *m_textAnchor;
    m_textSelection =
            anchor < *place ? layout::TextRange{anchor, *place} : layout::TextRange{*place, anchor};
    m_view.updateOverlay();
    return true;
}

bool ProofTool::release() {
    if (!m_textAnchor) return false;
    m_textAnchor.reset();
    emit textSelectionChanged();
    return true;
}

void ProofTool::doubleClick(QPointF point) {
    const auto place = textPlaceAt(point, units(6 / std::max(m_view.zoom(), 0.01)));
    const layout::Story* story =
            place ? layout::findStory(m_document->document().stories, place->story) : nullptr;
    if (!story) return;
    const std::string* text = layout::fieldText(*story, place->field, place->paragraph);
    if (!text) return;
    const auto [begin, end] = layout::wordAt(*text, place->offset);
    layout::TextPlace from = *place, to = *place;
    from.offset = begin;
    to.offset = end;
    selectText(layout::TextRange{from, to});
}

bool ProofTool::keyPress(int key) {
    if (key != Qt::Key_Escape) return false;  // blocks stay where they are
    selectText(std::nullopt);
    return true;
}

}  // namespace banmian::app
