#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "layout/base/Units.h"
#include "layout/text/Punctuation.h"

namespace banmian::layout {

/// The unit of line composition: one glyph cluster of a paragraph (a character, or the few a
/// ligature joins), with everything the line composer needs to know and nothing about fonts.
struct Cluster {
    std::size_t textBegin = 0, textEnd = 0;      ///< byte range in the paragraph's UTF-8
    std::uint32_t glyphBegin = 0, glyphEnd = 0;  ///< range in the paragraph's glyphs
    TypeClass type = TypeClass::Ideograph;
    LayoutUnit advance = 0;     ///< as the font sets it
    LayoutUnit blankLeft = 0;   ///< blank in the mark's cell, left of its ink (GB style)
    LayoutUnit blankRight = 0;  ///< blank right of its ink
    /// Blank taken away whatever the line, where two marks meet (。” ，“ ）、: clreq §3.1.6.2).
    LayoutUnit trimLeft = 0, trimRight = 0;
    /// A mark centred in its square (，。、：；！？ of Taiwan and Hong Kong): its blanks are not
    /// squeezed inside a line nor trimmed where it meets another mark, and give way only at a
    /// line's end (clreq §3.1.6: many Taiwan publications keep every mark a full em).
    bool blanksAtLineEndOnly = false;
    LayoutUnit spaceBefore = 0;  ///< the Han–Latin gap before it (clreq §3.2.4); none at line start
    bool breakAfter = false;     ///< a line may end after it
    bool joinsNext = false;  ///< no justification space after it: inside a word, number, —— or ……
    bool wordLetter = false;    ///< a letter of a Latin word
    bool hyphenBefore = false;  ///< the word it is in may be broken, with a hyphen, before it
    /// A letter of an ordinary word (small letters, the first perhaps a capital) of five letters
    /// or more, not part of a code or address (no digit, dot or slash joined to it): a word a
    /// line may break between any two letters, as the last resort against a line spread by 2 em.
    bool plainWordLetter = false;

    /// The width it takes in a line before any push-in or push-out.
    LayoutUnit naturalWidth() const { return advance - trimLeft - trimRight; }
    /// Counts as a character for 孤字 (a lone last character): not punctuation, not a space.
    bool isCharacter() const {
        return type == TypeClass::Ideograph || type == TypeClass::Latin || type == TypeClass::Other;
    }
};

/// A paragraph measured for composition: its clusters at one font size.
struct MeasuredParagraph {
    std::vector<Cluster> clusters;
    LayoutUnit em = 0;  ///< the body size: the em of every em-based rule
    /// The width of the hyphen set where a Latin word is broken; 0 forbids breaking words.
    LayoutUnit hyphenAdvance = 0;
};

}  // namespace banmian::layout
