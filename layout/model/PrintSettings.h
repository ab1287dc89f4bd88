#pragma once

#include <string>

#include "layout/colour/CmykSeparation.h"

namespace banmian::layout {

/// What the plant asks of the page's print file, kept with the document (a plant takes its own
/// figures).
///
/// The photos' effective resolution — pixels an inch at the size they print — under which the
/// print export is refused (unless forced), and under which it is noted. Newsprint's figures by
/// default: 150, one and a half times the 85–100 lpi screen newsprint is printed with, the usual
/// floor; 200, the common target (cjk-newspaper-reference §4.3).
///
/// The plant's colour: its CMYK output profile, which the print file names as its printing
/// condition and which photos are separated to (none: IFRA26 named, photos separated to
/// defaultCmykProfile()); how colours outside the press's gamut are brought in; the total ink a
/// pixel may carry (240 % for coldset newsprint, ISO 12647-3).
struct PrintSettings {
    int minPhotoPpi = 150;
    int goodPhotoPpi = 200;
    /// The plant's profile file, as the designer chose it (kept by path, as photos are).
    std::string outputProfile = {};
    /// Its description when it was chosen: how a message names it when the file has gone.
    std::string outputProfileName = {};
    RenderingIntent intent = RenderingIntent::RelativeColorimetric;
    int inkLimit = 240;

    bool operator==(const PrintSettings&) const = default;
};

}  // namespace banmian::layout
