#include "layout/output/PhotoPlacement.h"

#include <algorithm>
#include <cmath>

namespace banmian::layout {
namespace {

double finiteOr(double value, double fallback) {
    return std::isfinite(value) ? value : fallback;
}

// The offset of a picture `placed` long in a frame `frame` long that puts its point at fraction
// `centre` on the frame's centre, stopped where the frame would show past the picture's edge.
double offset(double frame, double placed, double centre) {
    return std::clamp(frame / 2 - centre * placed, frame - placed, 0.0);
}

}  // namespace

PhotoPlacement placePhoto(int pixelWidth, int pixelHeight, const Rect& frame,
                          const PhotoCrop& crop) {
    const double w = toPoints(frame.width), h = toPoints(frame.height);
    if (pixelWidth <= 0 || pixelHeight <= 0 || w <= 0 || h <= 0) return {};
    PhotoPlacement p;
    // The larger of the two factors: the smaller would leave a strip of the frame empty; a crop
    // scale under 1 would too.
    const double zoom = std::clamp(finiteOr(crop.scale, 1), 1.0, kMaxPhotoScale);
    p.scale = std::max(w / pixelWidth, h / pixelHeight) * zoom;
    p.width = pixelWidth * p.scale;
    p.height = pixelHeight * p.scale;
    p.x = offset(w, p.width, finiteOr(crop.centerX, 0.5));
    p.y = offset(h, p.height, finiteOr(crop.centerY, 0.5));
    p.cropX = -p.x / p.scale;
    p.cropY = -p.y / p.scale;
    p.cropWidth = w / p.scale;
    p.cropHeight = h / p.scale;
    // The centre that shows, not the one asked for: a pan past the edge is not kept invisibly.
    p.crop = {zoom, (w / 2 - p.x) / p.width, (h / 2 - p.y) / p.height};
    return p;
}

PhotoCrop panPhoto(int pixelWidth, int pixelHeight, const Rect& frame, const PhotoCrop& crop,
                   double dx, double dy) {
    const PhotoPlacement now = placePhoto(pixelWidth, pixelHeight, frame, crop);
    if (now.scale <= 0) return crop;
    // Moving the picture right by dx brings its point dx to the left of it to the frame's centre.
    PhotoCrop moved = now.crop;
    moved.centerX -= dx / now.width;
    moved.centerY -= dy / now.height;
    return placePhoto(pixelWidth, pixelHeight, frame, moved).crop;
}

}  // namespace banmian::layout
