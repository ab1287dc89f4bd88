#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "layout/base/Result.h"
#include "layout/colour/Colour.h"

namespace banmian::layout {

/// An 8-bit sRGB colour for the screen.
using Rgb8 = std::array<std::uint8_t, 3>;

/// The screen's picture of printed colour (a soft proof): CMYK and spot inks as the plant's output
/// profile says they print, converted to sRGB by LittleCMS — relative colorimetric, so the paper is
/// the screen's white and a rich red looks as red as newsprint lets it. A spot ink is shown by its
/// process look-alike. Each colour is converted once and kept: a drag repaints from the cache.
class SoftProof {
public:
    /// For the output profile `profile` (ICC bytes); empty: defaultCmykProfile(). The error: a
    /// profile that is no CMYK output profile, or, without one, the default missing.
    static Result<std::shared_ptr<SoftProof>> create(const std::string& profile);
    ~SoftProof();
    SoftProof(const SoftProof&) = delete;
    SoftProof& operator=(const SoftProof&) = delete;

    /// `colour` as the screen shows it. Safe from several threads.
    Rgb8 rgb(const Colour& colour) const;
    /// Process ink amounts as the screen shows them.
    Rgb8 rgb(const Cmyk& cmyk) const;
    /// sRGB pixels, 4 bytes each in memory order B, G, R and a byte left as it is (a 32-bit
    /// image's on a little-endian machine), changed in place to how they print: separated for the
    /// press and shown back (lcms2's proofing transform), so a photo's RGB greens and reds look
    /// as dull on screen as newsprint makes them.
    void proofPixels(std::uint8_t* bgrx, std::size_t pixels) const;

private:
    SoftProof() = default;

    void* m_transform = nullptr;  // cmsHTRANSFORM: CMYK (output profile) → sRGB
    void* m_photos = nullptr;     // cmsHTRANSFORM: sRGB → sRGB, proofing the output profile
    mutable std::mutex m_lock;
    mutable std::unordered_map<std::uint32_t, Rgb8> m_cache;  // by the four inks in 8 bits
};

}  // namespace banmian::layout
