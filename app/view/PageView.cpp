#include "app/view/PageView.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPinchGesture>
#include <QWheelEvent>
#include <algorithm>
#include <utility>

#include "app/edit/DragSession.h"
#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/view/CopyfitText.h"
#include "app/view/InPlaceEditor.h"
#include "app/view/PageItem.h"
#include "app/view/ProofTool.h"

namespace banmian::app {

layout::LayoutUnit units(double points) {
    return static_cast<layout::LayoutUnit>(std::lround(points * 64));
}

PageView::PageView(QWidget* parent)
    : QGraphicsView(parent),
      m_proofTool(std::make_unique<ProofTool>(*this)),
      m_editor(std::make_unique<InPlaceEditor>(*this)) {
    setScene(new QGraphicsScene(this));
    setBackgroundBrush(QColor(0x80, 0x80, 0x80));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    connect(m_proofTool.get(), &ProofTool::textSelectionChanged, this,
            &PageView::textSelectionChanged);
    connect(m_proofTool.get(), &ProofTool::markClicked, this, &PageView::markClicked);
    connect(m_editor.get(), &InPlaceEditor::message, this, &PageView::message);
}

PageView::~PageView() = default;

void PageView::setDocument(PageDocument* document) {
    m_document = document;
    m_proofTool->setDocument(document);
    m_editor->setDocument(document);
    connect(document, &PageDocument::changed, this, &PageView::showComposition);
    showComposition();
}

void PageView::showComposition() {
    if (!m_document) return;
    if (!m_document->layout()) {  // none could be composed: show none
        if (m_item) m_item->setPage(nullptr);
        return;
    }
    const layout::PageLayout& page = *m_document->layout();
    // What was selected and is no longer on the page (after undo, or a new document) is dropped.
    std::vector<PartId> kept;
    for (const layout::PagePart& part : selection()) kept.push_back(idOf(part));
    m_selection = std::move(kept);
    m_proofTool->pageChanged();
    const bool first = m_item == nullptr;
    if (first) {
        m_item = new PageItem(page, m_document->registry());
        scene()->addItem(m_item);
    } else {
        m_item->setPage(&page);
    }
    updateOverlay();
    if (first) fitPage();
}

void PageView::updateOverlay(const std::vector<layout::GridRect>& refused) {
    if (!m_item || !m_document || !m_document->layout()) return;
    const layout::Page& page = m_document->page();
    const layout::PageLayout& composed = *m_document->layout();
    PageOverlay overlay;
    const std::vector<layout::PagePart> selected = selection();
    for (const layout::PagePart& part : selected) {
        for (const layout::GridRect& r : layout::areaOf(page, composed, part))
            overlay.selected.push_back(rectOf(page.grid.rect(r)));
    }
    if (selected.size() == 1 && selected.front().kind == layout::PagePart::Kind::Block) {
        const layout::Rect r = page.grid.rect(page.blocks[selected.front().block].area.back());
        const double size = 6 / std::max(zoom(), 0.01);  // six screen pixels
        overlay.handle = QRectF(layout::toPoints(r.right()) - size,
                                layout::toPoints(r.bottom()) - size, size, size);
    }
    for (const layout::Copyfit& fit : composed.copyfit) {
        if (fit.oversetLines <= 0 || fit.block < 0) continue;
        const auto& area = page.blocks[static_cast<std::size_t>(fit.block)].area;
        if (area.empty()) continue;
        overlay.overset.push_back({rectOf(page.grid.rect(area.back())), oversetMark(fit)});
    }
    for (const layout::GridRect& r : refused) overlay.refused.push_back(rectOf(page.grid.rect(r)));
    m_proofTool->drawOn(overlay);
    m_item->setOverlay(std::move(overlay));
    scene()->setSceneRect(m_item->boundingRect().adjusted(-20, -20, 20, 20));
}

void PageView::setProofMode(bool on) {
    m_proof = on;
    setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(on ? Qt::IBeamCursor : Qt::ArrowCursor);
    if (on) select({});
    selectText(std::nullopt);
}

const std::optional<layout::TextRange>& PageView::textSelection() const {
    return m_proofTool->textSelection();
}

void PageView::selectText(std::optional<layout::TextRange> range) {
    m_proofTool->selectText(std::move(range));
}

void PageView::showMark(std::optional<std::size_t> index, bool hint) {
    m_proofTool->showMark(index, hint);
}

void PageView::setHintsVisible(bool visible) {
    m_proofTool->setHintsVisible(visible);
}

std::vector<layout::PagePart> PageView::selection() const {
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

PageView::PartId PageView::idOf(const layout::PagePart& part) const {
    const layout::Block& block = m_document->page().blocks.at(part.block);
    using Kind = layout::PagePart::Kind;
    if (part.kind == Kind::Block) return {Kind::Block, block.id, {}};
    const layout::PhotoFrame& photo = block.photos.at(part.photo);
    return {part.kind, block.id, part.kind == Kind::Photo ? photo.id : photo.captionId};
}

void PageView::select(const std::vector<layout::PagePart>& parts) {
    m_selection.clear();
    for (const layout::PagePart& part : parts) m_selection.push_back(idOf(part));
    updateOverlay();
    emit selectionChanged();
}

QString PageView::nameOf(const std::vector<layout::PagePart>& parts, bool resize) const {
    if (parts.size() > 1) return tr("Move %n block(s)", "", static_cast<int>(parts.size()));
    const layout::PagePart& part = parts.front();
    const QString story = m_document->storyName(part.block);
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

void PageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_document || !m_document->layout()) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    if (m_proof) {
        m_proofTool->press(p);
        return;
    }
    const layout::LayoutUnit x = units(p.x()), y = units(p.y());
    const layout::Page& page = m_document->page();
    const layout::PageLayout& composed = *m_document->layout();

    // The resize handle of the one block selected comes first: it lies on the block's edge.
    const layout::LayoutUnit reach = units(8 / std::max(zoom(), 0.01));
    std::vector<layout::PagePart> selected = selection();
    if (selected.size() == 1 && selected.front().kind == layout::PagePart::Kind::Block &&
        layout::onResizeHandle(page, selected.front().block, x, y, reach)) {
        m_beforeDrag = m_document->document();
        m_drag = std::make_unique<DragSession>(page, composed, selected, DragSession::Mode::Resize,
                                               x, y);
        return;
    }
    const auto part = layout::partAt(page, composed, x, y);
    if (!part) {
        select({});
        QGraphicsView::mousePressEvent(event);  // blank paper: pan
        return;
    }
    const bool adding = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    auto found = std::find(selected.begin(), selected.end(), *part);
    if (adding) {
        if (found != selected.end())
            selected.erase(found);
        else
            selected.push_back(*part);
        select(selected);
        return;
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
}

void PageView::mouseMoveEvent(QMouseEvent* event) {
    // A drag goes on in the tool it began in.
    if (m_proofTool->move(mapToScene(event->position().toPoint()))) return;
    if (!m_drag) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    const DragSession::Step step = m_drag->moveTo(units(p.x()), units(p.y()));
    if (step.blockInTheWay) {
        // Stay at the last good place; show where the part may not go, and why.
        std::vector<layout::GridRect> refused = m_document->page().blocks[*step.blockInTheWay].area;
        updateOverlay(refused);
        emit message(m_document->refusal(m_document->storyName(m_drag->parts().front().block),
                                         *step.blockInTheWay));
        return;
    }
    if (step.page) m_document->preview(*step.page);  // reflows; changed() redraws
}

void PageView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_proofTool->release()) return;
    if (!m_drag) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const std::unique_ptr<DragSession> drag = std::move(m_drag);
    updateOverlay();
    if (drag->moved()) {
        m_document->commit(nameOf(drag->parts(), drag->mode() == DragSession::Mode::Resize),
                           m_beforeDrag);
    }
    emit selectionChanged();  // the copyfit of what was dragged changed
}

