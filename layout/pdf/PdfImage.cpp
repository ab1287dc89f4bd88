#include "layout/pdf/PdfImage.h"

#include <string>

namespace banmian::layout {
namespace {

std::string imageDictionary(const PrintPhoto& photo) {
    return "/Type /XObject /Subtype /Image /Width " + std::to_string(photo.width) + " /Height " +
           std::to_string(photo.height) + " /ColorSpace " +
           (photo.colour == ImageColour::Cmyk ? "/DeviceCMYK" : "/DeviceGray") +
           " /BitsPerComponent 8";
}

}  // namespace

PdfImage addImage(PdfDocument& pdf, const PrintPhoto& photo) {
    if (!photo.jpeg.empty()) {
        // Photoshop stores CMYK JPEGs inverted and says so in an APP14 marker; /Decode turns
        // them back.
        const int object =
                pdf.addStream(imageDictionary(photo) + " /Filter /DCTDecode" +
                                      (photo.adobeInverted ? " /Decode [1 0 1 0 1 0 1 0]" : ""),
                              photo.jpeg, false);
        return {object, photo.width, photo.height};
    }
    const std::string_view samples(reinterpret_cast<const char*>(photo.samples.data()),
                                   photo.samples.size());
    return {pdf.addStream(imageDictionary(photo), samples), photo.width, photo.height};
}

}  // namespace banmian::layout
