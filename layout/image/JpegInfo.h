#pragma once

#include <string_view>

#include "layout/base/Result.h"

namespace banmian::layout {

/// What a JPEG file says of itself, enough to place it in a PDF as it is (DCTDecode).
struct JpegInfo {
    int width = 0, height = 0;
    int components = 0;          ///< 1 gray, 3 RGB (YCbCr), 4 CMYK
    bool adobeInverted = false;  ///< an Adobe APP14 marker: CMYK stored inverted (Photoshop's way)
    /// Scan data follows the header and an end marker (EOI) follows the scan: a file cut short in
    /// copying has none, and a RIP stops on it.
    bool complete = false;
};

/// Reads the frame header of a JPEG; an error saying what is wrong when the bytes are not one.
Result<JpegInfo> readJpegInfo(std::string_view bytes);

}  // namespace banmian::layout
