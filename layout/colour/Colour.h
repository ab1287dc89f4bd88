#pragma once

#include <array>
#include <string>
#include <vector>

namespace banmian::layout {

/// Ink amounts of the four process plates, each 0 (none) to 1 (solid).
using Cmyk = std::array<double, 4>;

/// An ink the plant prints, as the designer's swatch list names it: a mix of the four process
/// inks, or a spot ink (专色) printed from a plate of its own — the masthead's red on a two-colour
/// job. A spot ink carries the process mix that looks like it (its /Separation alternate), for
/// proofs and for a plant that prints it in process.
struct Swatch {
    std::string name;       ///< as the desk calls it: 黑, 报头红, 浅灰底纹
    std::string spot = {};  ///< the spot ink's plate (PANTONE 485 C); empty: a process colour
    Cmyk cmyk = {};         ///< the process mix, or the spot ink's look-alike in process inks

    bool operator==(const Swatch&) const = default;
};

/// A swatch at a tint, as a part of the page names its colour (a 底纹 of 报头红 at 10 %). An empty
/// name is the part's own default (black for text and rules).
struct Ink {
    std::string swatch = {};
    int tint = 100;  ///< per cent of the swatch

    bool operator==(const Ink&) const = default;
};

/// A colour resolved for the page: what the renderers and the PDF writer paint with.
struct Colour {
    std::string name = {};  ///< the swatch's, for messages; empty: black or the paper
    std::string spot = {};  ///< the spot ink's plate; empty: process
    Cmyk cmyk = {0, 0, 0, 1};  ///< the process mix at full strength (a spot ink's alternate)
    double tint = 1;           ///< the share of it, 0 to 1

    static Colour black() { return {}; }
    static Colour paper() { return {.name = {}, .spot = {}, .cmyk = {0, 0, 0, 0}, .tint = 1}; }
    /// The swatch at `tint` per cent (clamped to 0–100).
    static Colour of(const Swatch& swatch, int tint = 100);

    /// Solid process black: the one colour that overprints (printed over what is under it, so
    /// that no white gap opens when the plates are out of register).
    bool isBlack() const;
    /// No ink at all: the paper shows (reversed text, 反白).
    bool isPaper() const;
    /// On more than one plate, or a tint (a screen): fine lines and small type in it lose their
    /// shape when newsprint's plates are out of register.
    bool fragileWhenFine() const;
    /// The process inks it amounts to: the mix times the tint.
    Cmyk process() const;
    /// Total ink in per cent of one solid (a spot ink is one ink: its tint).
    double totalInk() const;
    /// As a message names it: "报头红 (PANTONE 485 C) 50 %", "C0 M100 Y100 K0".
    std::string describe() const;

    bool operator==(const Colour&) const = default;
};

/// The colour `ink` names among `swatches`; black when it names none (no swatch, or one taken out
/// of the list since).
Colour colourOf(const std::vector<Swatch>& swatches, const Ink& ink);

}  // namespace banmian::layout
