#pragma once

// How far a press's print is from the colour meant, for the colour tests of the engine and of the
// command: CIEDE2000, what a colour-managed proof measures.

#include <lcms2.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

/// Ghostscript's CMYK profile, which photos are separated to when a document names no plant's.
inline const std::string kDefaultCmykProfile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";

/// CIEDE2000 between the sRGB colour `rgb` and the print of `cmyk` on the press the CMYK profile
/// `pressProfile` describes, both in Lab (D50).
inline double printedDifference(const std::array<std::uint8_t, 3>& rgb, const std::uint8_t* cmyk,
                                const std::string& pressProfile = kDefaultCmykProfile) {
    std::ifstream in(pressProfile, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    cmsHPROFILE srgb = cmsCreate_sRGBProfile(), lab = cmsCreateLab4Profile(nullptr);
    cmsHPROFILE press =
            cmsOpenProfileFromMem(bytes.data(), static_cast<cmsUInt32Number>(bytes.size()));
    cmsHTRANSFORM fromRgb = cmsCreateTransform(srgb, TYPE_RGB_8, lab, TYPE_Lab_DBL,
                                               INTENT_RELATIVE_COLORIMETRIC, 0);
    cmsHTRANSFORM fromCmyk = cmsCreateTransform(press, TYPE_CMYK_8, lab, TYPE_Lab_DBL,
                                                INTENT_RELATIVE_COLORIMETRIC, 0);
    cmsCIELab meant, printed;
    cmsDoTransform(fromRgb, rgb.data(), &meant, 1);
    cmsDoTransform(fromCmyk, cmyk, &printed, 1);
    cmsDeleteTransform(fromRgb);
    cmsDeleteTransform(fromCmyk);
    cmsCloseProfile(srgb);
    cmsCloseProfile(lab);
    cmsCloseProfile(press);
    return cmsCIE2000DeltaE(&meant, &printed, 1, 1, 1);
}
