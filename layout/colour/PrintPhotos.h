#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/base/Result.h"
#include "layout/colour/CmykSeparation.h"
#include "layout/colour/InkCoverage.h"
#include "layout/image/RasterImage.h"

namespace banmian::layout {

/// A photo as the print file takes it: gray or CMYK for the press, nothing else (PDF/X-1a).
struct PrintPhoto {
    int width = 0, height = 0;
    ImageColour colour = ImageColour::Gray;  ///< Gray or Cmyk
    /// A gray or CMYK JPEG that needs no separation goes in as it is (DCTDecode: no second loss
    /// of quality); empty when the photo goes in as samples.
    std::string jpeg;
    bool adobeInverted = false;  ///< that JPEG's CMYK is stored inverted (Photoshop's APP14)
    /// Otherwise its 8-bit samples (gray, or C M Y K with 255 a solid), as RasterImage has them.
    std::vector<std::uint8_t> samples;
    /// What was done to its colour, as a note says it ("RGB (no profile of its own: sRGB
    /// assumed) separated to CMYK for …"); empty when nothing was.
    std::string separated;
    InkCoverage ink;  ///< for CMYK: the most ink any pixel carries, and how many exceed the limit
};

/// The photos of one export made ready for the press, each file once however often it is placed:
/// read, decoded where it must be, separated to the output CMYK where it is RGB or another press's
/// CMYK (CmykSeparation, built on first need and used for every photo), and its ink measured.
class PrintPhotos {
public:
    explicit PrintPhotos(SeparationSettings settings);

    /// The photo at `path`, or why it cannot go into the print file: it cannot be read or its
    /// header is wrong ("photo-missing", "photo-unusable", as the preflight says), its pixels
    /// cannot be decoded ("photo-damaged"), or it cannot be separated ("photo-colour": its own
    /// profile is damaged or wrong, the output profile is missing).
    const Result<PrintPhoto>& prepare(const std::string& path);

    int inkLimit() const { return m_settings.inkLimit; }

private:
    Result<PrintPhoto> make(const std::string& path);
    Result<CmykSeparation*> separation();

    SeparationSettings m_settings;
    std::shared_ptr<CmykSeparation> m_separation;
    std::map<std::string, Result<PrintPhoto>> m_photos;
};

}  // namespace banmian::layout
