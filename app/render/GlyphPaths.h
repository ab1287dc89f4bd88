#pragma once

#include <QHash>
#include <QPainterPath>

#include "fonts/FontRegistry.h"

namespace banmian::app {

/// Glyph outlines as Qt paths, one em = 1.0 with y growing downwards, made once per glyph from the
/// face the engine shaped with — so that what is drawn is exactly the glyph that was placed.
class GlyphPaths {
public:
    explicit GlyphPaths(const fonts::FontRegistry& registry) : m_registry(registry) {}

    const QPainterPath& path(fonts::FontId font, std::uint32_t glyph);

private:
    const fonts::FontRegistry& m_registry;
    QHash<quint64, QPainterPath> m_paths;
};

}  // namespace banmian::app
