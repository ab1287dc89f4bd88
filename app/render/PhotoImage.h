#pragma once

#include <QImage>
#include <string>

#include "layout/image/RasterImage.h"

namespace banmian::app {

/// The photo file at `path` as the screen and the printer draw it: what Qt reads, or else the
/// engine's own decoding (a CMYK TIFF, or a TIFF without Qt's image-formats plugin), so the
/// screen shows what goes into the PDF. A null image when neither can read the file.
QImage photoImage(const std::string& path);

/// An image the engine decoded, for display: gray and RGB as they are, CMYK by the naive
/// formula R = (1 − C)(1 − K) and so on (no colour management, as libtiff's RGBA reader does).
QImage toQImage(const layout::RasterImage& image);

}  // namespace banmian::app
