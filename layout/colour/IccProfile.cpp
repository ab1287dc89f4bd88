#include "layout/colour/IccProfile.h"

#include <lcms2.h>

#include <fstream>
#include <iterator>
#include <memory>

namespace banmian::layout {
namespace {

struct CloseProfile {
    void operator()(void* profile) const { cmsCloseProfile(profile); }
};

std::string signature(cmsUInt32Number tag) {
    std::string s;
    for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((tag >> shift) & 0xFF);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string quoted(const IccProfileInfo& info) {
    return info.description.empty() ? std::string("the colour profile")
                                    : "the colour profile “" + info.description + "”";
}

}  // namespace

Result<IccProfileInfo> readIccProfile(std::string_view bytes) {
    // ICC.1 §7.2: the header is 128 bytes with the signature 'acsp' at byte 36.
    if (bytes.size() < 128 || bytes.substr(36, 4) != "acsp")
        return Diagnostic{.message = "the file is not an ICC colour profile (no ICC header)",
                          .kind = "profile-not-icc"};
    // ICC.1 §7.2.2: the header starts with the profile's size; a file cut short in copying has
    // fewer bytes, and lcms2 would find the missing tags only when they are used.
    std::uint32_t size = 0;
    for (std::size_t i = 0; i < 4; ++i) size = size << 8 | static_cast<unsigned char>(bytes[i]);
    if (size > bytes.size()) {
        return Diagnostic{.message = "the ICC colour profile is cut short (" +
                                     std::to_string(bytes.size()) + " of its " +
                                     std::to_string(size) + " bytes): copy it again",
                          .kind = "profile-cut-short"};
    }
    const std::unique_ptr<void, CloseProfile> profile(
            cmsOpenProfileFromMem(bytes.data(), static_cast<cmsUInt32Number>(bytes.size())));
    if (!profile) {
        return Diagnostic{.message = "the ICC colour profile is damaged and cannot be read",
                          .kind = "profile-damaged"};
    }
    IccProfileInfo info;
    char description[256] = {};
    if (cmsGetProfileInfoASCII(profile.get(), cmsInfoDescription, "en", "US", description,
                               sizeof description) > 0) {
        info.description = description;
    }
    info.space = signature(cmsGetColorSpace(profile.get()));
    info.output = cmsGetDeviceClass(profile.get()) == cmsSigOutputClass;
    info.majorVersion = static_cast<unsigned char>(bytes[8]);
    return info;
}

std::optional<Diagnostic> checkPlantProfile(std::string_view bytes) {
    const auto read = readIccProfile(bytes);
    if (!read) return read.error();
    const IccProfileInfo& info = read.value();
    if (info.space != "CMYK") {
        return Diagnostic{.message = quoted(info) + " is for " + info.space +
                                     ", not CMYK: a printing plant's profile is CMYK; ask the "
                                     "plant for its CMYK output profile",
                          .kind = "profile-not-cmyk"};
    }
    if (!info.output) {
        return Diagnostic{.message = quoted(info) +
                                     " is not an output (printer) profile: a printing plant's "
                                     "profile describes its press; ask the plant for it",
                          .kind = "profile-not-output"};
    }
    if (info.majorVersion != 2) {
        return Diagnostic{.message = quoted(info) + " is an ICC version " +
                                     std::to_string(info.majorVersion) +
                                     " profile; a PDF/X-1a:2001 file (PDF 1.3) carries version 2 "
                                     "profiles only: ask the plant for the version 2 profile of "
                                     "its condition, or export without a profile",
                          .kind = "profile-version"};
    }
    return std::nullopt;
}

Result<std::string> defaultCmykProfile() {
    std::ifstream in(BANMIAN_DEFAULT_CMYK_PROFILE, std::ios::binary);
    if (!in) {
        return Diagnostic{0, std::string("the default CMYK profile ") +
                                     BANMIAN_DEFAULT_CMYK_PROFILE +
                                     " is missing: install Ghostscript's profiles (Debian's "
                                     "libgs-common, with ghostscript), or name the plant's "
                                     "profile"};
    }
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace banmian::layout
