#pragma once

#include <string_view>

#include "layout/base/Result.h"
#include "layout/pdf/PdfDocument.h"

namespace banmian::layout {

/// A photo written into a PDF: its image XObject and its size in pixels.
struct PdfImage {
    int object = 0;
    int width = 0, height = 0;
};

/// Adds an image file's bytes to `pdf` as an image XObject that PDF/X-1a allows: a JPEG in CMYK
/// or gray as it is (DCTDecode), a PNG or TIFF in CMYK or gray as 8-bit samples, Flate-compressed.
/// An error for RGB, a damaged file or another format (which the preflight reports first).
Result<PdfImage> addImage(PdfDocument& pdf, std::string_view bytes);

}  // namespace banmian::layout
