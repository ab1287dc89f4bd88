#include "layout/colour/CmykSeparation.h"

#include <lcms2.h>

#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

#include "layout/colour/IccProfile.h"

namespace banmian::layout {

struct CmykSeparation::Transform {
    cmsHTRANSFORM handle = nullptr;
    ~Transform() {
        if (handle) cmsDeleteTransform(handle);
    }
};

struct CmykSeparation::Lock {
    std::mutex mutex;
};

namespace {

// lcms2's ink-limiting link works on its 8-bit grid and leaves a pixel a step or two above the
// limit here and there; the plant's limit is a limit, so what is left over comes off exactly as
// the link takes it: from C, M and Y in proportion, black kept (lcms2's cmsvirt.c, InkLimiting).
void limitInk(std::uint8_t* cmyk, int limit) {
    const int k = std::min<int>(cmyk[3], limit);
    const int colour = cmyk[0] + cmyk[1] + cmyk[2];
    if (colour + cmyk[3] <= limit) return;
    const int room = limit - k;
    for (int i = 0; i < 3; ++i) {
        cmyk[i] = static_cast<std::uint8_t>(cmyk[i] * room / colour);  // down: within the room
    }
    cmyk[3] = static_cast<std::uint8_t>(k);
}

}  // namespace

const char* toString(RenderingIntent intent) {
    return intent == RenderingIntent::Perceptual ? "perceptual" : "relative-colorimetric";
}

CmykSeparation::CmykSeparation(SeparationSettings settings)
    : m_settings(std::move(settings)), m_lock(std::make_unique<Lock>()) {}

CmykSeparation::~CmykSeparation() {
    m_transforms.clear();
    if (m_inkLimit) cmsCloseProfile(m_inkLimit);
    if (m_output) cmsCloseProfile(m_output);
}

Result<std::shared_ptr<CmykSeparation>> CmykSeparation::create(const SeparationSettings& settings) {
    SeparationSettings s = settings;
    if (s.outputProfile.empty()) {
        auto fallback = defaultCmykProfile();
        if (!fallback) return fallback.error();
        s.outputProfile = std::move(fallback).value();
    } else if (auto refused = checkPlantProfile(s.outputProfile)) {
        return *refused;
    }
    const auto info = readIccProfile(s.outputProfile);
    if (!info) return info.error();
    if (info.value().space != "CMYK")
        return Diagnostic{0, "the output profile is not a CMYK profile"};
    // The ink limit a plant can ask for: above 400 % is no limit, under 100 % not one solid.
    s.inkLimit = std::clamp(s.inkLimit, 100, 400);
    std::shared_ptr<CmykSeparation> out(new CmykSeparation(std::move(s)));
    const SeparationSettings& kept = out->m_settings;
    out->m_outputDescription = info.value().description;
    out->m_output = cmsOpenProfileFromMem(kept.outputProfile.data(),
                                          static_cast<cmsUInt32Number>(kept.outputProfile.size()));
    if (!out->m_output) return Diagnostic{0, "the output profile is damaged and cannot be read"};
    out->m_inkLimit = cmsCreateInkLimitingDeviceLink(cmsSigCmykData, kept.inkLimit);
    if (!out->m_inkLimit) return Diagnostic{0, "the ink-limiting step cannot be built"};
    return out;
}

std::string CmykSeparation::describe() const {
    std::string how = m_settings.intent == RenderingIntent::Perceptual
                              ? "perceptual"
                              : "relative colorimetric with black-point compensation";
    return (m_outputDescription.empty() ? std::string("the output CMYK profile")
                                        : m_outputDescription) +
           ", " + how + ", total ink at most " + std::to_string(m_settings.inkLimit) + " %";
}

bool CmykSeparation::needsSeparation(const RasterImage& image, std::string_view profile) const {
    if (image.colour == ImageColour::Rgb) return true;
    // A CMYK photo separated for another press (its own profile says which) is separated again
    // for this one; untagged CMYK is taken as already made for it.
    return image.colour == ImageColour::Cmyk && !profile.empty() &&
           profile != m_settings.outputProfile;
}

Result<const CmykSeparation::Transform*> CmykSeparation::transformFrom(ImageColour colour,
                                                                       std::string_view profile) {
    const std::lock_guard lock(m_lock->mutex);
    std::string key = (colour == ImageColour::Rgb ? "rgb:" : "cmyk:") + std::string(profile);
    if (const auto found = m_transforms.find(key); found != m_transforms.end())
        return found->second.get();

    cmsHPROFILE source = nullptr;
    if (profile.empty()) {
        source = cmsCreate_sRGBProfile();
    } else {
        source =
                cmsOpenProfileFromMem(profile.data(), static_cast<cmsUInt32Number>(profile.size()));
        if (!source)
            return Diagnostic{0, "its embedded colour profile is damaged and cannot be read"};
    }
    const cmsColorSpaceSignature expected =
            colour == ImageColour::Rgb ? cmsSigRgbData : cmsSigCmykData;
    if (cmsGetColorSpace(source) != expected) {
        cmsCloseProfile(source);
        return Diagnostic{0, std::string("its embedded colour profile is not for its ") +
                                     (colour == ImageColour::Rgb ? "RGB" : "CMYK") +
                                     " pixels: save it again with a matching profile"};
    }
    cmsHPROFILE chain[] = {source, m_output, m_inkLimit};
    const bool relative = m_settings.intent == RenderingIntent::RelativeColorimetric;
    // No one-pixel cache: the transform is shared by the threads that run it (lcms2's tutorial,
    // "Multithreading").
    const cmsUInt32Number flags =
            cmsFLAGS_NOCACHE | (relative ? cmsFLAGS_BLACKPOINTCOMPENSATION : 0);
    auto transform = std::make_unique<Transform>();
    transform->handle = cmsCreateMultiprofileTransform(
            chain, 3, colour == ImageColour::Rgb ? TYPE_RGB_8 : TYPE_CMYK_8, TYPE_CMYK_8,
            relative ? INTENT_RELATIVE_COLORIMETRIC : INTENT_PERCEPTUAL, flags);
    cmsCloseProfile(source);
    if (!transform->handle)
        return Diagnostic{0, "no colour transform can be built from its embedded profile"};
    return m_transforms.emplace(std::move(key), std::move(transform)).first->second.get();
}

Result<RasterImage> CmykSeparation::separate(const RasterImage& image, std::string_view profile) {
    if (image.colour == ImageColour::Gray)
        return Diagnostic{0, "a gray photo prints on the black plate as it is"};
    const auto transform = transformFrom(image.colour, profile);
    if (!transform) return transform.error();
    const cmsHTRANSFORM handle = transform.value()->handle;
    RasterImage out;
    out.width = image.width;
    out.height = image.height;
    out.colour = ImageColour::Cmyk;
    out.samples.resize(static_cast<std::size_t>(image.width) * image.height * 4);
    const std::size_t inRow = static_cast<std::size_t>(image.width) * channelsOf(image.colour);
    const std::size_t outRow = static_cast<std::size_t>(image.width) * 4;
    // Rows split between the cores: a 12-megapixel photo is the budget's case (≤ 300 ms).
    const int threads =
            static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u,
                                        static_cast<unsigned>(std::max(1, image.height / 64))));
    const int limit = m_settings.inkLimit * 255 / 100;
    auto run = [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            std::uint8_t* row = out.samples.data() + y * outRow;
            cmsDoTransform(handle, image.samples.data() + y * inRow, row,
                           static_cast<cmsUInt32Number>(image.width));
            for (std::uint8_t* p = row; p < row + outRow; p += 4) limitInk(p, limit);
        }
    };
    std::vector<std::thread> workers;
    const int band = (image.height + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(run, t * band, std::min(image.height, (t + 1) * band));
    run(0, std::min(image.height, band));
    for (std::thread& worker : workers) worker.join();
    return out;
}

}  // namespace banmian::layout
