#pragma once

#include <cstdint>
#include <vector>

namespace banmian::fonts {

/// One step of a glyph's outline, in font units with y growing upwards.
struct OutlineCommand {
    enum class Verb : std::uint8_t { Move, Line, Quad, Cubic, Close };
    Verb verb = Verb::Move;
    float x[3] = {0, 0, 0};  ///< the end point last; control points before it (Quad: 1, Cubic: 2)
    float y[3] = {0, 0, 0};
};

/// A glyph's outline as renderers draw it: contours of lines and quadratic or cubic curves.
struct GlyphOutline {
    std::vector<OutlineCommand> commands;
};

}  // namespace banmian::fonts
