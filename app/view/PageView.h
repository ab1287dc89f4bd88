#pragma once

#include <QGraphicsView>

#include "layout/page/PageLayout.h"

namespace banmian::fonts {
class FontRegistry;
}

namespace banmian::app {

class PageItem;

/// The page on screen, as it will print: zoom to fit the page or its width, 100 % (a point of
/// the page a point of the screen), Ctrl+wheel and pinch to zoom, drag to pan.
class PageView : public QGraphicsView {
    Q_OBJECT

public:
    explicit PageView(QWidget* parent = nullptr);

    /// Shows `page`, set in the faces of `registry` (which must outlive the view's page).
    void showPage(const layout::PageLayout& page, const fonts::FontRegistry& registry);
    PageItem* pageItem() const { return m_item; }

    void fitPage();
    void fitWidth();
    void actualSize();
    void zoomBy(double factor);
    void setGridVisible(bool visible);
    /// Screen pixels per page point at the current zoom.
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    PageItem* m_item = nullptr;
};

}  // namespace banmian::app
