#include "app/render/GlyphPaths.h"

#include <QGuiApplication>
#include <cmath>

#include "fonts/StandaloneFace.h"

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

const QRawFont* GlyphPaths::rawFont(fonts::FontId font, double size) {
    const quint64 key = (quint64(font.value) << 32) | quint32(std::lround(size * 64));
    if (const auto it = m_rawFonts.constFind(key); it != m_rawFonts.constEnd()) return &*it;

    // Qt's fonts live in the GUI application; a command drawing a picture has none.
    if (!QGuiApplication::instance()) return nullptr;
    RawFace& face = m_rawFaces[font.value];
    if (!face.tried) {
        face.tried = true;
        const fonts::FontFace& source = m_registry.face(font);
        const auto standalone = fonts::standaloneFace(source.fileBytes(), source.info().faceIndex);
        if (standalone) {
            // QRawFont reads a collection's first face only: hand it the file where the face
            // draws from the first face's outlines, else a font of the face's own.
            face.copy = std::move(standalone->copy);
            const std::string_view bytes =
                    standalone->fileAsItIs ? source.fileBytes() : std::string_view(face.copy);
            face.font.loadFromData(
                    QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())), 12,
                    QFont::PreferNoHinting);
        }
    }
    if (!face.font.isValid()) return nullptr;
    QRawFont sized = face.font;
    sized.setPixelSize(size);
    return &*m_rawFonts.insert(key, sized);
}

}  // namespace banmian::app
