#pragma once

#include <QPainter>

#include "app/render/GlyphPaths.h"
#include "layout/page/PageLayout.h"

namespace banmian::app {

/// What to draw besides the page itself.
struct PagePaintOptions {
    bool grid = false;  ///< the column and line grid, in light blue, as designers switch it on
};

/// Draws a composed page in page points (1 unit = 1 pt; scale the painter for pixels): images or
/// their placeholders, boxes, rules, then the glyphs from the fonts' own outlines. The same code
/// serves the picture, and later the screen and the printer.
void paintPage(QPainter& painter, const layout::PageLayout& page, GlyphPaths& glyphs,
               const PagePaintOptions& options = {});

/// Draws `page` to a PNG at `pixelsPerPoint`; returns the error when the file cannot be written.
std::optional<std::string> writePageImage(const layout::PageLayout& page,
                                          const fonts::FontRegistry& registry,
                                          const std::string& path, double pixelsPerPoint = 1.5);

}  // namespace banmian::app
