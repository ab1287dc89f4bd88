#include "app/view/PageView.h"

#include <QGestureEvent>
#include <QPinchGesture>
#include <QWheelEvent>

#include "app/view/PageItem.h"

namespace banmian::app {

PageView::PageView(QWidget* parent) : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    setBackgroundBrush(QColor(0x80, 0x80, 0x80));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    viewport()->grabGesture(Qt::PinchGesture);
}

void PageView::showPage(const layout::PageLayout& page, const fonts::FontRegistry& registry) {
    const bool first = m_item == nullptr;
    if (first) {
        m_item = new PageItem(page, registry);
        scene()->addItem(m_item);
    } else {
        m_item->setPage(page);
    }
    scene()->setSceneRect(m_item->boundingRect().adjusted(-20, -20, 20, 20));
    if (first) fitPage();
}

double PageView::zoom() const {
    return transform().m11();
}

void PageView::fitPage() {
    if (m_item) fitInView(m_item->boundingRect(), Qt::KeepAspectRatio);
}

void PageView::fitWidth() {
    if (!m_item) return;
    const QRectF page = m_item->boundingRect();
    const double scale = viewport()->width() / (page.width() + 10);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(page.center().x(), page.top());
}

void PageView::actualSize() {
    // 100 %: a point of the page is a point (1/72 inch) of the screen.
    const double scale = logicalDpiX() / 72.0;
    setTransform(QTransform::fromScale(scale, scale));
}

void PageView::zoomBy(double factor) {
    const double next = zoom() * factor;
    if (next < 0.05 || next > 40) return;  // beyond these a page is a speck or a single stroke
    scale(factor, factor);
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
