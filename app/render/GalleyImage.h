#pragma once

#include <optional>
#include <string>

#include "fonts/FontRegistry.h"
#include "layout/text/Galley.h"

namespace banmian::app {

/// Draws a galley as a PNG picture, in columns side by side like a page, from the engine's own
/// glyph positions and the fonts' outlines — for looking at a composition by eye. Column edges
/// and the line grid are drawn in light blue. Returns the error message when it cannot write.
std::optional<std::string> writeGalleyImage(const layout::Galley& galley,
                                            const layout::ParagraphStyle& style,
                                            const fonts::FontRegistry& registry,
                                            const std::string& path);

}  // namespace banmian::app
