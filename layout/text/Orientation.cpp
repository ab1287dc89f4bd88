#include "layout/text/Orientation.h"

#include "layout/base/Utf8.h"
#include "layout/text/Punctuation.h"

namespace banmian::layout {
namespace {

// Set turned in a vertical line: what a Latin face sets at its own widths (UTR #50 class R),
// full-width forms excepted.
bool turns(char32_t c) {
    if (c >= 0x2000) return false;  // CJK marks, “” — …: upright, in their vertical forms
    const TypeClass type = classify(c);
    return type == TypeClass::Latin || type == TypeClass::Space || type == TypeClass::Connector ||
           type == TypeClass::Solidus || (c < 0x80 && type != TypeClass::Other);
}

bool isAsciiDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

}  // namespace

std::vector<OrientationRun> orientationRuns(std::string_view utf8) {
    std::vector<OrientationRun> runs;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const std::size_t start = pos;
        const GlyphOrientation o = turns(utf8::next(utf8, pos)) ? GlyphOrientation::Sideways
                                                                : GlyphOrientation::Upright;
        if (!runs.empty() && runs.back().orientation == o)
            runs.back().end = pos;
        else
            runs.push_back({start, pos, o});
    }
    // A turned run that is one or two digits and nothing else stands across the line.
    for (OrientationRun& run : runs) {
        if (run.orientation != GlyphOrientation::Sideways || run.end - run.begin > 2) continue;
        bool digits = true;
        for (std::size_t i = run.begin; i < run.end; ++i)
            digits = digits && isAsciiDigit(static_cast<unsigned char>(utf8[i]));
        if (digits) run.orientation = GlyphOrientation::Across;
    }
    return runs;
}

std::string verticalForms(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t c = utf8::next(utf8, pos);
        // The em dash and the horizontal bar are three bytes, as the vertical em dash is.
        if (c == U'—' || c == U'―') c = U'︱';
        utf8::append(out, c);
    }
    return out;
}

}  // namespace banmian::layout
