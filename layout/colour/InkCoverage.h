#pragma once

#include <cstdint>

#include "layout/image/RasterImage.h"

namespace banmian::layout {

/// How much ink a CMYK image lays down: the most any pixel carries (C + M + Y + K, in per cent of
/// one solid), and how many pixels carry more than a limit. Gray and RGB images carry none here.
struct InkCoverage {
    int maxPercent = 0;
    std::int64_t pixelsOver = 0;  ///< pixels above the limit asked for
};

InkCoverage inkCoverage(const RasterImage& image, int limitPercent);

}  // namespace banmian::layout
