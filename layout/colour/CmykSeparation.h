#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "layout/base/Result.h"
#include "layout/image/RasterImage.h"

namespace banmian::layout {

/// How colours outside the press's gamut are brought in (ICC.1 §6.2): relative colorimetric
/// keeps every colour the press can print as it is and clips the rest, black-point compensated so
/// that shadows keep their detail (newspapers' usual choice for photos); perceptual compresses the
/// whole gamut, for saturated pictures whose detail lies outside it.
enum class RenderingIntent { RelativeColorimetric, Perceptual };

/// "relative-colorimetric", "perceptual": as the document file and the command name them.
const char* toString(RenderingIntent intent);

/// What a separation is made for.
struct SeparationSettings {
    /// The plant's CMYK output profile (its bytes); empty: defaultCmykProfile().
    std::string outputProfile;
    RenderingIntent intent = RenderingIntent::RelativeColorimetric;
    /// The total ink a pixel may carry, in per cent of one solid (the sum of C, M, Y and K): 240
    /// for coldset newsprint (ISO 12647-3), which takes no more without set-off and smearing.
    int inkLimit = 240;
};

/// Separates photos to the press's CMYK with LittleCMS: from the photo's own profile (sRGB for an
/// RGB photo that has none, as cameras and the web mean it) to the output profile, then through an
/// ink-limiting step (lcms2's ink-limiting device link), so that no pixel carries more ink than
/// the settings allow. The transforms are built once for each source profile and reused for every
/// photo of an export.
class CmykSeparation {
public:
    /// The error: an output profile that is no usable CMYK output profile, or, without one, the
    /// default profile missing.
    static Result<std::shared_ptr<CmykSeparation>> create(const SeparationSettings& settings);
    ~CmykSeparation();
    CmykSeparation(const CmykSeparation&) = delete;
    CmykSeparation& operator=(const CmykSeparation&) = delete;

    /// What photos are separated to, as a note says it: "Artifex CMYK SWOP Profile, relative
    /// colorimetric with black-point compensation, total ink at most 240 %".
    std::string describe() const;
    const std::string& outputDescription() const { return m_outputDescription; }

    /// Whether `image`, tagged with `profile` (empty: none), must be separated: RGB always; CMYK
    /// tagged with a profile other than the output's. Gray prints on the black plate as it is.
    bool needsSeparation(const RasterImage& image, std::string_view profile) const;

    /// `image` (RGB, or CMYK in another press's CMYK) as CMYK for the output, ink-limited. The
    /// error: its profile is damaged or of another colour space than its pixels. Safe to call
    /// from several threads at once.
    Result<RasterImage> separate(const RasterImage& image, std::string_view profile);

private:
    struct Transform;
    explicit CmykSeparation(SeparationSettings settings);
    Result<const Transform*> transformFrom(ImageColour colour, std::string_view profile);

    SeparationSettings m_settings;
    void* m_output = nullptr;    // cmsHPROFILE
    void* m_inkLimit = nullptr;  // cmsHPROFILE: the ink-limiting device link
    std::string m_outputDescription;
    std::map<std::string, std::unique_ptr<Transform>, std::less<>> m_transforms;
    struct Lock;
    std::unique_ptr<Lock> m_lock;
};

}  // namespace banmian::layout
