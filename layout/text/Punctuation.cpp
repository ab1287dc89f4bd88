#include "layout/text/Punctuation.h"

#include <string_view>

#include "layout/base/CharClass.h"

namespace banmian::layout {
TypeClass classify(char32_t c) {
    if (oneOf(c, U"。．？！")) return TypeClass::Stop;
    if (oneOf(c, U"，、；：")) return TypeClass::Pause;
    if (oneOf(c, U"“‘（《【〔［｛〈〖「『〘")) return TypeClass::Opening;
    if (oneOf(c, U"”’）》】〕］｝〉〗」』〙")) return TypeClass::Closing;
    if (oneOf(c, U"·・‧•")) return TypeClass::MiddleDot;
    if (oneOf(c, U"—―⸺")) return TypeClass::Dash;
    if (oneOf(c, U"…⋯")) return TypeClass::Ellipsis;
    if (oneOf(c, U"–～~‐-")) return TypeClass::Connector;
    if (oneOf(c, U"／/")) return TypeClass::Solidus;
    if (c == U' ' || c == U'\u00A0') return TypeClass::Space;
    if (isLatinLetter(c) || isDigit(c) || (c >= 0x00C0 && c <= 0x024F) ||
        (c >= 0x0370 && c <= 0x03FF) || (c >= 0x0400 && c <= 0x04FF)) {
        // Full-width letters and digits sit in em cells like ideographs.
        return c >= 0xFF00 ? TypeClass::Ideograph : TypeClass::Latin;
    }
    if (isHan(c) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF) ||
        c == U'\u3000') {
        return TypeClass::Ideograph;
    }
    if (c < 0x80) return TypeClass::Latin;  // ASCII punctuation inside Latin text
    return TypeClass::Other;
}

bool isCompressible(TypeClass type) {
    return type == TypeClass::Stop || type == TypeClass::Pause || type == TypeClass::Opening ||
           type == TypeClass::Closing || type == TypeClass::MiddleDot;
}

bool isCentredMark(TypeClass type, Language language) {
    return isTraditional(language) && (type == TypeClass::Stop || type == TypeClass::Pause);
}

BlankSides blankSides(TypeClass type, Language language) {
    if (isCentredMark(type, language)) return {1, 1};
    switch (type) {
        case TypeClass::Stop:
        case TypeClass::Pause:
        case TypeClass::Closing:
            return {0, 2};
        case TypeClass::Opening:
            return {2, 0};
        case TypeClass::MiddleDot:
            return {1, 1};
        default:
            return {};
    }
}

bool mayNotStartLine(char32_t c) {
    switch (classify(c)) {
        case TypeClass::Stop:
        case TypeClass::Pause:
        case TypeClass::Closing:
        case TypeClass::MiddleDot:
        case TypeClass::Connector:
        case TypeClass::Solidus:
            return true;
        default:
            // Half-width marks that end a clause, and the postfixes of numbers (50%, 30℃).
            return oneOf(c,
                         U"!),.:;?]}%"
                         U"‰℃°′″、〃々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ");
    }
}

bool mayNotEndLine(char32_t c) {
    return classify(c) == TypeClass::Opening || oneOf(c, U"([{$£¥￥＄￡");
}

}  // namespace banmian::layout
