#pragma once

#include <QGraphicsItem>
#include <memory>

#include "app/render/GlyphPaths.h"
#include "layout/page/PageLayout.h"

namespace banmian::app {

/// The composed page as one scene item, in points: drawn by the same page painter as the
/// pictures, the printer and (through the same positions) the PDF.
class PageItem : public QGraphicsItem {
public:
    PageItem(const layout::PageLayout& page, const fonts::FontRegistry& registry);

    /// Shows another composition of the page (after a change).
    void setPage(const layout::PageLayout& page);
    void setGridVisible(bool visible);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    layout::PageLayout m_page;
    GlyphPaths m_glyphs;
    bool m_grid = false;
};

}  // namespace banmian::app
