#include "layout/colour/InkCoverage.h"

#include <algorithm>

namespace banmian::layout {

InkCoverage inkCoverage(const RasterImage& image, int limitPercent) {
    InkCoverage out;
    if (image.colour != ImageColour::Cmyk) return out;
    // In sample units (255 a solid), rounded as the percentages are: a pixel is over the limit
    // when its percentage, rounded to the nearest whole, is.
    int maxSum = 0;
    const std::size_t n = image.samples.size() / 4 * 4;
    for (std::size_t i = 0; i < n; i += 4) {
        const int sum = image.samples[i] + image.samples[i + 1] + image.samples[i + 2] +
                        image.samples[i + 3];
        maxSum = std::max(maxSum, sum);
        if ((sum * 100 + 127) / 255 > limitPercent) ++out.pixelsOver;
    }
    out.maxPercent = (maxSum * 100 + 127) / 255;
    return out;
}

}  // namespace banmian::layout
