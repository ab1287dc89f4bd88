#pragma once

namespace banmian::layout {

/// What the plant asks of the page's print file, kept with the document (a plant takes its own
/// figures): the photos' effective resolution — pixels an inch at the size they print — under
/// which the print export is refused (unless forced), and under which it is noted. Newsprint's
/// figures by default: 150, one and a half times the 85–100 lpi screen newsprint is printed
/// with, the usual floor; 200, the common target (cjk-newspaper-reference §4.3).
struct PrintSettings {
    int minPhotoPpi = 150;
    int goodPhotoPpi = 200;

    bool operator==(const PrintSettings&) const = default;
};

}  // namespace banmian::layout
