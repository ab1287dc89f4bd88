#include "layout/image/RasterImage.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "layout/image/ImageFormats.h"

namespace banmian::layout {

int channelsOf(ImageColour colour) {
    switch (colour) {
        case ImageColour::Gray:
            return 1;
        case ImageColour::Rgb:
            return 3;
        case ImageColour::Cmyk:
            return 4;
    }
    return 1;
}

std::optional<std::string> readImageFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

ImageKind imageKind(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xD8\xFF")) return ImageKind::Jpeg;
    if (bytes.starts_with("\x89PNG\r\n\x1A\n")) return ImageKind::Png;
    // Classic TIFF (42) and BigTIFF (43), in either byte order.
    if (bytes.starts_with(std::string_view("II*\0", 4)) ||
        bytes.starts_with(std::string_view("MM\0*", 4)) ||
        bytes.starts_with(std::string_view("II+\0", 4)) ||
        bytes.starts_with(std::string_view("MM\0+", 4)))
        return ImageKind::Tiff;
    return ImageKind::Unknown;
}

namespace {

const char* const kFormatsTaken =
        "not a JPEG, PNG or TIFF file, the formats photos are placed in: save it as one of them";

}  // namespace

Result<ImageInfo> readImageInfo(std::string_view bytes) {
    switch (imageKind(bytes)) {
        case ImageKind::Jpeg:
            return readJpegImageInfo(bytes);
        case ImageKind::Png:
            return readPngInfo(bytes);
        case ImageKind::Tiff:
            return readTiffInfo(bytes);
        case ImageKind::Unknown:
            break;
    }
    return Diagnostic{0, kFormatsTaken};
}

Result<RasterImage> decodeRasterImage(std::string_view bytes) {
    switch (imageKind(bytes)) {
        case ImageKind::Png:
            return decodePng(bytes);
        case ImageKind::Tiff:
            return decodeTiff(bytes);
        case ImageKind::Jpeg:
            return decodeJpeg(bytes);
        case ImageKind::Unknown:
            break;
    }
    return Diagnostic{0, kFormatsTaken};
}

std::optional<Diagnostic> checkImageSize(std::int64_t width, std::int64_t height) {
    if (width <= 0 || height <= 0) return Diagnostic{0, "the image has no pixels (damaged?)"};
    if (width > kMaxImagePixels / height) {
        return Diagnostic{0, "the image is " + std::to_string(width) + " × " +
                                     std::to_string(height) +
                                     " pixels, more than a page can use: scale it down"};
    }
    return std::nullopt;
}

std::uint8_t overPaper(std::uint8_t value, std::uint8_t alpha, ImageColour colour) {
    // Ink scales with coverage (paper has none); light tends to the paper's full light.
    const int ink = colour == ImageColour::Cmyk ? value : 255 - value;
    const int covered = (ink * alpha + 127) / 255;
    return static_cast<std::uint8_t>(colour == ImageColour::Cmyk ? covered : 255 - covered);
}

std::uint8_t premultipliedOverPaper(std::uint8_t value, std::uint8_t alpha, ImageColour colour) {
    if (colour == ImageColour::Cmyk) return value;  // premultiplied ink is already on white
    return static_cast<std::uint8_t>(std::min(255, value + 255 - alpha));
}

}  // namespace banmian::layout
