#include "layout/pdf/PdfDate.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace banmian::layout {

std::string pdfDate(std::time_t when) {
    std::tm local{};
    localtime_r(&when, &local);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "D:%Y%m%d%H%M%S", &local);
    std::string out = buffer;
    // tm_gmtoff (glibc, BSD): seconds east of UTC, daylight saving included.
    const long offset = local.tm_gmtoff;
    if (offset == 0) return out + "Z";
    const long minutes = std::labs(offset) / 60;
    std::snprintf(buffer, sizeof buffer, "%c%02ld'%02ld'", offset < 0 ? '-' : '+', minutes / 60,
                  minutes % 60);
    return out + buffer;
}

std::string pdfDate(const std::string& iso) {
    // YYYY-MM-DDTHH:MM:SS, then optionally Z or ±HH:MM.
    static constexpr std::size_t digits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    if (iso.size() < 19 || iso[4] != '-' || iso[7] != '-' || (iso[10] != 'T' && iso[10] != ' ') ||
        iso[13] != ':' || iso[16] != ':')
        return {};
    std::string out = "D:";
    for (const std::size_t i : digits) {
        if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return {};
        out += iso[i];
    }
    std::string zone = iso.substr(19);
    if (!zone.empty() && zone[0] == '.') {  // fractions of a second: not in a PDF date
        const std::size_t end = zone.find_first_not_of("0123456789", 1);
        zone = end == std::string::npos ? "" : zone.substr(end);
    }
    if (zone == "Z") return out + "Z";
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':')
        return out + zone.substr(0, 3) + "'" + zone.substr(4, 2) + "'";
    return zone.empty() ? out : std::string();
}

}  // namespace banmian::layout
