#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "layout/base/Result.h"

namespace banmian::layout {

/// What an ICC profile is for, from its header and description tag (ICC.1:2010 §7.2, §9.2.41).
struct IccProfileInfo {
    std::string description;  ///< its 'desc' tag, as the plant and the profile menus name it
    std::string space;        ///< the data colour space: "CMYK", "RGB", "GRAY", …
    bool output = false;      ///< an output device's (class 'prtr'): a printing condition
    int majorVersion = 0;     ///< 2 or 4
};

/// Reads `bytes` as an ICC profile; an error saying what they are when they are none.
Result<IccProfileInfo> readIccProfile(std::string_view bytes);

/// Checks that `bytes` are a profile a PDF/X-1a:2001 file can carry as its printing condition: a
/// CMYK output profile of ICC version 2 (the file is PDF 1.3, which knows ICC version 2 only;
/// ISO 15930-1). The error names the profile, says what it is instead and what to do; its kind
/// says which ("profile-not-icc", "profile-cut-short", "profile-damaged", "profile-not-cmyk",
/// "profile-not-output", "profile-version"), for a window to say it in its own language.
std::optional<Diagnostic> checkPlantProfile(std::string_view bytes);

/// The CMYK profile photos are separated to when the document names no plant profile:
/// Ghostscript's default CMYK profile, on every machine with the setup's packages (a version 2
/// profile; the newsprint characterization IFRA26 has only a version 4 profile, ISOnewspaper26v4,
/// which no Debian package ships). Its bytes, or an error saying which package brings it.
Result<std::string> defaultCmykProfile();

}  // namespace banmian::layout
