#pragma once

#include "layout/model/Block.h"
#include "layout/model/PageGrid.h"

namespace banmian::layout {

/// How a photo fills its frame, as a newspaper crops photos: scaled by the one factor that covers
/// the frame across and down, times the designer's crop scale, the crop's centre point at the
/// frame's centre as far as the frame stays covered, what overflows cut away. The PDF writer, the
/// screen and the preflight all place photos by it, so what the designer sees is what the plant
/// prints, and the resolution the preflight reports is the one the plant's RIP gets.
struct PhotoPlacement {
    double scale = 0;  ///< points a pixel, the same across and down
    /// The whole photo as placed, in points from the frame's top left corner: x and y are 0 or
    /// less, the part outside the frame is cut away.
    double x = 0, y = 0, width = 0, height = 0;
    /// The part of the photo that shows in the frame, in the photo's pixels.
    double cropX = 0, cropY = 0, cropWidth = 0, cropHeight = 0;
    /// The crop as it was applied: its scale within 1 … kMaxPhotoScale and its centre where the
    /// frame stays covered (a crop asked to pan past the picture's edge stops at it).
    PhotoCrop crop;

    /// The effective resolution: the photo's pixels an inch at the size it prints.
    double ppi() const { return scale > 0 ? 72.0 / scale : 0; }
};

/// How a photo of `pixelWidth` × `pixelHeight` pixels fills `frame`, cropped by `crop`; all zero
/// when the photo or the frame has no area.
PhotoPlacement placePhoto(int pixelWidth, int pixelHeight, const Rect& frame,
                          const PhotoCrop& crop = {});

/// `crop` with the picture moved by (`dx`, `dy`) points in the frame (a drag), stopped where the
/// frame would no longer be covered.
PhotoCrop panPhoto(int pixelWidth, int pixelHeight, const Rect& frame, const PhotoCrop& crop,
                   double dx, double dy);

}  // namespace banmian::layout
