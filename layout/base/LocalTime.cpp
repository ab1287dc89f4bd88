#include "layout/base/LocalTime.h"

namespace banmian::layout {

std::string isoLocalTime(std::time_t when) {
    std::tm local{};
    localtime_r(&when, &local);
    char time[32];
    char zone[16];
    std::strftime(time, sizeof time, "%Y-%m-%dT%H:%M:%S", &local);
    std::strftime(zone, sizeof zone, "%z", &local);
    // strftime's %z is +0800; ISO 8601's extended form, as the rest of the document, is +08:00.
    const std::string offset = zone;
    if (offset.size() != 5) return time + offset;
    return time + offset.substr(0, 3) + ":" + offset.substr(3);
}

}  // namespace banmian::layout
