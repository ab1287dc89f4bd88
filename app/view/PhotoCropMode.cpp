#include "app/view/PhotoCropMode.h"

#include <QUndoStack>
#include <algorithm>
#include <cmath>

#include "app/edit/EditCommand.h"
#include "app/edit/PageDocument.h"
#include "app/render/PhotoImage.h"

namespace banmian::app {

void PhotoCropMode::start(const std::string& block, const std::string& photo) {
    m_block = block;
    m_photo = photo;
    m_dragging = false;
    ++m_turn;
}

void PhotoCropMode::stop() {
    m_block.clear();
    m_photo.clear();
    m_dragging = false;
}

std::optional<layout::PagePart> PhotoCropMode::part() const {
    if (m_photo.empty()) return std::nullopt;
    const auto& blocks = m_document.page().blocks;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (blocks[b].id != m_block) continue;
        for (std::size_t p = 0; p < blocks[b].photos.size(); ++p) {
            if (blocks[b].photos[p].id == m_photo)
                return layout::PagePart{layout::PagePart::Kind::Photo, b, p};
        }
    }
    return std::nullopt;
}

std::optional<PhotoCropMode::Picture> PhotoCropMode::picture() const {
    const auto at = part();
    const layout::PageLayout* composed = m_document.layout();
    if (!at || !composed) return std::nullopt;
    const layout::PhotoFrame& photo = m_document.page().blocks[at->block].photos[at->photo];
    if (photo.image.empty()) return std::nullopt;
    const QImage image = photoImage(photo.image);  // the page's own cache: cheap at every step
    if (image.isNull()) return std::nullopt;
    for (const layout::PageImage& placed : composed->images) {
        if (placed.block == static_cast<int>(at->block) &&
            placed.photo == static_cast<int>(at->photo))
            return Picture{placed.rect, image.width(), image.height()};
    }
    return std::nullopt;
}

layout::Document PhotoCropMode::cropped(const layout::PhotoCrop& crop) const {
    layout::Document after = m_document.document();
    if (const auto at = part()) after.page.blocks[at->block].photos[at->photo].crop = crop;
    return after;
}

bool PhotoCropMode::press(layout::LayoutUnit x, layout::LayoutUnit y) {
    const auto p = picture();
    if (!p) return false;
    const layout::Rect& r = p->frame;
    if (x < r.x || x >= r.right() || y < r.y || y >= r.bottom()) return false;
    const auto at = part();
    m_startCrop = m_document.page().blocks[at->block].photos[at->photo].crop;
    m_before = m_document.document();
    m_x = x;
    m_y = y;
    m_dragging = true;
    return true;
}

bool PhotoCropMode::move(layout::LayoutUnit x, layout::LayoutUnit y) {
    if (!m_dragging) return false;
    const auto p = picture();
    if (!p) return true;
    const layout::PhotoCrop crop =
            layout::panPhoto(p->width, p->height, p->frame, m_startCrop, layout::toPoints(x - m_x),
                             layout::toPoints(y - m_y));
    const layout::Document after = cropped(crop);
    if (after.page.blocks != m_document.page().blocks) m_document.preview(after.page);
    return true;
}

bool PhotoCropMode::release() {
    if (!std::exchange(m_dragging, false)) return false;
    ++m_turn;  // a wheel turn after a drag is a step of its own
    const auto at = part();
    if (!at || m_document.page().blocks == m_before.page.blocks) return true;
    m_document.commit(
            tr("Move the picture in the photo frame of %1").arg(m_document.storyName(at->block)),
            m_before);
    return true;
}

void PhotoCropMode::scaleBy(double factor) {
    const auto p = picture();
    if (!p) return;
    const auto at = part();
    const layout::PhotoCrop now = m_document.page().blocks[at->block].photos[at->photo].crop;
    layout::PhotoCrop next = layout::placePhoto(p->width, p->height, p->frame, now).crop;
    // To a thousandth: a figure the designer reads (121 %), not 1.2100000000000002 in the file.
    next.scale =
            std::clamp(std::round(next.scale * factor * 1000) / 1000, 1.0, layout::kMaxPhotoScale);
    // Where the frame stays covered at the new scale.
    next = layout::placePhoto(p->width, p->height, p->frame, next).crop;
    if (next == now) return;
    const layout::Document before = m_document.document();
    const layout::Document after = cropped(next);
    if (!m_document.apply(after)) return;  // a signed page: said in the status bar
    auto* step = new EditCommand(m_document,
                                 tr("Scale the photo of %1").arg(m_document.storyName(at->block)),
                                 before, after);
    // One turn of the wheel is one step: notches a second or more apart are turns of their own.
    if (!m_lastNotch.isValid() || m_lastNotch.elapsed() >= 1000) ++m_turn;
    m_lastNotch.start();
    step->setMergeKey(m_photo + "/" + std::to_string(m_turn));
    m_document.undoStack()->push(step);
}

QString PhotoCropMode::status() const {
    const auto p = picture();
    const auto at = part();
    if (!at) return {};
    if (!p) {
        return tr(
                "Choose a photo for this frame first (Properties → Choose Photo…): there is no "
                "picture to crop");
    }
    const layout::PhotoFrame& photo = m_document.page().blocks[at->block].photos[at->photo];
    const layout::PhotoPlacement placed =
            layout::placePhoto(p->width, p->height, p->frame, photo.crop);
    return tr("Cropping the photo of %1: %2 % of filling its frame, %3 ppi where it prints. Drag "
              "to move the picture, turn the wheel to scale it; Esc ends")
            .arg(m_document.storyName(at->block))
            .arg(std::lround(placed.crop.scale * 100))
            .arg(std::lround(placed.ppi()));
}

std::optional<QRectF> PhotoCropMode::pictureRect() const {
    const auto p = picture();
    if (!p) return std::nullopt;
    const auto at = part();
    const layout::PhotoPlacement placed =
            layout::placePhoto(p->width, p->height, p->frame,
                               m_document.page().blocks[at->block].photos[at->photo].crop);
    return QRectF(layout::toPoints(p->frame.x) + placed.x, layout::toPoints(p->frame.y) + placed.y,
                  placed.width, placed.height);
}

}  // namespace banmian::app
