#include "layout/text/ScriptRuns.h"

#include <unicode/uscript.h>

#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

// Marks a Chinese font sets full width (“”‘’ —— …… · and the CJK and full-width blocks) are
// shaped as Han wherever they stand: beside a Latin word (“SenseChat”) they must not turn into
// the font's narrow Latin quotes.
bool isChinesePunctuation(char32_t c) {
    return c == U'“' || c == U'”' || c == U'‘' || c == U'’' || c == U'—' || c == U'…' ||
           c == U'·' || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

hb_script_t scriptOf(char32_t c) {
    if (isChinesePunctuation(c)) return HB_SCRIPT_HAN;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(static_cast<UChar32>(c), &status);
    if (U_FAILURE(status) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED) {
        return HB_SCRIPT_COMMON;
    }
    if (code == USCRIPT_LATIN) return HB_SCRIPT_LATIN;
    return hb_script_from_string(uscript_getShortName(code), -1);
}

}  // namespace

std::vector<ScriptRun> splitScripts(std::string_view utf8, std::size_t begin, std::size_t end) {
    std::vector<ScriptRun> runs;
    for (std::size_t pos = begin; pos < end;) {
        const std::size_t start = pos;
        hb_script_t script = scriptOf(utf8::next(utf8, pos));
        if (script == HB_SCRIPT_COMMON) {
            if (!runs.empty()) {
                runs.back().end = pos;
                continue;
            }
            script = HB_SCRIPT_HAN;  // text that opens with a mark or digit shapes as Chinese
        }
        if (!runs.empty() && runs.back().script == script) {
            runs.back().end = pos;
        } else {
            runs.push_back({start, pos, script});
        }
    }
    return runs;
}

}  // namespace banmian::layout
