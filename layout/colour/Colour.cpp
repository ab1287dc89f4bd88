#include "layout/colour/Colour.h"

#include <algorithm>
#include <cmath>

namespace banmian::layout {

Colour Colour::of(const Swatch& swatch, int tint) {
    return {swatch.name, swatch.spot, swatch.cmyk, std::clamp(tint, 0, 100) / 100.0};
}

bool Colour::isBlack() const {
    return spot.empty() && tint == 1 && cmyk == Cmyk{0, 0, 0, 1};
}

bool Colour::isPaper() const {
    return tint == 0 || (spot.empty() && cmyk == Cmyk{0, 0, 0, 0});
}

bool Colour::fragileWhenFine() const {
    if (isPaper()) return false;
    if (tint < 1) return true;
    if (!spot.empty()) return false;
    return std::count_if(cmyk.begin(), cmyk.end(), [](double v) { return v > 0; }) > 1 ||
           std::any_of(cmyk.begin(), cmyk.end(), [](double v) { return v > 0 && v < 1; });
}

Cmyk Colour::process() const {
    Cmyk out = cmyk;
    for (double& v : out) v *= tint;
    return out;
}

std::string Colour::describe() const {
    std::string out = name;
    if (!spot.empty()) out += (out.empty() ? "" : " (") + spot + (out.empty() ? "" : ")");
    if (out.empty()) {
        const char* inks = "CMYK";
        for (std::size_t i = 0; i < 4; ++i) {
            out += (i ? " " : "") + std::string(1, inks[i]) +
                   std::to_string(static_cast<int>(std::lround(cmyk[i] * 100)));
        }
    }
    if (tint < 1) out += " " + std::to_string(static_cast<int>(std::lround(tint * 100))) + " %";
    return out;
}

Colour colourOf(const std::vector<Swatch>& swatches, const Ink& ink) {
    if (ink.swatch.empty()) return Colour::black();
    for (const Swatch& swatch : swatches) {
        if (swatch.name == ink.swatch) return Colour::of(swatch, ink.tint);
    }
    return Colour::black();
}

double Colour::totalInk() const {
    if (!spot.empty()) return tint * 100;
    const Cmyk p = process();
    return (p[0] + p[1] + p[2] + p[3]) * 100;
}

}  // namespace banmian::layout
