#pragma once

#include "layout/model/PageGrid.h"

namespace banmian::layout {

/// How a photo fills its frame, as a newspaper crops photos: scaled by the one factor that covers
/// the frame across and down, centred, what overflows cut away. The PDF writer, the screen and the
/// preflight all place photos by it, so the resolution the preflight reports is the one the
/// plant's RIP gets.
struct PhotoPlacement {
    double scale = 0;  ///< points a pixel, the same across and down
    /// The whole photo as placed, in points from the frame's top left corner: x and y are 0 or
    /// less, the part outside the frame is cut away.
    double x = 0, y = 0, width = 0, height = 0;
    /// The part of the photo that shows in the frame, in the photo's pixels.
    double cropX = 0, cropY = 0, cropWidth = 0, cropHeight = 0;

    /// The effective resolution: the photo's pixels an inch at the size it prints.
    double ppi() const { return scale > 0 ? 72.0 / scale : 0; }
};

/// How a photo of `pixelWidth` × `pixelHeight` pixels fills `frame`; all zero when the photo or
/// the frame has no area.
PhotoPlacement placePhoto(int pixelWidth, int pixelHeight, const Rect& frame);

}  // namespace banmian::layout
