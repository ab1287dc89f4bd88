#include "layout/output/PhotoPlacement.h"

#include <algorithm>

namespace banmian::layout {

PhotoPlacement placePhoto(int pixelWidth, int pixelHeight, const Rect& frame) {
    const double w = toPoints(frame.width), h = toPoints(frame.height);
    if (pixelWidth <= 0 || pixelHeight <= 0 || w <= 0 || h <= 0) return {};
    PhotoPlacement p;
    // The larger of the two factors: the smaller would leave a strip of the frame empty.
    p.scale = std::max(w / pixelWidth, h / pixelHeight);
    p.width = pixelWidth * p.scale;
    p.height = pixelHeight * p.scale;
    p.x = (w - p.width) / 2;
    p.y = (h - p.height) / 2;
    p.cropX = -p.x / p.scale;
    p.cropY = -p.y / p.scale;
    p.cropWidth = w / p.scale;
    p.cropHeight = h / p.scale;
    return p;
}

}  // namespace banmian::layout
