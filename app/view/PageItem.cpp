#include "app/view/PageItem.h"

#include <QPainter>
#include <cmath>

#include "app/render/PagePainter.h"

namespace banmian::app {

PageItem::PageItem(const layout::PageLayout& page, const fonts::FontRegistry& registry)
    : m_page(&page), m_glyphs(registry) {}

void PageItem::setPage(const layout::PageLayout* page) {
    const bool sameTrim = page && m_page && page->grid.trimWidth == m_page->grid.trimWidth &&
                          page->grid.trimHeight == m_page->grid.trimHeight;
    if (!sameTrim) prepareGeometryChange();
    m_page = page;
    update();
}

void PageItem::setOverlay(PageOverlay overlay) {
    const QRectF bounds = marksBounds(overlay.marks);
    if (bounds != m_marksBounds) {
        prepareGeometryChange();
        m_marksBounds = bounds;
    }
    m_overlay = std::move(overlay);
    update();
}

void PageItem::setGridVisible(bool visible) {
    m_grid = visible;
    update();
}

QRectF PageItem::pageRect() const {
    if (!m_page) return {};
    return {0, 0, layout::toPoints(m_page->grid.trimWidth),
            layout::toPoints(m_page->grid.trimHeight)};
}

QRectF PageItem::boundingRect() const {
    return m_page ? pageRect() | m_marksBounds : QRectF();
}

void PageItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (!m_page) return;
    painter->setRenderHint(QPainter::Antialiasing);
    paintPage(*painter, *m_page, m_glyphs, {m_grid});
    paintOverlay(*painter);
}

void PageItem::paintOverlay(QPainter& painter) const {
    painter.save();
    // The type area (版心), faint: where blocks may go; the printer never sees it.
    const layout::PageGrid& g = m_page->grid;
    painter.setPen(QPen(QColor(0x9C, 0xB8, 0xD8), 0, Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(layout::toPoints(g.marginLeft), layout::toPoints(g.marginTop),
                            layout::toPoints(g.typeAreaWidth()),
                            layout::toPoints(g.typeAreaHeight())));
    // Hairlines: one screen pixel wide at every zoom.
    QPen selection(QColor(0x1E, 0x6F, 0xD9), 0);
    painter.setBrush(Qt::NoBrush);
    for (const QRectF& r : m_overlay.selected) {
        painter.setPen(selection);
        painter.drawRect(r);
        painter.fillRect(r, QColor(0x1E, 0x6F, 0xD9, 24));
    }
    if (m_overlay.handle) painter.fillRect(*m_overlay.handle, QColor(0x1E, 0x6F, 0xD9));

    // Overset: a red mark with the count at the block's bottom right, where the text runs out,
    // the same size on screen at every zoom.
    const double pixel = 1.0 / std::max(painter.worldTransform().m11(), 0.01);
    QFont font = painter.font();
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(12 * pixel))));
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const auto& o : m_overlay.overset) {
        painter.setPen(QPen(QColor(0xD0, 0x10, 0x10), 0));
        painter.drawRect(o.block);
        const double width = metrics.horizontalAdvance(o.count) + 8 * pixel;
        const double height = metrics.height() + 2 * pixel;
        const QRectF mark(o.block.right() - width, o.block.bottom() - height, width, height);
        painter.fillRect(mark, QColor(0xD0, 0x10, 0x10));
        painter.setPen(Qt::white);
        painter.drawText(mark, Qt::AlignCenter, o.count);
    }
    for (const QRectF& r : m_overlay.refused) {
        painter.setPen(QPen(QColor(0xD0, 0x10, 0x10), 0, Qt::DashLine));
        painter.fillRect(r, QColor(0xD0, 0x10, 0x10, 40));
        painter.drawRect(r);
    }
    for (const QRectF& r : m_overlay.textSelection)
        painter.fillRect(r, QColor(0x1E, 0x6F, 0xD9, 70));
    if (m_overlay.textCaret) {
        painter.setPen(QPen(QColor(0x1E, 0x6F, 0xD9), 2 * pixel));
        painter.drawLine(m_overlay.textCaret->topLeft(), m_overlay.textCaret->bottomLeft());
    }
    paintMarks(painter, m_overlay.marks, m_overlay.noteFont, pixel);
    painter.restore();
}

}  // namespace banmian::app