void PageView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_document || !m_document->layout()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    if (m_proof) {
        m_proofTool->doubleClick(p);
        return;
    }
    if (m_editor->editAt(p)) return;
    const layout::LayoutUnit x = units(p.x()), y = units(p.y());
    const auto part = layout::partAt(m_document->page(), *m_document->layout(), x, y);
    if (part && part->kind == layout::PagePart::Kind::Block) {
        if (const auto story = m_document->page().blocks[part->block].story) emit editStory(*story);
    }
}

void PageView::nudge(int columns, int lines) {
    const std::vector<layout::PagePart> selected = selection();
    if (!m_document || !m_document->layout() || selected.empty()) return;
    layout::Document after = m_document->document();
    const auto outcome =
            layout::moveParts(after.page, *m_document->layout(), selected, columns, lines);
    if (outcome.refused()) {
        emit message(m_document->refusal(m_document->storyName(selected.front().block),
                                         *outcome.blockInTheWay));
        return;
    }
    if (after.page.blocks == m_document->page().blocks) return;  // at the edge already
    m_document->change(nameOf(selected, false), after);
    emit selectionChanged();
}

void PageView::removeSelected() {
    if (!m_document || m_selection.empty()) return;
    std::vector<std::size_t> blocks;
    for (const layout::PagePart& p : selection()) {
        if (p.kind == layout::PagePart::Kind::Block) blocks.push_back(p.block);
    }
    if (blocks.empty()) return;
    std::sort(blocks.rbegin(), blocks.rend());
    const QString name =
            blocks.size() == 1
                    ? tr("Take %1 off the page").arg(m_document->storyName(blocks[0]))
                    : tr("Take %n block(s) off the page", "", static_cast<int>(blocks.size()));
    layout::Document after = m_document->document();
    for (std::size_t b : blocks) after.page.blocks.erase(after.page.blocks.begin() + b);
    m_selection.clear();
    m_document->change(name, after);
    emit selectionChanged();
}

void PageView::keyPressEvent(QKeyEvent* event) {
    if (m_proof) {
        if (m_proofTool->keyPress(event->key()))
            event->accept();
        else
            QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
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
            select({});
            break;
        default:
            QGraphicsView::keyPressEvent(event);
            return;
    }
    event->accept();
}

