#pragma once

#include <QGraphicsView>
#include <QLineEdit>
#include <memory>
#include <optional>
#include <vector>

#include "layout/compose/PageEdits.h"
#include "layout/model/TextPlace.h"

namespace banmian::app {

class InPlaceEditor;
class LayoutTool;
class PageDocument;
class PageItem;
class ProofTool;

/// The page on screen, as it will print. Zoom to fit the page or its width, 100 % (a point of the
/// page a point of the screen), Ctrl+wheel and pinch; drag blank paper to pan; the grid shown or
/// not. What the mouse and keys do on the page belongs to the tool in use, to which the view
/// forwards its events: the layout tool (LayoutTool: select, move, resize, nudge, take off, drop a
/// story), or in proof mode the proof tool (ProofTool: select text, click a mark). A double-click
/// on a headline, credit line or caption edits it in place (InPlaceEditor). The view draws what
/// the tools show over the page (the overlay). The tools' functions and signals are forwarded
/// here, so that the window and the tests have one object to talk to.
class PageView : public QGraphicsView {
    Q_OBJECT

public:
    explicit PageView(QWidget* parent = nullptr);
    ~PageView() override;

    /// Shows `document`'s page and edits it.
    void setDocument(PageDocument* document);
    PageItem* pageItem() const { return m_item; }

    /// The selected blocks, photos and captions (LayoutTool::selection()).
    std::vector<layout::PagePart> selection() const;
    void select(const std::vector<layout::PagePart>& parts);
    /// Moves the selection by whole columns and lines, as one undo step.
    void nudge(int columns, int lines);
    /// The mime type of a story dragged from the story list (its id as text).
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
    /// The mark (or automatic hint) of id `mark` shown selected; scrolls it into view.
    void showMark(std::optional<std::string> mark);
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
    void markClicked(const std::string& mark);
    /// A double-click in a story's body: open its text in the story editor.
    void editStory(const std::string& story);
    /// A double-click on the masthead, the folio or an ear (LayoutTool::editBlock).
    void editBlock(std::size_t block);
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

    PageDocument* m_document = nullptr;
    PageItem* m_item = nullptr;
    bool m_proof = false;  // which tool the mouse and keys go to
    // Destroyed with the view, before its viewport and the line editor on it: the editor's
    // focus going as the window closes keeps nothing.
    std::unique_ptr<LayoutTool> m_layoutTool;
    std::unique_ptr<ProofTool> m_proofTool;
    std::unique_ptr<InPlaceEditor> m_editor;
};

/// A length in page points (the scene's unit, where the mouse is) in layout units, rounded.
layout::LayoutUnit units(double points);

}  // namespace banmian::app
