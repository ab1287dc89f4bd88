#pragma once

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QRawFont>
#include <string>

#include "fonts/FontRegistry.h"

namespace banmian::app {

/// The glyphs the engine placed, for Qt to draw, from the very face the engine shaped with: as
/// outlines (Qt paths, one em = 1.0, y downwards), made once per glyph, for printers; and as
/// QRawFonts at each size, whose rasterised glyphs Qt caches, for the screen — a page of 5,000
/// glyphs repaints in a few milliseconds where filling their paths took thirty.
class GlyphPaths {
public:
    explicit GlyphPaths(const fonts::FontRegistry& registry) : m_registry(registry) {}

    const QPainterPath& path(fonts::FontId font, std::uint32_t glyph);
    /// The face at `size` (in the painter's units); nothing when Qt cannot load it.
    const QRawFont* rawFont(fonts::FontId font, double size);

private:
    struct RawFace {
        bool tried = false;
        std::string copy;  // a collection's face made a font of its own, when Qt needs one
        QRawFont font;
    };

    const fonts::FontRegistry& m_registry;
    QHash<quint64, QPainterPath> m_paths;
    QHash<quint32, RawFace> m_rawFaces;
    QHash<quint64, QRawFont> m_rawFonts;  // by font and size
};

}  // namespace banmian::app
