#include "layout/colour/SoftProof.h"

#include <lcms2.h>

#include <algorithm>
#include <cmath>

#include "layout/colour/IccProfile.h"

namespace banmian::layout {
namespace {

std::uint8_t inkByte(double amount) {
    return static_cast<std::uint8_t>(std::lround(std::clamp(amount, 0.0, 1.0) * 255));
}

}  // namespace

SoftProof::~SoftProof() {
    if (m_transform) cmsDeleteTransform(static_cast<cmsHTRANSFORM>(m_transform));
    if (m_photos) cmsDeleteTransform(static_cast<cmsHTRANSFORM>(m_photos));
}

Result<std::shared_ptr<SoftProof>> SoftProof::create(const std::string& profile) {
    std::string bytes = profile;
    if (bytes.empty()) {
        auto fallback = defaultCmykProfile();
        if (!fallback) return fallback.error();
        bytes = std::move(fallback).value();
    } else if (auto refused = checkPlantProfile(bytes)) {
        return *refused;
    }
    cmsHPROFILE cmyk =
            cmsOpenProfileFromMem(bytes.data(), static_cast<cmsUInt32Number>(bytes.size()));
    if (!cmyk) return Diagnostic{0, "the output profile is damaged and cannot be read"};
    cmsHPROFILE srgb = cmsCreate_sRGBProfile();
    // Relative colorimetric with black-point compensation: the paper is the screen's white and
    // the press's black its black, as a proofing monitor is set up to show newsprint.
    cmsHTRANSFORM transform =
            cmsCreateTransform(cmyk, TYPE_CMYK_8, srgb, TYPE_RGB_8, INTENT_RELATIVE_COLORIMETRIC,
                               cmsFLAGS_BLACKPOINTCOMPENSATION);
    // Photos: from sRGB as the export separates them (relative colorimetric, black point
    // compensated), then back to the screen; no cache, so that threads may share it.
    cmsHTRANSFORM photos = cmsCreateProofingTransform(
            srgb, TYPE_BGRA_8, srgb, TYPE_BGRA_8, cmyk, INTENT_RELATIVE_COLORIMETRIC,
            INTENT_RELATIVE_COLORIMETRIC,
            cmsFLAGS_SOFTPROOFING | cmsFLAGS_BLACKPOINTCOMPENSATION | cmsFLAGS_COPY_ALPHA |
                    cmsFLAGS_NOCACHE);
    cmsCloseProfile(srgb);
    cmsCloseProfile(cmyk);
    std::shared_ptr<SoftProof> out(new SoftProof());
    out->m_transform = transform;
    out->m_photos = photos;
    if (!transform || !photos)
        return Diagnostic{0, "the output profile cannot be shown on screen"};
    return out;
}

void SoftProof::proofPixels(std::uint8_t* bgrx, std::size_t pixels) const {
    constexpr std::size_t kChunk = 1 << 20;  // lcms2 counts pixels in 32 bits
    for (std::size_t done = 0; done < pixels; done += kChunk) {
        const auto count = static_cast<cmsUInt32Number>(std::min(kChunk, pixels - done));
        cmsDoTransform(static_cast<cmsHTRANSFORM>(m_photos), bgrx + 4 * done, bgrx + 4 * done,
                       count);
    }
}

Rgb8 SoftProof::rgb(const Colour& colour) const {
    return rgb(colour.process());
}

Rgb8 SoftProof::rgb(const Cmyk& cmyk) const {
    // lcms2's 8-bit CMYK is 0–255 for 0–100 % ink.
    const std::array<std::uint8_t, 4> ink = {inkByte(cmyk[0]), inkByte(cmyk[1]), inkByte(cmyk[2]),
                                             inkByte(cmyk[3])};
    const std::uint32_t key = static_cast<std::uint32_t>(ink[0]) << 24 | ink[1] << 16 |
                              ink[2] << 8 | ink[3];
    std::lock_guard lock(m_lock);
    if (const auto found = m_cache.find(key); found != m_cache.end()) return found->second;
    Rgb8 out{};
    cmsDoTransform(static_cast<cmsHTRANSFORM>(m_transform), ink.data(), out.data(), 1);
    return m_cache.emplace(key, out).first->second;
}

}  // namespace banmian::layout
