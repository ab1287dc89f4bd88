#include "app/view/PageView.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPinchGesture>
#include <QWheelEvent>
#include <cmath>
#include <utility>

#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/view/CopyfitText.h"
#include "app/view/InPlaceEditor.h"
#include "app/view/LayoutTool.h"
#include "app/view/PageItem.h"
#include "app/view/ProofTool.h"

namespace banmian::app {

layout::LayoutUnit units(double points) {
    return static_cast<layout::LayoutUnit>(std::lround(points * 64));
}

PageView::PageView(QWidget* parent)
    : QGraphicsView(parent),
      m_layoutTool(std::make_unique<LayoutTool>(*this)),
      m_proofTool(std::make_unique<ProofTool>(*this)),
      m_editor(std::make_unique<InPlaceEditor>(*this)) {
    setScene(new QGraphicsScene(this));
    setBackgroundBrush(QColor(0x80, 0x80, 0x80));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    connect(m_layoutTool.get(), &LayoutTool::selectionChanged, this, &PageView::selectionChanged);
    connect(m_layoutTool.get(), &LayoutTool::editStory, this, &PageView::editStory);
    connect(m_layoutTool.get(), &LayoutTool::editBlock, this, &PageView::editBlock);
    connect(m_layoutTool.get(), &LayoutTool::message, this, &PageView::message);
    connect(m_layoutTool.get(), &LayoutTool::filesDropped, this, &PageView::filesDropped);
    connect(m_proofTool.get(), &ProofTool::textSelectionChanged, this,
            &PageView::textSelectionChanged);
    connect(m_proofTool.get(), &ProofTool::markClicked, this, &PageView::markClicked);
    connect(m_editor.get(), &InPlaceEditor::message, this, &PageView::message);
}

PageView::~PageView() = default;

void PageView::setDocument(PageDocument* document) {
    m_document = document;
    m_layoutTool->setDocument(document);
    m_proofTool->setDocument(document);
    m_editor->setDocument(document);
    connect(document, &PageDocument::changed, this, &PageView::showComposition);
    showComposition();
}

void PageView::showComposition() {
    if (!m_document) return;
    if (!m_document->layout()) {  // none could be composed: show none
        if (m_item) m_item->setPage(nullptr);
        return;
    }
    const layout::PageLayout& page = *m_document->layout();
    // What the tools hold and is no longer on the page (after undo, or a new document) goes.
    m_layoutTool->pageChanged();
    m_proofTool->pageChanged();
    const bool first = m_item == nullptr;
    if (first) {
        m_item = new PageItem(page, m_document->registry());
        scene()->addItem(m_item);
    } else {
        m_item->setPage(&page);
    }
    m_item->setSoftProof(m_document->softProof());
    updateOverlay();
    if (first) fitPage();
}

void PageView::updateOverlay(const std::vector<layout::GridRect>& refused) {
    if (!m_item || !m_document || !m_document->layout()) return;
    const layout::Page& page = m_document->page();
    const layout::PageLayout& composed = *m_document->layout();
    PageOverlay overlay;
    m_layoutTool->drawOn(overlay);
    for (const layout::Copyfit& fit : composed.copyfit) {
        if (fit.oversetLines <= 0 || fit.block < 0) continue;
        const auto& area = page.blocks[static_cast<std::size_t>(fit.block)].area;
        if (area.empty()) continue;
        overlay.overset.push_back({rectOf(page.grid.rect(area.back())), oversetMark(fit)});
    }
    for (const layout::GridRect& r : refused) overlay.refused.push_back(rectOf(page.grid.rect(r)));
    m_proofTool->drawOn(overlay);
    m_item->setOverlay(std::move(overlay));
    scene()->setSceneRect(m_item->boundingRect().adjusted(-20, -20, 20, 20));
}

void PageView::setProofMode(bool on) {
    m_proof = on;
    setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(on ? Qt::IBeamCursor : Qt::ArrowCursor);
    if (on) select({});
    selectText(std::nullopt);
}

// The tools' functions, for the window and the tests.

std::vector<layout::PagePart> PageView::selection() const {
    return m_layoutTool->selection();
}

void PageView::select(const std::vector<layout::PagePart>& parts) {
    m_layoutTool->select(parts);
}

void PageView::nudge(int columns, int lines) {
    m_layoutTool->nudge(columns, lines);
}

void PageView::removeSelected() {
    m_layoutTool->removeSelected();
}

QString PageView::storyMimeType() {
    return LayoutTool::storyMimeType();
}

const std::optional<layout::TextRange>& PageView::textSelection() const {
    return m_proofTool->textSelection();
}

void PageView::selectText(std::optional<layout::TextRange> range) {
    m_proofTool->selectText(std::move(range));
}

void PageView::showMark(std::optional<std::string> mark) {
    m_proofTool->showMark(std::move(mark));
}

void PageView::setHintsVisible(bool visible) {
    m_proofTool->setHintsVisible(visible);
}

QLineEdit* PageView::inlineEditor() const {
    return m_editor->lineEdit();
}

// A press, a double-click and a key go to the tool in use; what it does not take, the view does
// as any view (a press on blank paper pans).

void PageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_document || !m_document->layout()) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    if (m_proof) {
        m_proofTool->press(p);
        return;
    }
    if (!m_layoutTool->press(p, event->modifiers())) QGraphicsView::mousePressEvent(event);
}

