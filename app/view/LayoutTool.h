#pragma once

#include <QObject>
#include <QPointF>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/compose/BlockShape.h"
#include "layout/compose/PageEdits.h"
#include "layout/document/Document.h"

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;

namespace banmian::app {

class DragSession;
class PageDocument;
class PhotoCropMode;
class PageView;
struct PageOverlay;

/// The designer's hands on the page outside proof mode. Click a block, photo or caption to select
/// it (Ctrl or Shift adds to the selection), drag it to move it along the grid, drag a block's
/// bottom-right corner or a photo frame's corners to resize it, a block's bottom-left corner (or,
/// with Shift, its bottom-right) to cut a notch and make it an L (题文拐弯), an L's notch handle
/// back to its edge to make it a rectangle again; the text reflows at every step, and one drag is
/// one undo step. A block is never dropped on another: the place is marked red and message() says
/// which block is in the way. Arrow keys nudge by a grid line or a column; Delete takes the
/// selected blocks off the page; a double-click in a story's body asks for its text (editStory),
/// on a photo crops it (PhotoCropMode: drag the picture, turn the wheel; Esc ends). A story
/// dragged from the list is placed where it is dropped; files from the desktop are handed on
/// (filesDropped). The page view forwards its events here.
class LayoutTool : public QObject {
    Q_OBJECT

public:
    explicit LayoutTool(PageView& view);
    ~LayoutTool() override;

    void setDocument(PageDocument* document);

    /// The selected blocks, photos and captions where they are on the page now. They are kept by
    /// id, so that after an undo, a redo or an edit that took a block before them off the page the
    /// same ones stay selected, and a selection never passes to another block.
    std::vector<layout::PagePart> selection() const;
    void select(const std::vector<layout::PagePart>& parts);
    /// Moves the selection by whole columns and lines, as one undo step.
    void nudge(int columns, int lines);
    /// Takes the selected blocks off the page (their stories stay in the list, unplaced); a
    /// caption selected alone is deleted (its credit with it), a photo taken off its block.
    void removeSelected();
    /// The mime type of a story dragged from the story list (its id as text).
    static QString storyMimeType();

    /// The page changed: what was selected and is no longer on the page (after undo, or a new
    /// document) is dropped.
    void pageChanged();
    /// Adds the selection, and the resize handle of the one block selected.
    void drawOn(PageOverlay& overlay) const;

    // The view's events, mouse ones at page points. Each but doubleClick() says whether the tool
    // took the event; where not, the view does what a view does (a press on blank paper pans).
    bool press(QPointF point, Qt::KeyboardModifiers modifiers);
    bool move(QPointF point);
    bool release();
    void doubleClick(QPointF point);
    bool keyPress(int key);
    /// The wheel turned by `delta` (eighths of a degree, as Qt's angleDelta()) at page point `p`:
    /// over the photo being cropped it scales the picture; whether it was taken.
    bool wheel(QPointF p, int delta);
    /// The photo being cropped (double-clicked), if one is.
    std::optional<layout::PagePart> cropping() const;
    bool dragEnter(QDragEnterEvent* event);
    bool dragMove(QDragMoveEvent* event);
    bool drop(QDropEvent* event);

signals:
    void selectionChanged();
    /// A double-click in a story's body: open its text in the story editor.
    void editStory(const std::string& story);
    /// A double-click on the masthead, the folio or an ear: open its dialog.
    void editBlock(std::size_t block);
    /// Something to tell the designer in the status bar: why a drop was refused; empty when a
    /// refusal said before no longer holds (the part went where it may).
    void message(const QString& text);
    /// Files dragged from the desktop and dropped on the page: articles or a page to open.
    void filesDropped(const QStringList& paths);

private:
    // The story a drag from the list carries, and where on the grid it would go.
    struct StoryDrop {
        std::string story;  // its id
        int column, line, columns;
    };
    std::optional<StoryDrop> storyDrop(const QDropEvent* event) const;
    // Places the dropped story, or says why not; the placed block is selected.
    void placeStory(const StoryDrop& drop);
    // removeSelected() of a lone caption or photo.
    void removePhotoPart();
    QString nameOf(const std::vector<layout::PagePart>& parts, bool resize) const;
    // The notch handle of `block` within `reach` of page point (x, y), if any: Shift takes a
    // rectangle's bottom-right corner for its right notch rather than its resize handle.
    std::optional<layout::NotchSide> notchAt(std::size_t block, layout::LayoutUnit x,
                                             layout::LayoutUnit y, layout::LayoutUnit reach,
                                             bool shift) const;
    // The page point of a notch handle.
    std::optional<QPointF> notchPoint(std::size_t block, layout::NotchSide side) const;
    // Says why a part may not go where it was taken; unrefuse() takes that back once it may.
    void refuse(const QString& why);
    void unrefuse();

    // A selected part by ids: its block's, and its photo's or caption's.
    struct PartId {
        layout::PagePart::Kind kind = layout::PagePart::Kind::Block;
        std::string block, part;
        bool operator==(const PartId&) const = default;
    };
    PartId idOf(const layout::PagePart& part) const;

    PageView& m_view;
    PageDocument* m_document = nullptr;
    std::vector<PartId> m_selection;
    std::unique_ptr<DragSession> m_drag;
    std::unique_ptr<PhotoCropMode> m_crop;
    layout::Document m_beforeDrag;
    bool m_refused = false;  // a refusal is showing
};

}  // namespace banmian::app
