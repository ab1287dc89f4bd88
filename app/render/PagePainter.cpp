#include "app/render/PagePainter.h"

#include <QBuffer>
#include <QGlyphRun>
#include <QImage>
#include <algorithm>

#include "app/render/PhotoImage.h"
#include "app/render/ScreenColour.h"
#include "layout/base/AtomicFile.h"
#include "layout/output/PhotoPlacement.h"

namespace banmian::app {

namespace {

double pt(layout::LayoutUnit u) {
    return layout::toPoints(u);
}

}  // namespace

QRectF rectOf(const layout::Rect& r) {
    return {pt(r.x), pt(r.y), pt(r.width), pt(r.height)};
}

void paintRules(QPainter& painter, const std::vector<layout::PageRule>& rules,
                const layout::SoftProof* proof) {
    if (!proof) proof = defaultSoftProof().get();
    auto colour = [&](const layout::Colour& c) { return screenColour(c, proof); };
    for (const layout::PageRule& rule : rules) {
        const double width = pt(rule.width);
        QPen pen(colour(rule.colour), width);
        if (rule.dashGap > 0) {
            // Qt's dashes are in pen widths, PDF's in points; dots are zero-length dashes with
            // round caps, as in the PDF.
            pen.setCapStyle(rule.dots ? Qt::RoundCap : Qt::FlatCap);
            const double on = rule.dots ? 0 : pt(rule.dashOn) / width;
            pen.setDashPattern({on, pt(rule.dashGap) / width - on});
        } else {
            pen.setCapStyle(Qt::FlatCap);
        }
        painter.setPen(pen);
        painter.drawLine(QPointF(pt(rule.x1), pt(rule.y1)), QPointF(pt(rule.x2), pt(rule.y2)));
    }
}

void paintPage(QPainter& painter, const layout::PageLayout& page, GlyphPaths& glyphs,
               const PagePaintOptions& options) {
    const layout::PageGrid& grid = page.grid;
    painter.fillRect(QRectF(0, 0, pt(grid.trimWidth), pt(grid.trimHeight)), Qt::white);

    if (options.grid) {
        painter.setPen(QPen(QColor(0xc8, 0xdc, 0xf4), 0));
        for (int c = 0; c < grid.columns; ++c) {
            painter.drawRect(QRectF(pt(grid.columnX(c)), pt(grid.marginTop), pt(grid.columnWidth()),
                                    pt(grid.typeAreaHeight())));
        }
        for (int l = 0; l <= grid.lines; ++l) {
            painter.drawLine(
                    QPointF(pt(grid.marginLeft), pt(grid.lineY(l))),
                    QPointF(pt(grid.marginLeft + grid.typeAreaWidth()), pt(grid.lineY(l))));
        }
    }

    // Photo frames: the image when there is one that can be read, else a marked placeholder —
    // in red when a photo is named but cannot be read (moved, damaged): a designer must see at a
    // glance which frame the export will refuse. (No text: pictures are also drawn by the CLI,
    // where there is no QGuiApplication for fonts; the preflight names the file.)
    // Photos, tints and text alike as the plant's profile prints them (a soft proof); the
    // default's lives as long as the program.
    const layout::SoftProof* proof = options.proof ? options.proof : defaultSoftProof().get();
    for (const layout::PageImage& image : page.images) {
        const QRectF r = rectOf(image.rect);
        const QImage photo = image.path.empty() ? QImage() : photoImage(image.path, proof);
        if (!photo.isNull()) {  // placed and cropped as the PDF has it (one placePhoto())
            const layout::PhotoPlacement p =
                    layout::placePhoto(photo.width(), photo.height(), image.rect, image.crop);
            painter.save();
            painter.setClipRect(r);
            painter.drawImage(QRectF(r.x() + p.x, r.y() + p.y, p.width, p.height), photo);
            painter.restore();
            continue;
        }
        const bool missing = !image.path.empty();
        const QColor ink = missing ? QColor(0xd0, 0x10, 0x10) : QColor(0x99, 0x99, 0x99);
        painter.fillRect(r, QColor(0xe6, 0xe6, 0xe6));
        painter.setPen(QPen(ink, missing ? 1.5 : 0.5));
        painter.drawRect(r);
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
    }
    // Tints, bands and frames, rules and ornaments, then the text, as the PDF has them, in their
    // colours as the press prints them.
    auto colour = [&](const layout::Colour& c) { return screenColour(c, proof); };
    for (const layout::PageBox& box : page.boxes) {
        const QRectF r = rectOf(box.rect);
        if (box.fill) painter.fillRect(r, colour(*box.fill));
        if (box.stroke > 0) {
            painter.setPen(QPen(colour(box.strokeColour), pt(box.stroke), Qt::SolidLine,
                                Qt::SquareCap, Qt::MiterJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
    }
    paintRules(painter, page.rules, proof);
    painter.setPen(Qt::NoPen);
    for (const layout::PageShape& shape : page.shapes) {
        QPolygonF polygon;
        for (const layout::PagePoint& p : shape.points) polygon << QPointF(pt(p.x), pt(p.y));
        painter.setBrush(colour(shape.colour));
        painter.drawPolygon(polygon);
    }

    paintRuns(painter, page.runs, glyphs, options.outlines, options.area, proof);
}

QRectF inkBounds(const layout::PageRun& run) {
    if (run.glyphs.empty()) return {};
    const auto [left, right] = std::minmax_element(run.x.begin(), run.x.end());
    const auto [top, bottom] = std::minmax_element(run.y.begin(), run.y.end());
    const double size = pt(run.size);
    return QRectF(QPointF(pt(*left) - size * 0.25, pt(*top) - size * 1.1),
                  QPointF(pt(*right) + size * 1.25, pt(*bottom) + size * 0.4));
}

void paintRuns(QPainter& painter, const std::vector<layout::PageRun>& runs, GlyphPaths& glyphs,
               bool outlines, const QRectF& area, const layout::SoftProof* proof) {
    painter.save();
    QList<quint32> indexes;
    QList<QPointF> positions;
    for (const layout::PageRun& run : runs) {
        if (!area.isEmpty() && !area.intersects(inkBounds(run))) continue;
        const QColor ink = screenColour(run.colour, proof);
        painter.setPen(ink);
        painter.setBrush(ink);
        const double size = pt(run.size);
        // Glyphs turned in a vertical line (Latin words) are drawn in a frame turned a quarter
        // clockwise, where the page's (x, y) is (y, −x).
        const bool sideways = run.orientation == layout::GlyphOrientation::Sideways;
        const auto origin = [&](std::size_t g) {
            return sideways ? QPointF(pt(run.y[g]), -pt(run.x[g]))
                            : QPointF(pt(run.x[g]), pt(run.y[g]));
        };
        if (const QRawFont* raw = outlines ? nullptr : glyphs.rawFont(run.font, size)) {
            indexes.resize(static_cast<qsizetype>(run.glyphs.size()));
            positions.resize(indexes.size());
            for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
                indexes[static_cast<qsizetype>(g)] = run.glyphs[g];
                positions[static_cast<qsizetype>(g)] = origin(g);
            }
            QGlyphRun glyphRun;
            glyphRun.setRawFont(*raw);
            glyphRun.setGlyphIndexes(indexes);
            glyphRun.setPositions(positions);
            painter.save();
            if (sideways) painter.rotate(90);
            painter.drawGlyphRun(QPointF(0, 0), glyphRun);
            painter.restore();
            continue;
        }
        painter.setPen(Qt::NoPen);
        for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
            painter.save();
            if (sideways) painter.rotate(90);
            painter.translate(origin(g));
            painter.scale(size, size);
            painter.drawPath(glyphs.path(run.font, run.glyphs[g]));
            painter.restore();
        }
    }
    painter.restore();
}

std::optional<std::string> savePng(const QImage& image, const std::string& path) {
    // Encoded here, written by the engine's writer as every output is: atomically, through a
    // symbolic link to its target, straight into a device or pipe, `-` to standard output.
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return "cannot make the picture " + path + " (" + buffer.errorString().toStdString() + ")";
    if (const auto error = layout::writeFileAtomically(
                path, std::string_view(png.constData(), static_cast<std::size_t>(png.size()))))
        return error->message;
    return std::nullopt;
}

QImage pageImage(const layout::PageLayout& page, const fonts::FontRegistry& registry,
                 double pixelsPerPoint) {
    const QSize size(static_cast<int>(pt(page.grid.trimWidth) * pixelsPerPoint),
                     static_cast<int>(pt(page.grid.trimHeight) * pixelsPerPoint));
    if (size.isEmpty() || size.width() > 20000 || size.height() > 20000) return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(pixelsPerPoint, pixelsPerPoint);
    GlyphPaths glyphs(registry);
    paintPage(painter, page, glyphs);
    painter.end();
    return image;
}

std::optional<std::string> writePageImage(const layout::PageLayout& page,
                                          const fonts::FontRegistry& registry,
                                          const std::string& path, double pixelsPerPoint) {
    const QImage image = pageImage(page, registry, pixelsPerPoint);
    if (image.isNull()) return "the page is too large for a picture";
    return savePng(image, path);
}

}  // namespace banmian::app
