#include "layout/pdf/PdfImage.h"

#include <string>

#include "layout/image/JpegInfo.h"
#include "layout/image/RasterImage.h"

namespace banmian::layout {
namespace {

std::string colourSpace(ImageColour colour) {
    return colour == ImageColour::Cmyk ? "/DeviceCMYK" : "/DeviceGray";
}

std::string imageDictionary(int width, int height, ImageColour colour) {
    return "/Type /XObject /Subtype /Image /Width " + std::to_string(width) + " /Height " +
           std::to_string(height) + " /ColorSpace " + colourSpace(colour) + " /BitsPerComponent 8";
}

}  // namespace

Result<PdfImage> addImage(PdfDocument& pdf, std::string_view bytes) {
    // The same reading as the preflight's: what it lets pass goes in, and nothing else.
    const auto info = readImageInfo(bytes);
    if (!info) return info.error();
    const ImageColour colour = info.value().colour;
    if (colour == ImageColour::Rgb)
        return Diagnostic{0, "an RGB image has no place in a PDF/X-1a file"};
    if (info.value().kind == ImageKind::Jpeg) {
        const auto jpeg = readJpegInfo(bytes);
        if (!jpeg) return jpeg.error();
        // Photoshop stores CMYK JPEGs inverted and says so in an APP14 marker; /Decode turns
        // them back.
        const bool inverted = colour == ImageColour::Cmyk && jpeg.value().adobeInverted;
        const int object = pdf.addStream(
                imageDictionary(info.value().width, info.value().height, colour) +
                        " /Filter /DCTDecode" + (inverted ? " /Decode [1 0 1 0 1 0 1 0]" : ""),
                bytes, false);
        return PdfImage{object, info.value().width, info.value().height};
    }
    const auto decoded = decodeRasterImage(bytes);
    if (!decoded) return decoded.error();
    const RasterImage& image = decoded.value();
    const std::string_view samples(reinterpret_cast<const char*>(image.samples.data()),
                                   image.samples.size());
    const int object =
            pdf.addStream(imageDictionary(image.width, image.height, image.colour), samples);
    return PdfImage{object, image.width, image.height};
}

}  // namespace banmian::layout
