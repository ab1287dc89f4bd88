#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <hb.h>

namespace banmian::layout {

/// A stretch of text in one script, as HarfBuzz needs it for shaping.
struct ScriptRun {
    std::size_t begin = 0, end = 0;  ///< byte offsets
    hb_script_t script = HB_SCRIPT_HAN;
};

/// Splits text into script runs. Characters common to scripts (digits, punctuation, spaces) and
/// combining marks join the run they are in, so that 109个 or “技能” stay with the Han run and
/// only Latin words are shaped as Latin (with their kerning and ligatures).
std::vector<ScriptRun> splitScripts(std::string_view utf8, std::size_t begin, std::size_t end);

}  // namespace banmian::layout
