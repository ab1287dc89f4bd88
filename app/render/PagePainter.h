#pragma once

#include <QImage>
#include <QPainter>
#include <optional>
#include <string>

#include "app/render/GlyphPaths.h"
#include "layout/colour/SoftProof.h"
#include "layout/output/PageLayout.h"

namespace banmian::app {

/// What to draw besides the page itself.
struct PagePaintOptions {
    bool grid = false;  ///< the column and line grid, in light blue, as designers switch it on
    /// Glyphs as filled outlines rather than from Qt's glyph cache: for printers, whose streams
    /// then hold vectors Qt cannot re-encode.
    bool outlines = false;
    /// The part of the page to draw, in points (what a view exposed); empty: all of it. Glyphs
    /// outside it are not drawn at all, rather than clipped one by one.
    QRectF area;
    /// Colours as the plant's output profile prints them (a soft proof); none: newsprint's
    /// default profile (defaultSoftProof()).
    const layout::SoftProof* proof = nullptr;
};

/// A page rectangle in points, as the painter, the page view and its overlay draw it.
QRectF rectOf(const layout::Rect& r);

/// Draws a composed page in page points (1 unit = 1 pt; scale the painter for pixels): images or
/// their placeholders, boxes, rules, then the glyphs from the fonts' own outlines. The same code
/// serves the picture, and later the screen and the printer.
void paintPage(QPainter& painter, const layout::PageLayout& page, GlyphPaths& glyphs,
               const PagePaintOptions& options = {});

/// Draws rules at their page positions (in points), solid, dashed or dotted as the PDF draws them,
/// each in its colour as `proof` shows it (none: the default soft proof).
void paintRules(QPainter& painter, const std::vector<layout::PageRule>& rules,
                const layout::SoftProof* proof = nullptr);

/// Where a run's glyphs put their ink, in points: their em boxes and a little around them
/// (accents, overhangs).
QRectF inkBounds(const layout::PageRun& run);

/// Draws glyph runs at their page positions (in points), from the fonts' own outlines, each in
/// its colour as `proof` shows it (none: the default soft proof).
void paintRuns(QPainter& painter, const std::vector<layout::PageRun>& runs, GlyphPaths& glyphs,
               bool outlines = false, const QRectF& area = {},
               const layout::SoftProof* proof = nullptr);

/// Saves a picture as PNG without ever leaving a half-written file; the error, if any.
std::optional<std::string> savePng(const QImage& image, const std::string& path);

/// A picture of `page` at `pixelsPerPoint` on white; a null image when the page is too large for
/// one.
QImage pageImage(const layout::PageLayout& page, const fonts::FontRegistry& registry,
                 double pixelsPerPoint);

/// Draws `page` to a PNG at `pixelsPerPoint`; returns the error when the file cannot be written.
std::optional<std::string> writePageImage(const layout::PageLayout& page,
                                          const fonts::FontRegistry& registry,
                                          const std::string& path, double pixelsPerPoint = 1.5);

}  // namespace banmian::app
