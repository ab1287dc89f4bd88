#pragma once

// The per-format readers behind RasterImage.h, and what they share. Not for use outside
// layout/image.

#include <cstdint>
#include <optional>
#include <string_view>

#include "layout/image/RasterImage.h"

namespace banmian::layout {

Result<ImageInfo> readJpegImageInfo(std::string_view bytes);
Result<RasterImage> decodeJpeg(std::string_view bytes);

Result<ImageInfo> readPngInfo(std::string_view bytes);
Result<RasterImage> decodePng(std::string_view bytes);

Result<ImageInfo> readTiffInfo(std::string_view bytes);
Result<RasterImage> decodeTiff(std::string_view bytes);

/// An error when a `width` × `height` image is empty or larger than kMaxImagePixels.
std::optional<Diagnostic> checkImageSize(std::int64_t width, std::int64_t height);

/// A sample under straight (not premultiplied) `alpha`, laid on white paper: for gray and RGB
/// 255 is full light, for CMYK 255 is full ink, so white is 255 or 0.
std::uint8_t overPaper(std::uint8_t value, std::uint8_t alpha, ImageColour colour);

/// A sample already multiplied by `alpha` (TIFF's associated alpha), laid on white paper.
std::uint8_t premultipliedOverPaper(std::uint8_t value, std::uint8_t alpha, ImageColour colour);

}  // namespace banmian::layout
