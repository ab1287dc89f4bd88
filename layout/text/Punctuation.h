#pragma once

#include <cstdint>

#include "layout/base/Language.h"

namespace banmian::layout {

/// How a character behaves in Chinese line composition (clreq §3.1, GB/T 15834—2011 §5.1).
enum class TypeClass : std::uint8_t {
    Ideograph,  ///< Han, kana, full-width forms: one solid em cell
    Latin,      ///< letters and digits set at their own widths
    Space,      ///< a word space between Latin words
    Stop,       ///< 。？！ — ends a sentence; ink on the left of its cell (GB style)
    Pause,      ///< ，、；： — inside a sentence; ink on the left
    Opening,    ///< “‘（《【〔［｛〈〖「『 — ink on the right
    Closing,    ///< ”’）》】〕］｝〉〗」』 — ink on the left
    MiddleDot,  ///< · ・ — centred
    Dash,       ///< — (两个为破折号 ——)
    Ellipsis,   ///< … (两个为省略号 ……)
    Connector,  ///< – ～ and the hyphen: may not start a line
    Solidus,    ///< ／ /
    Other,      ///< symbols without rules of their own
};

/// The class of `c` for composition.
TypeClass classify(char32_t c);

/// True for the classes that have blank space in their cell to give up (标点挤压).
bool isCompressible(TypeClass type);

/// Which side of a full-width mark's cell is blank, as a share of the em. GB style (zh-Hans): 0 or
/// ½, ¼ for the middle dot. Taiwan and Hong Kong centre 。，、；：！？ in their square (clreq
/// §3.1.2, 居中式): ¼ on each side. Only meaningful when the font sets the mark a full em wide.
struct BlankSides {
    int leftQuarters = 0;
    int rightQuarters = 0;
};
BlankSides blankSides(TypeClass type, Language language = Language::Hans);

/// True for the marks a language sets centred in their square: 。，、；：！？ in zh-Hant.
bool isCentredMark(TypeClass type, Language language);

/// 避头尾 (clreq §3.1.4, GB style): may not start a line / may not end a line.
bool mayNotStartLine(char32_t c);
bool mayNotEndLine(char32_t c);

}  // namespace banmian::layout
