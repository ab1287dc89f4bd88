#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Diagnostic.h"

namespace banmian::layout {

/// One line of an article file, cleaned: no line end, no leading or trailing white space
/// (full-width spaces included), each inner run of white space folded to one space.
struct SourceLine {
    int number = 0;    ///< 1-based, as an editor shows it
    std::string text;  ///< empty for a blank line
};

/// Splits decoded text at LF, CRLF or CR and cleans each line. Stray control characters are
/// dropped and reported in `warnings`.
std::vector<SourceLine> splitSourceLines(std::string_view utf8, std::vector<Diagnostic>& warnings);

/// True for the white space found in article files: ASCII, ideographic (U+3000), no-break.
bool isWhiteSpace(char32_t c);

}  // namespace banmian::layout
