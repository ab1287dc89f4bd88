#include "app/view/PageItem.h"

#include <QPainter>

#include "app/render/PagePainter.h"

namespace banmian::app {

PageItem::PageItem(const layout::PageLayout& page, const fonts::FontRegistry& registry)
    : m_page(page), m_glyphs(registry) {}

void PageItem::setPage(const layout::PageLayout& page) {
    prepareGeometryChange();
    m_page = page;
    update();
}

void PageItem::setGridVisible(bool visible) {
    m_grid = visible;
    update();
}

QRectF PageItem::boundingRect() const {
    return {0, 0, layout::toPoints(m_page.grid.trimWidth),
            layout::toPoints(m_page.grid.trimHeight)};
}

void PageItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    paintPage(*painter, m_page, m_glyphs, {m_grid});
}

}  // namespace banmian::app
