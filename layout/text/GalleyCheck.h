#pragma once

#include <string>
#include <vector>

#include "layout/text/Galley.h"

namespace banmian::layout {

/// A rule a composed line breaks.
struct RuleBreach {
    std::size_t paragraph = 0, line = 0;
    std::string rule;  ///< "line starts with “，”", "—— split", "lone last character" …
};

/// How well a galley is set, measured on the typeset lines as a reader sees them — the figures
/// that compare composers (loose lines, squeezed lines, lone last characters) and every breach of
/// 避头尾, of unbreakable marks and numbers, and of flush justification.
struct GalleyQuality {
    std::size_t paragraphs = 0, lines = 0;
    std::size_t looseLines = 0;      ///< justified lines with ½ em or more added
    std::size_t veryLooseLines = 0;  ///< … with 2 em or more added
    LayoutUnit maxStretch = 0;       ///< the most space added to one line
    std::size_t squeezedLines = 0;   ///< lines set tighter than natural (punctuation pushed in)
    LayoutUnit maxSqueeze = 0;
    std::size_t loneLastCharacters = 0;
    std::size_t ragged = 0;  ///< justified lines not flush at both edges
    std::size_t overfull = 0;
    std::size_t hyphenatedLines = 0;  ///< lines ending in a Latin word broken with a hyphen
    std::vector<RuleBreach> breaches;
};

/// Measures `galley` against the rules of clreq and GB/T 15834 at body size `em`.
GalleyQuality checkGalley(const Galley& galley, LayoutUnit em);

}  // namespace banmian::layout
