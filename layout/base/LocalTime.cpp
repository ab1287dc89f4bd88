#include "layout/base/LocalTime.h"

namespace banmian::layout {

std::string isoLocalTime(std::time_t when) {
    std::tm local{};
    localtime_r(&when, &local);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string iso = text;
    // strftime's %z is +0800; ISO 8601's extended form, as the rest of the document, is +08:00.
    if (iso.size() > 5) iso.insert(iso.size() - 2, ":");
    return iso;
}

}  // namespace banmian::layout