QString PageView::storyMimeType() {
    return QStringLiteral("application/x-banmian-story");
}

std::optional<PageView::StoryDrop> PageView::storyDrop(const QDropEvent* event) const {
    if (!m_document || !event->mimeData()->hasFormat(storyMimeType())) return std::nullopt;
    bool ok = false;
    const auto story = event->mimeData()->data(storyMimeType()).toULongLong(&ok);
    const auto& stories = m_document->document().stories;
    if (!ok || story >= stories.size()) return std::nullopt;
    const QPointF p = mapToScene(event->position().toPoint());
    const layout::PageGrid& grid = m_document->page().grid;
    // The pointer holds the block's top-left corner, snapped to the nearest column and line.
    const int column = std::min(grid.columnAt(units(p.x())), grid.columns - 1);
    const int line = std::min(grid.lineAt(units(p.y())), grid.lines - 2);
    const int columns = stories[story].kind == layout::StoryKind::Sidebar ? 2 : 3;
    return StoryDrop{static_cast<std::size_t>(story), column, line, columns};
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

void PageView::dragEnterEvent(QDragEnterEvent* event) {
    if (storyDrop(event) || !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void PageView::dragMoveEvent(QDragMoveEvent* event) {
    const auto drop = storyDrop(event);
    if (!drop) {
        if (!localFiles(event->mimeData()).isEmpty())
            event->acceptProposedAction();
        else
            QGraphicsView::dragMoveEvent(event);
        return;
    }
    event->acceptProposedAction();
    // Where it would go: outlined, or marked red over a block already there.
    const layout::Page& page = m_document->page();
    const layout::GridRect area =
            layout::placementArea(page.grid, m_document->document().stories[drop->story],
                                  drop->column, drop->line, drop->columns);
    const bool blocked = layout::blockOver(page, page.blocks.size(), {area}).has_value();
    updateOverlay(blocked ? std::vector<layout::GridRect>{area} : std::vector<layout::GridRect>{});
    if (!blocked && m_item) {
        PageOverlay overlay;  // the outline of the block to be
        overlay.selected.push_back(rectOf(page.grid.rect(area)));
        m_item->setOverlay(std::move(overlay));
    }
}

void PageView::dragLeaveEvent(QDragLeaveEvent* event) {
    updateOverlay();
    QGraphicsView::dragLeaveEvent(event);
}

void PageView::dropEvent(QDropEvent* event) {
    const auto drop = storyDrop(event);
    if (!drop) {
        const QStringList files = localFiles(event->mimeData());
        if (files.isEmpty()) {
            QGraphicsView::dropEvent(event);
            return;
        }
        event->acceptProposedAction();
        emit filesDropped(files);
        return;
    }
    event->acceptProposedAction();
    placeStory(*drop);
}

void PageView::placeStory(const StoryDrop& drop) {
    const QString name = m_document->storyTitle(drop.story);
    for (const layout::Block& b : m_document->page().blocks) {
        if (b.story == drop.story) {
            updateOverlay();
            emit message(tr("%1 is on the page already: drag its block to move it").arg(name));
            return;
        }
    }
    layout::Document after = m_document->document();
    const layout::Placement placed = layout::placeStory(after.page, after.stories, drop.story,
                                                        drop.column, drop.line, drop.columns);
    if (placed.outcome.refused()) {
        updateOverlay();
        emit message(m_document->refusal(name, *placed.outcome.blockInTheWay));
        return;
    }
    m_selection = {{layout::PagePart::Kind::Block, after.page.blocks[placed.block].id, {}}};
    m_document->change(tr("Place %1").arg(name), after);
    emit selectionChanged();
}

QLineEdit* PageView::inlineEditor() const {
    return m_editor->lineEdit();
}

QPoint PageView::viewPointOf(QPointF pagePoint) const {
    return mapFromScene(pagePoint);
}

double PageView::zoom() const {
    return transform().m11();
}

void PageView::fitPage() {
    if (m_item) fitInView(m_item->pageRect(), Qt::KeepAspectRatio);
    updateOverlay();
}

void PageView::fitWidth() {
    if (!m_item) return;
    const QRectF page = m_item->pageRect();
    const double scale = viewport()->width() / (page.width() + 10);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(page.center().x(), page.top());
    updateOverlay();
}

void PageView::actualSize() {
    // 100 %: a point of the page is a point (1/72 inch) of the screen.
    const double scale = logicalDpiX() / 72.0;
    setTransform(QTransform::fromScale(scale, scale));
    updateOverlay();
}

void PageView::zoomBy(double factor) {
    const double next = zoom() * factor;
    if (next < 0.05 || next > 40) return;  // beyond these a page is a speck or a single stroke
    scale(factor, factor);
    updateOverlay();
}

void PageView::setGridVisible(bool visible) {
    if (m_item) m_item->setGridVisible(visible);
}

void PageView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool PageView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Gesture) {
        auto* gesture = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gesture->gesture(Qt::PinchGesture))) {
            zoomBy(pinch->scaleFactor());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

}  // namespace banmian::app
