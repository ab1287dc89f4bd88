#include "app/render/GlyphPaths.h"

namespace banmian::app {

const QPainterPath& GlyphPaths::path(fonts::FontId font, std::uint32_t glyph) {
    const quint64 key = (quint64(font.value) << 32) | glyph;
    if (const auto it = m_paths.constFind(key); it != m_paths.constEnd()) return *it;

    const fonts::FontFace& face = m_registry.face(font);
    const double unit = 1.0 / face.unitsPerEm();
    auto point = [unit](float x, float y) { return QPointF(x * unit, -y * unit); };  // y down
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const fonts::OutlineCommand& c : face.outline(glyph).commands) {
        using Verb = fonts::OutlineCommand::Verb;
        switch (c.verb) {
            case Verb::Move:
                path.moveTo(point(c.x[0], c.y[0]));
                break;
            case Verb::Line:
                path.lineTo(point(c.x[0], c.y[0]));
                break;
            case Verb::Quad:
                path.quadTo(point(c.x[0], c.y[0]), point(c.x[1], c.y[1]));
                break;
            case Verb::Cubic:
                path.cubicTo(point(c.x[0], c.y[0]), point(c.x[1], c.y[1]), point(c.x[2], c.y[2]));
                break;
            case Verb::Close:
                path.closeSubpath();
                break;
        }
    }
    return *m_paths.insert(key, path);
}

}  // namespace banmian::app
