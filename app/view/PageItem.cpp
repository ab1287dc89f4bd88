#include "app/view/PageItem.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <cmath>

#include "app/render/PagePainter.h"

namespace banmian::app {

namespace {

// Where an overlay draws, in points: a little more than its rectangles, for hairlines and the
// resize handle's edge at any zoom.
QRectF overlayBounds(const PageOverlay& overlay, const QRectF& marks) {
    QRectF bounds = marks;
    auto extend = [&](const QRectF& r) { bounds = bounds.isNull() ? r : bounds | r; };
    for (const QRectF& r : overlay.selected) extend(r);
    if (overlay.handle) extend(*overlay.handle);
    for (const QRectF& r : overlay.photoHandles) extend(r);
    if (overlay.cropPicture) extend(*overlay.cropPicture);
    for (const QRectF& r : overlay.notchHandles) extend(r);
    for (const auto& o : overlay.overset) extend(o.block);
    for (const QRectF& r : overlay.refused) extend(r);
    for (const QRectF& r : overlay.textSelection) extend(r);
    if (overlay.textCaret) extend(*overlay.textCaret);
    return bounds.isNull() ? bounds : bounds.adjusted(-4, -4, 4, 4);
}

}  // namespace

PageItem::PageItem(const layout::PageLayout& page, const fonts::FontRegistry& registry)
    : m_page(&page), m_ink(page), m_glyphs(registry) {
    // The exposed part reaches paint(): the glyphs of the rest of the page are not drawn.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

QRectF PageItem::setPage(const layout::PageLayout* page) {
    const bool sameTrim = page && m_page && page->grid.trimWidth == m_page->grid.trimWidth &&
                          page->grid.trimHeight == m_page->grid.trimHeight;
    InkMap ink = page ? InkMap(*page) : InkMap();
    const QRectF changed = sameTrim ? ink.changedFrom(m_ink) : pageRect() | boundingRect();
    if (!sameTrim) prepareGeometryChange();
    m_page = page;
    m_ink = std::move(ink);
    if (!sameTrim) {
        update();
        return pageRect();
    }
    if (!changed.isNull()) update(changed);
    return changed;
}

void PageItem::setOverlay(PageOverlay overlay) {
    const QRectF bounds = marksBounds(overlay.marks);
    const QRectF before = overlayBounds(m_overlay, m_marksBounds);
    if (bounds != m_marksBounds) {
        prepareGeometryChange();
        m_marksBounds = bounds;
    }
    m_overlay = std::move(overlay);
    const QRectF after = overlayBounds(m_overlay, m_marksBounds);
    if (!before.isNull() || !after.isNull()) update(before.isNull() ? after : before | after);
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

void PageItem::setSoftProof(std::shared_ptr<const layout::SoftProof> proof) {
    if (proof == m_proof) return;
    m_proof = std::move(proof);
    update();
}

QRectF PageItem::boundingRect() const {
    return m_page ? pageRect() | m_marksBounds : QRectF();
}

void PageItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (!m_page) return;
    painter->setRenderHint(QPainter::Antialiasing);
    PagePaintOptions options;
    options.grid = m_grid;
    if (option) options.area = option->exposedRect;
    options.proof = m_proof.get();
    paintPage(*painter, *m_page, m_glyphs, options);
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
    for (const QRectF& r : m_overlay.photoHandles) {
        painter.fillRect(r, Qt::white);
        painter.setPen(selection);
        painter.drawRect(r);
    }
    if (m_overlay.cropPicture) {
        // What lies outside the frame, to be moved in: faint, and outlined in orange, dashed.
        if (!m_overlay.cropImage.isNull()) {
            painter.save();
            QPainterPath outside;
            outside.addRect(*m_overlay.cropPicture);
            QPainterPath frame;
            frame.addRect(m_overlay.cropFrame);
            painter.setClipPath(outside.subtracted(frame), Qt::IntersectClip);
            painter.setOpacity(0.35);
            painter.drawImage(*m_overlay.cropPicture, m_overlay.cropImage);
            painter.restore();
        }
        painter.setPen(QPen(QColor(0xE0, 0x7B, 0x00), 0, Qt::DashLine));
        painter.drawRect(*m_overlay.cropPicture);
    }
    // Hollow: a notch handle reshapes the block, where the filled one resizes it.
    for (const QRectF& r : m_overlay.notchHandles) {
        painter.setPen(QPen(QColor(0x1E, 0x6F, 0xD9), 0));
        painter.fillRect(r, Qt::white);
        painter.drawRect(r);
    }

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
    paintMarks(painter, m_overlay.marks, m_overlay.shownMark, m_glyphs, pixel, m_proof.get());
    painter.restore();
}

}  // namespace banmian::app
