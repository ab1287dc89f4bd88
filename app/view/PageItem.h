#pragma once

#include <QGraphicsItem>
#include <QImage>
#include <QRectF>
#include <QString>
#include <memory>
#include <vector>

#include "app/render/GlyphPaths.h"
#include "app/view/InkMap.h"
#include "app/view/MarkShapes.h"
#include "layout/colour/SoftProof.h"
#include "layout/output/PageLayout.h"

namespace banmian::app {

/// What the designer sees over the page and the printer never prints: the selection with its
/// resize handle, each block's overset count, a block that refuses a drop, and proof marks.
struct PageOverlay {
    std::vector<QRectF> selected;      ///< in points
    std::optional<QRectF> handle;      ///< the resize handle of the one block selected
    std::vector<QRectF> photoHandles;  ///< the corners of the one photo frame selected
    /// In a photo's crop mode: the whole picture as placed, beyond its frame too.
    std::optional<QRectF> cropPicture;
    QImage cropImage;                       ///< its image, shown faint where the frame cuts it away
    QRectF cropFrame;                       ///< the frame it is cropped to
    std::vector<QRectF> notchHandles = {};  ///< its notch handles (an L's inner corners)
    struct Overset {
        QRectF block;
        QString count;  ///< "超 12 字"
    };
    std::vector<Overset> overset;
    std::vector<QRectF> refused;  ///< where a dragged part may not go
    /// Proof marks and hints, with their notes beside the page (past the trim), as the proof PDF
    /// draws them; the one the marks list shows.
    layout::MarkDrawing marks;
    std::string shownMark;
    std::vector<QRectF> textSelection;  ///< the proofreader's selection of text
    std::optional<QRectF> textCaret;
};

/// The composed page as one scene item, in points: drawn by the same page painter as the
/// pictures, the printer and (through the same positions) the PDF; then the overlay. It shows the
/// composition it is given where it lives (the open page's), never a copy: a drag step composes
/// a new one, and copying its five thousand glyphs, each with its text, on every step was waste.
class PageItem : public QGraphicsItem {
public:
    /// `page` must outlive the item, or be replaced by setPage() first.
    PageItem(const layout::PageLayout& page, const fonts::FontRegistry& registry);

    /// Shows another composition of the page (after a change); nothing when there is none. Only
    /// what it changed is repainted; that part of the page (in points) is returned.
    QRectF setPage(const layout::PageLayout* page);
    void setOverlay(PageOverlay overlay);
    const PageOverlay& overlay() const { return m_overlay; }
    /// The page itself, without the notes beside it.
    QRectF pageRect() const;
    void setGridVisible(bool visible);
    /// Draws colours as `proof` shows them (the document's output profile); none: the default.
    void setSoftProof(std::shared_ptr<const layout::SoftProof> proof);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintOverlay(QPainter& painter) const;

    const layout::PageLayout* m_page;
    InkMap m_ink;  // of m_page, to compare the next composition with
    mutable GlyphPaths m_glyphs;  // a cache: the overlay draws its notes from it too
    std::shared_ptr<const layout::SoftProof> m_proof;
    PageOverlay m_overlay;
    QRectF m_marksBounds;
    bool m_grid = false;
};

}  // namespace banmian::app
