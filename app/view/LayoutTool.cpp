#include "app/view/LayoutTool.h"

#include <QDropEvent>
#include <QMimeData>
#include <algorithm>
#include <cmath>
#include <utility>

#include "app/edit/DragSession.h"
#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/render/PhotoImage.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "app/view/PhotoCropMode.h"
#include "layout/compose/PageFurniture.h"

namespace banmian::app {

LayoutTool::LayoutTool(PageView& view) : m_view(view) {}

LayoutTool::~LayoutTool() = default;

void LayoutTool::setDocument(PageDocument* document) {
    m_document = document;
    m_crop = document ? std::make_unique<PhotoCropMode>(*document) : nullptr;
}

void LayoutTool::pageChanged() {
    std::vector<PartId> kept;
    for (const layout::PagePart& part : selection()) kept.push_back(idOf(part));
    m_selection = std::move(kept);
    if (m_crop && !m_crop->part()) m_crop->stop();  // its photo left the page
}

std::optional<layout::PagePart> LayoutTool::cropping() const {
    return m_crop ? m_crop->part() : std::nullopt;
}

namespace {

// The photo selected alone, if one is: its corners are handles.
std::optional<layout::PagePart> onePhoto(const std::vector<layout::PagePart>& selected) {
    if (selected.size() != 1 || selected.front().kind != layout::PagePart::Kind::Photo)
        return std::nullopt;
    return selected.front();
}

}  // namespace

void LayoutTool::drawOn(PageOverlay& overlay) const {
    const layout::Page& page = m_document->page();
    const layout::PageLayout& composed = *m_document->layout();
    const std::vector<layout::PagePart> selected = selection();
    for (const layout::PagePart& part : selected) {
        for (const layout::GridRect& r : layout::areaOf(page, composed, part))
            overlay.selected.push_back(rectOf(page.grid.rect(r)));
    }
    if (selected.size() == 1 && selected.front().kind == layout::PagePart::Kind::Block) {
        const layout::Rect r = page.grid.rect(page.blocks[selected.front().block].area.back());
        const double size = 6 / std::max(m_view.zoom(), 0.01);  // six screen pixels
        overlay.handle = QRectF(layout::toPoints(r.right()) - size,
                                layout::toPoints(r.bottom()) - size, size, size);
        for (const auto side : {layout::NotchSide::Left, layout::NotchSide::Right}) {
            const auto point = notchPoint(selected.front().block, side);
            // A rectangle's right notch is cut from its resize handle, with Shift.
            if (!point || overlay.handle->contains(*point - QPointF(size / 2, size / 2))) continue;
            overlay.notchHandles.push_back(
                    QRectF(point->x() - size / 2, point->y() - size / 2, size, size));
        }
    }
    if (const auto photo = onePhoto(selected)) {
        const layout::Rect r = page.grid.rect(page.blocks[photo->block].photos[photo->photo].area);
        const double size = 7 / std::max(m_view.zoom(), 0.01);  // seven screen pixels
        for (const double x : {layout::toPoints(r.x), layout::toPoints(r.right())}) {
            for (const double y : {layout::toPoints(r.y), layout::toPoints(r.bottom())})
                overlay.photoHandles.push_back(QRectF(x - size / 2, y - size / 2, size, size));
        }
    }
    if (const auto cropped = m_crop ? m_crop->part() : std::nullopt) {
        overlay.cropPicture = m_crop->pictureRect();
        const layout::PhotoFrame& photo = page.blocks[cropped->block].photos[cropped->photo];
        if (!photo.image.empty()) overlay.cropImage = photoImage(photo.image);
        for (const layout::PageImage& image : composed.images) {
            if (image.block == static_cast<int>(cropped->block) &&
                image.photo == static_cast<int>(cropped->photo))
                overlay.cropFrame = rectOf(image.rect);
        }
    }
}

std::optional<QPointF> LayoutTool::notchPoint(std::size_t block, layout::NotchSide side) const {
    const layout::Page& page = m_document->page();
    // Text turns (题文拐弯) in a story's block; the masthead, the folio and the ear stay boxes.
    if (block >= page.blocks.size() || page.blocks[block].kind != layout::BlockKind::Story)
        return std::nullopt;
    const auto handle = layout::notchHandle(page, block, side);
    if (!handle) return std::nullopt;
    const layout::PageGrid& g = page.grid;
    const layout::LayoutUnit x = side == layout::NotchSide::Left
                                         ? g.columnX(handle->column)
                                         : g.columnX(handle->column - 1) + g.columnWidth();
    return QPointF(layout::toPoints(x), layout::toPoints(g.lineY(handle->line)));
}

std::optional<layout::NotchSide> LayoutTool::notchAt(std::size_t block, layout::LayoutUnit x,
                                                     layout::LayoutUnit y, layout::LayoutUnit reach,
                                                     bool shift) const {
    const layout::Page& page = m_document->page();
    const bool onResize = layout::onResizeHandle(page, block, x, y, reach);
    for (const auto side : {layout::NotchSide::Right, layout::NotchSide::Left}) {
        const auto point = notchPoint(block, side);
        if (!point) continue;
        const bool near = std::abs(units(point->x()) - x) <= reach &&
                          std::abs(units(point->y()) - y) <= reach;
        if (near && (!onResize || shift)) return side;
    }
    return std::nullopt;
}

std::vector<layout::PagePart> LayoutTool::selection() const {
    std::vector<layout::PagePart> parts;
    if (!m_document) return parts;
    const auto& blocks = m_document->page().blocks;
    using Kind = layout::PagePart::Kind;
    for (const PartId& id : m_selection) {
        const auto block = std::find_if(blocks.begin(), blocks.end(),
                                        [&](const layout::Block& b) { return b.id == id.block; });
        if (block == blocks.end()) continue;
        const auto b = static_cast<std::size_t>(block - blocks.begin());
        if (id.kind == Kind::Block) {
            parts.push_back({Kind::Block, b, 0});
            continue;
        }
        for (std::size_t p = 0; p < block->photos.size(); ++p) {
            const layout::PhotoFrame& photo = block->photos[p];
            if ((id.kind == Kind::Photo ? photo.id : photo.captionId) == id.part)
                parts.push_back({id.kind, b, p});
        }
    }
    return parts;
}

LayoutTool::PartId LayoutTool::idOf(const layout::PagePart& part) const {
    const layout::Block& block = m_document->page().blocks.at(part.block);
    using Kind = layout::PagePart::Kind;
    if (part.kind == Kind::Block) return {Kind::Block, block.id, {}};
    const layout::PhotoFrame& photo = block.photos.at(part.photo);
    return {part.kind, block.id, part.kind == Kind::Photo ? photo.id : photo.captionId};
}

void LayoutTool::select(const std::vector<layout::PagePart>& parts) {
    m_selection.clear();
    for (const layout::PagePart& part : parts) m_selection.push_back(idOf(part));
    m_view.updateOverlay();
    emit selectionChanged();
}

QString LayoutTool::nameOf(const std::vector<layout::PagePart>& parts, bool resize) const {
    if (parts.size() > 1) return tr("Move %n block(s)", "", static_cast<int>(parts.size()));
    const layout::PagePart& part = parts.front();
    const QString story = m_document->storyName(part.block);
    if (resize && part.kind == layout::PagePart::Kind::Photo)
        return tr("Resize the photo of %1").arg(story);
    if (resize) return tr("Resize %1").arg(story);
    switch (part.kind) {
        case layout::PagePart::Kind::Photo:
            return tr("Move the photo of %1").arg(story);
        case layout::PagePart::Kind::Caption:
            return tr("Move the caption of %1").arg(story);
        case layout::PagePart::Kind::Block:
            break;
    }
    return tr("Move %1").arg(story);
}

bool LayoutTool::press(QPointF p, Qt::KeyboardModifiers modifiers) {
    const layout::LayoutUnit x = units(p.x()), y = units(p.y());
    const layout::Page& page = m_document->page();
    const layout::PageLayout& composed = *m_document->layout();

    // The resize handle of the one block selected comes first: it lies on the block's edge.
    const layout::LayoutUnit reach = units(8 / std::max(m_view.zoom(), 0.01));
    std::vector<layout::PagePart> selected = selection();
    const bool oneBlock =
            selected.size() == 1 && selected.front().kind == layout::PagePart::Kind::Block;
    if (oneBlock) {
        if (const auto side =
                    notchAt(selected.front().block, x, y, reach, modifiers & Qt::ShiftModifier)) {
            m_beforeDrag = m_document->document();
            m_drag = std::make_unique<DragSession>(page, composed, selected,
                                                   *side == layout::NotchSide::Left
                                                           ? DragSession::Mode::NotchLeft
                                                           : DragSession::Mode::NotchRight,
                                                   x, y);
            return true;
        }
    }
    if (oneBlock && layout::onResizeHandle(page, selected.front().block, x, y, reach)) {
        m_beforeDrag = m_document->document();
        m_drag = std::make_unique<DragSession>(page, composed, selected, DragSession::Mode::Resize,
                                               x, y);
        return true;
    }
    // So do the corners of the one photo selected, which lie on its frame's edges.
    if (const auto photo = onePhoto(selected)) {
        if (const auto corner =
                    layout::photoCornerAt(page, photo->block, photo->photo, x, y, reach)) {
            m_beforeDrag = m_document->document();
            m_drag = std::make_unique<DragSession>(page, composed, selected,
                                                   DragSession::Mode::ResizePhoto, x, y, *corner);
            return true;
        }
    }
    // In crop mode a press on the picture takes the picture, not the frame; elsewhere it ends the
    // mode.
    if (m_crop->part()) {
        if (m_crop->press(x, y)) return true;
        m_crop->stop();
        emit message(QString());
    }
    const auto part = layout::partAt(page, composed, x, y);
    if (!part) {
        select({});
        return false;  // blank paper: the view pans
    }
    const bool adding = modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    auto found = std::find(selected.begin(), selected.end(), *part);
    if (adding) {
        if (found != selected.end())
            selected.erase(found);
        else
            selected.push_back(*part);
        select(selected);
        return true;
    }
    if (found == selected.end()) select({*part});
    // Photos and captions move on their own; blocks move together.
    std::vector<layout::PagePart> moving;
    for (const layout::PagePart& s : selection()) {
        if (part->kind == layout::PagePart::Kind::Block ? s.kind == layout::PagePart::Kind::Block
                                                        : s == *part)
            moving.push_back(s);
    }
    m_beforeDrag = m_document->document();
    m_drag = std::make_unique<DragSession>(page, composed, std::move(moving),
                                           DragSession::Mode::Move, x, y);
    return true;
}

bool LayoutTool::move(QPointF p) {
    if (m_crop && m_crop->move(units(p.x()), units(p.y()))) {
        m_view.updateOverlay();
        emit message(m_crop->status());  // the resolution as it changes
        return true;
    }
    if (!m_drag) return false;
    const DragSession::Step step = m_drag->moveTo(units(p.x()), units(p.y()));
    if (step.blockInTheWay) {
        // Stay at the last good place; show where the part may not go, and why.
        std::vector<layout::GridRect> refused = m_document->page().blocks[*step.blockInTheWay].area;
        m_view.updateOverlay(refused);
        refuse(m_document->refusal(m_document->storyName(m_drag->parts().front().block),
                                   *step.blockInTheWay));
        return true;
    }
    unrefuse();
    if (step.page) m_document->preview(*step.page);  // reflows; changed() redraws
    return true;
}

void LayoutTool::refuse(const QString& why) {
    m_refused = true;
    emit message(why);
}

void LayoutTool::unrefuse() {
    // A refusal said while the part was in the way is wrong once it is somewhere it may be.
    if (std::exchange(m_refused, false)) emit message(QString());
}

bool LayoutTool::release() {
    if (m_crop && m_crop->release()) {
        m_view.updateOverlay();
        emit message(m_crop->status());
        emit selectionChanged();  // Properties shows the new crop
        return true;
    }
    if (!m_drag) return false;
    const std::unique_ptr<DragSession> drag = std::move(m_drag);
    m_view.updateOverlay();
    if (drag->moved()) {
        const bool reshaped = drag->mode() == DragSession::Mode::NotchLeft ||
                              drag->mode() == DragSession::Mode::NotchRight;
        m_document->commit(
                reshaped ? tr("Reshape %1").arg(m_document->storyName(drag->parts().front().block))
                         : nameOf(drag->parts(),
                                  drag->mode() == DragSession::Mode::Resize ||
                                          drag->mode() == DragSession::Mode::ResizePhoto),
                m_beforeDrag);
    }
    emit selectionChanged();  // the copyfit of what was dragged changed
    return true;
}

void LayoutTool::doubleClick(QPointF p) {
    const layout::LayoutUnit x = units(p.x()), y = units(p.y());
    const auto part = layout::partAt(m_document->page(), *m_document->layout(), x, y);
    if (part && part->kind == layout::PagePart::Kind::Block) {
        const layout::Block& block = m_document->page().blocks[part->block];
        if (block.kind != layout::BlockKind::Story)
            emit editBlock(part->block);
        else if (!block.story.empty())
            emit editStory(block.story);
    }
    // A photo double-clicked is cropped, as in the tools designers know (its caption, a
    // double-click on the caption or Properties).
    if (part && part->kind == layout::PagePart::Kind::Photo) {
        select({*part});
        const PartId id = idOf(*part);
        m_crop->start(id.block, id.part);
        m_view.updateOverlay();
        emit message(m_crop->status());
    }
}

bool LayoutTool::wheel(QPointF p, int delta) {
    if (!m_crop || !m_crop->part() || delta == 0) return false;
    // Over the photo it scales the picture; elsewhere the page scrolls as ever.
    const auto picture = m_crop->pictureRect();
    const auto part =
            layout::partAt(m_document->page(), *m_document->layout(), units(p.x()), units(p.y()));
    if (!picture || !part || !(*part == *m_crop->part())) return false;
    // A notch (120) scales by a tenth; finer wheels and touchpads by as much of it.
    m_crop->scaleBy(std::pow(1.1, delta / 120.0));
    m_view.updateOverlay();
    emit message(m_crop->status());
    emit selectionChanged();
    return true;
}

void LayoutTool::nudge(int columns, int lines) {
    const std::vector<layout::PagePart> selected = selection();
    if (!m_document || !m_document->layout() || selected.empty()) return;
    layout::Document after = m_document->document();
    const auto outcome =
            layout::moveParts(after.page, *m_document->layout(), selected, columns, lines);
    if (outcome.refused()) {
        refuse(m_document->refusal(m_document->storyName(selected.front().block),
                                   *outcome.blockInTheWay));
        return;
    }
    unrefuse();
    if (after.page.blocks == m_document->page().blocks) return;  // at the edge already
    m_document->change(nameOf(selected, false), after);
    emit selectionChanged();
}

void LayoutTool::removeSelected() {
    if (!m_document || m_selection.empty()) return;
    std::vector<std::size_t> blocks;
    for (const layout::PagePart& p : selection()) {
        if (p.kind == layout::PagePart::Kind::Block) blocks.push_back(p.block);
    }
    if (blocks.empty()) {
        removePhotoPart();
        return;
    }
    std::sort(blocks.rbegin(), blocks.rend());
    const QString name =
            blocks.size() == 1
                    ? tr("Take %1 off the page").arg(m_document->storyName(blocks[0]))
                    : tr("Take %n block(s) off the page", "", static_cast<int>(blocks.size()));
    layout::Document after = m_document->document();
    for (std::size_t b : blocks) layout::takeOff(after.page, b);  // an ear's columns go back
    m_selection.clear();
    m_document->change(name, after);
    emit selectionChanged();
}

void LayoutTool::removePhotoPart() {
    const std::vector<layout::PagePart> selected = selection();
    if (selected.size() != 1) return;
    const layout::PagePart& part = selected.front();
    layout::Document after = m_document->document();
    auto& photos = after.page.blocks[part.block].photos;
    const QString story = m_document->storyName(part.block);
    if (part.kind == layout::PagePart::Kind::Caption) {
        // The caption goes, its credit with it: what stood in the photo's lines is gone.
        photos[part.photo].caption.clear();
        photos[part.photo].credit.clear();
        photos[part.photo].captionArea.reset();
        m_selection.clear();
        m_document->change(tr("Delete the caption of %1").arg(story), after);
    } else if (part.kind == layout::PagePart::Kind::Photo) {
        m_crop->stop();
        photos.erase(photos.begin() + static_cast<long>(part.photo));
        m_selection.clear();
        m_document->change(tr("Take the photo of %1 off the page").arg(story), after);
    } else {
        return;
    }
    emit selectionChanged();
}

bool LayoutTool::keyPress(int key) {
    switch (key) {
        case Qt::Key_Left:
            nudge(-1, 0);
            break;
        case Qt::Key_Right:
            nudge(1, 0);
            break;
        case Qt::Key_Up:
            nudge(0, -1);
            break;
        case Qt::Key_Down:
            nudge(0, 1);
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            removeSelected();
            break;
        case Qt::Key_Escape:
            if (m_crop && m_crop->part()) {  // first out of crop mode, the photo still selected
                m_crop->stop();
                m_view.updateOverlay();
                emit message(QString());
                break;
            }
            select({});
            break;
        default:
            return false;
    }
    return true;
}

QString LayoutTool::storyMimeType() {
    return QStringLiteral("application/x-banmian-story");
}

std::optional<LayoutTool::StoryDrop> LayoutTool::storyDrop(const QDropEvent* event) const {
    if (!m_document || !event->mimeData()->hasFormat(storyMimeType())) return std::nullopt;
    const std::string id = event->mimeData()->data(storyMimeType()).toStdString();
    const layout::Story* story = layout::findStory(m_document->document().stories, id);
    if (!story) return std::nullopt;
    const QPointF p = m_view.mapToScene(event->position().toPoint());
    const layout::PageGrid& grid = m_document->page().grid;
    // The pointer holds the block's top-left corner, snapped to the nearest column and line.
    const int column = std::min(grid.columnAt(units(p.x())), grid.columns - 1);
    const int line = std::min(grid.lineAt(units(p.y())), grid.lines - 2);
    const int columns = story->kind == layout::StoryKind::Sidebar ? 2 : 3;
    return StoryDrop{id, column, line, columns};
}

namespace {

// The local files among what is dragged (from a file manager or the desktop).
QStringList localFiles(const QMimeData* data) {
    QStringList files;
    if (!data) return files;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile()) files << url.toLocalFile();
    }
    return files;
}

}  // namespace