void PageView::mouseMoveEvent(QMouseEvent* event) {
    // A drag goes on in the tool it began in.
    const QPointF p = mapToScene(event->position().toPoint());
    if (m_proofTool->move(p) || m_layoutTool->move(p)) return;
    QGraphicsView::mouseMoveEvent(event);
}

void PageView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_proofTool->release() || m_layoutTool->release()) return;
    QGraphicsView::mouseReleaseEvent(event);
}

void PageView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_document || !m_document->layout()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    if (m_proof) {
        m_proofTool->doubleClick(p);
        return;
    }
    if (m_editor->editAt(p)) return;
    m_layoutTool->doubleClick(p);
}

void PageView::keyPressEvent(QKeyEvent* event) {
    if (m_proof ? m_proofTool->keyPress(event->key()) : m_layoutTool->keyPress(event->key()))
        event->accept();
    else
        QGraphicsView::keyPressEvent(event);
}

// Drops go to the layout tool in either mode: a story dragged from the list is placed, files from
// the desktop are opened, while proofreading too.

void PageView::dragEnterEvent(QDragEnterEvent* event) {
    if (!m_layoutTool->dragEnter(event)) QGraphicsView::dragEnterEvent(event);
}

void PageView::dragMoveEvent(QDragMoveEvent* event) {
    if (!m_layoutTool->dragMove(event)) QGraphicsView::dragMoveEvent(event);
}

void PageView::dragLeaveEvent(QDragLeaveEvent* event) {
    updateOverlay();
    QGraphicsView::dragLeaveEvent(event);
}

void PageView::dropEvent(QDropEvent* event) {
    if (!m_layoutTool->drop(event)) QGraphicsView::dropEvent(event);
}

QPoint PageView::viewPointOf(QPointF pagePoint) const {
    return mapFromScene(pagePoint);
}

double PageView::zoom() const {
    return transform().m11();
}

void PageView::fitPage() {
    if (m_item) fitInView(m_item->pageRect(), Qt::KeepAspectRatio);
    updateOverlay();
}

void PageView::fitWidth() {
    if (!m_item) return;
    const QRectF page = m_item->pageRect();
    const double scale = viewport()->width() / (page.width() + 10);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(page.center().x(), page.top());
    updateOverlay();
}

void PageView::actualSize() {
    // 100 %: a point of the page is a point (1/72 inch) of the screen.
    const double scale = logicalDpiX() / 72.0;
    setTransform(QTransform::fromScale(scale, scale));
    updateOverlay();
}

void PageView::zoomBy(double factor) {
    const double next = zoom() * factor;
    if (next < 0.05 || next > 40) return;  // beyond these a page is a speck or a single stroke
    scale(factor, factor);
    updateOverlay();
}

void PageView::setGridVisible(bool visible) {
    if (m_item) m_item->setGridVisible(visible);
}

void PageView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
        event->accept();
        return;
    }
    // Cropping a photo, the wheel scales its picture; else it scrolls.
    if (!m_proof && m_document && m_document->layout() &&
        m_layoutTool->wheel(mapToScene(event->position().toPoint()), event->angleDelta().y())) {
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool PageView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Gesture) {
        auto* gesture = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gesture->gesture(Qt::PinchGesture))) {
            zoomBy(pinch->scaleFactor());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

}  // namespace banmian::app
