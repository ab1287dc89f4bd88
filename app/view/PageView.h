#pragma once

#include <QGraphicsView>
#include <QLineEdit>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/compose/PageEdits.h"
#include "layout/document/Document.h"

namespace banmian::app {

class DragSession;
class InPlaceEditor;
class PageDocument;
class PageItem;
class ProofTool;

/// The page on screen, as it will print, and the designer's hands on it. Zoom to fit the page or
/// its width, 100 % (a point of the page a point of the screen), Ctrl+wheel and pinch; drag blank
/// paper to pan. Click a block, photo or caption to select it (Ctrl or Shift adds to the
/// selection), drag it to move it along the grid, drag a block's bottom-right corner to resize
/// it; the text reflows at every step, and one drag is one undo step. A block is never dropped on
/// another: the place is marked red and message() says which block is in the way. Arrow keys
/// nudge by a grid line or a column; Delete takes the selected blocks off the page.
class PageView : public QGraphicsView {
    Q_OBJECT

public:
    explicit PageView(QWidget* parent = nullptr);
    ~PageView() override;

    /// Shows `document`'s page and edits it.
    void setDocument(PageDocument* document);
    PageItem* pageItem() const { return m_item; }

    /// The selected blocks, photos and captions where they are on the page now. They are kept by
    /// id, so that after an undo, a redo or an edit that took a block before them off the page the
    /// same ones stay selected, and a selection never passes to another block.
    std::vector<layout::PagePart> selection() const;
    void select(const std::vector<layout::PagePart>& parts);
    /// Moves the selection by whole columns and lines, as one undo step.
    void nudge(int columns, int lines);
    /// The mime type of a story dragged from the story list (its index as text).
    static QString storyMimeType();
    /// Takes the selected blocks off the page (their stories stay in the list, unplaced).
    void removeSelected();

    /// The view point of a page point in points (for tests that click the page).
    QPoint viewPointOf(QPointF pagePoint) const;

    void fitPage();
    void fitWidth();
    void actualSize();
    void zoomBy(double factor);
    void setGridVisible(bool visible);
    /// Screen pixels per page point at the current zoom.
    double zoom() const;

    /// Proof mode (校对): the mouse selects text instead of moving blocks — drag across lines and
    /// columns, double-click a word — for marking; a click on a mark or its note selects it.
    void setProofMode(bool on);
    bool proofMode() const { return m_proof; }
    const std::optional<layout::TextRange>& textSelection() const;
    void selectText(std::optional<layout::TextRange> range);
    /// The mark (or, with `hint`, the automatic hint) shown selected; scrolls it into view.
    void showMark(std::optional<std::size_t> index, bool hint = false);
    void setHintsVisible(bool visible);

    /// The line editor open over the page, while a headline, credit line or caption is edited in
    /// place (double-click); Enter keeps the text, Escape drops it.
    QLineEdit* inlineEditor() const;

    /// Draws what the tools show over the page (the selection, proof marks, the text selection)
    /// and each block's overset anew; `refused`: where a dragged part may not go.
    void updateOverlay(const std::vector<layout::GridRect>& refused = {});

signals:
    void selectionChanged();
    void textSelectionChanged();
    /// A click on a proof mark (or hint) on the page.
    void markClicked(std::size_t index, bool hint);
    /// A double-click in a story's body: open its text in the story editor.
    void editStory(std::size_t story);
    /// Something to tell the designer in the status bar: why a drop was refused.
    void message(const QString& text);
    /// Files dragged from the desktop and dropped on the page: articles or a page to open.
    void filesDropped(const QStringList& paths);

protected:
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showComposition();
    // The story a drag from the list carries, and where on the grid it would go.
    struct StoryDrop {
        std::size_t story;
        int column, line, columns;
    };
    std::optional<StoryDrop> storyDrop(const QDropEvent* event) const;
    // Places the dropped story, or says why not; the placed block is selected.
    void placeStory(const StoryDrop& drop);
    QString nameOf(const std::vector<layout::PagePart>& parts, bool resize) const;

    // A selected part by ids: its block's, and its photo's or caption's.
    struct PartId {
        layout::PagePart::Kind kind = layout::PagePart::Kind::Block;
        std::string block, part;
        bool operator==(const PartId&) const = default;
    };
    PartId idOf(const layout::PagePart& part) const;

    PageDocument* m_document = nullptr;
    PageItem* m_item = nullptr;
    std::vector<PartId> m_selection;
    std::unique_ptr<DragSession> m_drag;
    layout::Document m_beforeDrag;
    std::unique_ptr<ProofTool> m_proofTool;
    // Destroyed with the view, before its viewport and the line editor on it: the editor's
    // focus going as the window closes keeps nothing.
    std::unique_ptr<InPlaceEditor> m_editor;
    bool m_proof = false;
};

/// A length in page points (the scene's unit, where the mouse is) in layout units, rounded.
layout::LayoutUnit units(double points);

}  // namespace banmian::app