bool LayoutTool::dragEnter(QDragEnterEvent* event) {
    if (!storyDrop(event) && localFiles(event->mimeData()).isEmpty()) return false;
    event->acceptProposedAction();
    return true;
}

bool LayoutTool::dragMove(QDragMoveEvent* event) {
    const auto drop = storyDrop(event);
    if (!drop) {
        if (localFiles(event->mimeData()).isEmpty()) return false;
        event->acceptProposedAction();
        return true;
    }
    event->acceptProposedAction();
    // Where it would go: outlined, or marked red over a block already there.
    const layout::Page& page = m_document->page();
    const layout::GridRect area = layout::placementArea(
            page.grid, *layout::findStory(m_document->document().stories, drop->story),
            drop->column, drop->line, drop->columns);
    const bool blocked = layout::blockOver(page, page.blocks.size(), {area}).has_value();
    m_view.updateOverlay(blocked ? std::vector<layout::GridRect>{area}
                                 : std::vector<layout::GridRect>{});
    if (!blocked && m_view.pageItem()) {
        PageOverlay overlay;  // the outline of the block to be
        overlay.selected.push_back(rectOf(page.grid.rect(area)));
        m_view.pageItem()->setOverlay(std::move(overlay));
    }
    return true;
}

bool LayoutTool::drop(QDropEvent* event) {
    const auto drop = storyDrop(event);
    if (!drop) {
        const QStringList files = localFiles(event->mimeData());
        if (files.isEmpty()) return false;
        event->acceptProposedAction();
        emit filesDropped(files);
        return true;
    }
    event->acceptProposedAction();
    placeStory(*drop);
    return true;
}

void LayoutTool::placeStory(const StoryDrop& drop) {
    const QString name = m_document->storyTitle(drop.story);
    for (const layout::Block& b : m_document->page().blocks) {
        if (b.story == drop.story) {
            m_view.updateOverlay();
            emit message(tr("%1 is on the page already: drag its block to move it").arg(name));
            return;
        }
    }
    layout::Document after = m_document->document();
    const layout::Placement placed = layout::placeStory(after.page, after.stories, drop.story,
                                                        drop.column, drop.line, drop.columns);
    if (placed.outcome.refused()) {
        m_view.updateOverlay();
        refuse(m_document->refusal(name, *placed.outcome.blockInTheWay));
        return;
    }
    unrefuse();
    m_selection = {{layout::PagePart::Kind::Block, after.page.blocks[placed.block].id, {}}};
    m_document->change(tr("Place %1").arg(name), after);
    emit selectionChanged();
}

}  // namespace banmian::app
