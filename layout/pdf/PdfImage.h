#pragma once

#include "layout/colour/PrintPhotos.h"
#include "layout/pdf/PdfDocument.h"

namespace banmian::layout {

/// A photo written into a PDF: its image XObject and its size in pixels.
struct PdfImage {
    int object = 0;
    int width = 0, height = 0;
};

/// Adds a photo made ready for the press (PrintPhotos) to `pdf` as an image XObject that
/// PDF/X-1a allows: a gray or CMYK JPEG as it is (DCTDecode), anything else as 8-bit gray or
/// CMYK samples, Flate-compressed.
PdfImage addImage(PdfDocument& pdf, const PrintPhoto& photo);

}  // namespace banmian::layout
