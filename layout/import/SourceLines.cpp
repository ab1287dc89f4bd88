#include "layout/import/SourceLines.h"

#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

bool isDroppedControl(char32_t c) {
    return (c < 0x20 && c != U'\t') || (c >= 0x7F && c <= 0x9F) || c == U'\uFEFF' || c == U'\u200B';
}

// Cleans one raw line. An inner run of white space keeps one character: an ideographic space
// when the run had one (it is a deliberate em gap, as in 一技在手　未来我有), else a plain space.
std::string cleanLine(std::string_view raw, int number, std::vector<Diagnostic>& warnings) {
    std::string out;
    out.reserve(raw.size());
    bool pendingSpace = false, pendingIdeographic = false;
    int dropped = 0;
    for (std::size_t pos = 0; pos < raw.size();) {
        const char32_t c = utf8::next(raw, pos);
        if (isWhiteSpace(c)) {
            pendingSpace = true;
            pendingIdeographic = pendingIdeographic || c == U'\u3000';
            continue;
        }
        if (isDroppedControl(c)) {
            ++dropped;
            continue;
        }
        if (pendingSpace && !out.empty()) out += pendingIdeographic ? "\u3000" : " ";
        pendingSpace = pendingIdeographic = false;
        utf8::append(out, c);
    }
    if (dropped > 0) {
        warnings.push_back({number, "dropped " + std::to_string(dropped) +
                                            " control character(s) that do not belong in text"});
    }
    return out;
}

}  // namespace

bool isWhiteSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0' || c == U'\u2002' ||
           c == U'\u2003' || c == U'\u2009' || c == U'\u202F' || c == U'\f' || c == U'\v';
}

std::vector<SourceLine> splitSourceLines(std::string_view utf8, std::vector<Diagnostic>& warnings) {
    std::vector<SourceLine> lines;
    int number = 1;
    std::size_t start = 0;
    while (start <= utf8.size()) {
        std::size_t end = utf8.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = utf8.size();
        lines.push_back({number, cleanLine(utf8.substr(start, end - start), number, warnings)});
        if (end == utf8.size()) break;
        start = end + (utf8.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        ++number;
        if (start == utf8.size()) break;  // a final line end opens no new line
    }
    return lines;
}

}  // namespace banmian::layout
