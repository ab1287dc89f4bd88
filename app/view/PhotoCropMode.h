#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRectF>
#include <QString>
#include <optional>
#include <string>

#include "layout/compose/PageEdits.h"
#include "layout/document/Document.h"
#include "layout/output/PhotoPlacement.h"

namespace banmian::app {

class PageDocument;

/// The crop mode of one photo (a double-click on it): a drag moves the picture in its frame and
/// the wheel scales it, the frame staying where it is, the effective resolution said at every
/// step (status()). Placed by the engine's placePhoto(), as the screen and the PDF place it, so
/// the frame is always covered. One drag is one undo step, one turn of the wheel too. The photo is
/// kept by id: an undo that moves its block in the list keeps the mode on the same photo.
class PhotoCropMode {
    Q_DECLARE_TR_FUNCTIONS(PhotoCropMode)

public:
    explicit PhotoCropMode(PageDocument& document) : m_document(document) {}

    /// Crops the photo of id `photo` in the block of id `block` from now on.
    void start(const std::string& block, const std::string& photo);
    void stop();
    /// Where the photo being cropped is now; nothing when none is (or it left the page).
    std::optional<layout::PagePart> part() const;

    /// A press at page point (x, y): starts moving the picture when it is on the photo's
    /// picture, and says whether it did.
    bool press(layout::LayoutUnit x, layout::LayoutUnit y);
    /// The pointer moved: the picture follows while a drag is under way (whether one is).
    bool move(layout::LayoutUnit x, layout::LayoutUnit y);
    /// The drag ends as one undo step; whether one was under way.
    bool release();
    /// Scales the picture by `factor` about the frame's centre, within 1 (filling the frame) and
    /// kMaxPhotoScale; steps following one another are one undo step.
    void scaleBy(double factor);

    /// What the status bar says while cropping: the scale and the resolution where it prints.
    QString status() const;
    /// The whole picture as placed, in page points, part of it outside the frame: what the
    /// overlay outlines so that the designer sees what there is to move in.
    std::optional<QRectF> pictureRect() const;

private:
    // The photo's picture: its frame on the page and its pixels; nothing without a readable image.
    struct Picture {
        layout::Rect frame;
        int width = 0, height = 0;
    };
    std::optional<Picture> picture() const;
    // The document with the photo cropped by `crop`.
    layout::Document cropped(const layout::PhotoCrop& crop) const;

    PageDocument& m_document;
    std::string m_block, m_photo;  // ids; empty: not cropping
    bool m_dragging = false;
    layout::LayoutUnit m_x = 0, m_y = 0;
    layout::PhotoCrop m_startCrop;
    layout::Document m_before;
    int m_turn = 0;             // the wheel's steps merge while this stays
    QElapsedTimer m_lastNotch;  // a pause of a second starts another turn of the wheel
};

}  // namespace banmian::app
