#include "layout/colour/PrintPhotos.h"

#include "layout/image/JpegInfo.h"

namespace banmian::layout {
namespace {

Diagnostic colourError(const std::string& path, const std::string& why) {
    return {.message = path + " cannot be separated to CMYK: " + why,
            .severity = Severity::Error,
            .kind = "photo-colour"};
}

}  // namespace

PrintPhotos::PrintPhotos(SeparationSettings settings) : m_settings(std::move(settings)) {}

const Result<PrintPhoto>& PrintPhotos::prepare(const std::string& path) {
    if (const auto found = m_photos.find(path); found != m_photos.end()) return found->second;
    return m_photos.emplace(path, make(path)).first->second;
}

Result<CmykSeparation*> PrintPhotos::separation() {
    if (!m_separation) {
        auto made = CmykSeparation::create(m_settings);
        if (!made) return made.error();
        m_separation = std::move(made).value();
    }
    return m_separation.get();
}

Result<PrintPhoto> PrintPhotos::make(const std::string& path) {
    const auto bytes = readImageFile(path);
    if (!bytes) {
        return Diagnostic{.message = "the photo " + path + " cannot be read",
                          .kind = "photo-missing"};
    }
    const auto info = readImageInfo(*bytes);
    if (!info) {
        return Diagnostic{.message = path + ": " + info.error().message, .kind = "photo-unusable"};
    }
    auto decoded = decodeRasterImage(*bytes);
    if (!decoded) {
        // Damage the header did not show (the preflight read only that): the pixels.
        return Diagnostic{.message = path + ": " + decoded.error().message,
                          .kind = "photo-damaged"};
    }
    RasterImage image = std::move(decoded).value();
    PrintPhoto out;
    out.width = image.width;
    out.height = image.height;
    out.colour = image.colour;
    if (image.colour != ImageColour::Gray) {
        auto press = separation();
        if (!press) return colourError(path, press.error().message);
        if (press.value()->needsSeparation(image, image.iccProfile)) {
            const bool rgb = image.colour == ImageColour::Rgb;
            auto separated = press.value()->separate(image, image.iccProfile);
            if (!separated) return colourError(path, separated.error().message);
            out.separated = std::string(rgb ? "RGB" : "CMYK") +
                            (image.iccProfile.empty() ? " (no profile of its own: sRGB assumed)"
                                                      : " (with its own profile)") +
                            " separated to CMYK for " + press.value()->describe();
            image = std::move(separated).value();
            out.colour = ImageColour::Cmyk;
        }
    }
    out.ink = inkCoverage(image, m_settings.inkLimit);
    if (info.value().kind == ImageKind::Jpeg && out.separated.empty()) {
        // Gray or the press's own CMYK: the JPEG's bytes as they are.
        const auto jpeg = readJpegInfo(*bytes);
        if (!jpeg)
            return Diagnostic{.message = path + ": " + jpeg.error().message,
                              .kind = "photo-unusable"};
        out.jpeg = *bytes;
        out.adobeInverted = out.colour == ImageColour::Cmyk && jpeg.value().adobeInverted;
    } else {
        out.samples = std::move(image.samples);
    }
    return out;
}

}  // namespace banmian::layout
