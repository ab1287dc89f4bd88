#pragma once

#include <QImage>
#include <string>

#include "layout/colour/SoftProof.h"
#include "layout/image/RasterImage.h"

namespace banmian::app {

/// The photo file at `path` as the screen and the printer draw it: what Qt reads, or else the
/// engine's own decoding (a CMYK TIFF, or a TIFF without Qt's image-formats plugin), so the
/// screen shows what goes into the PDF. A null image when neither can read the file.
/// With `proof`, an RGB photo is shown as it prints through the plant's profile (gray and CMYK
/// ones as they are).
QImage photoImage(const std::string& path, const layout::SoftProof* proof = nullptr);

/// An image the engine decoded, for display: gray and RGB as they are, CMYK by the naive
/// formula R = (1 − C)(1 − K) and so on (no colour management, as libtiff's RGBA reader does).
QImage toQImage(const layout::RasterImage& image);

}  // namespace banmian::app
