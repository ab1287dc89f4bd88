#include "app/render/GalleyImage.h"

#include <QImage>
#include <QPainter>
#include <algorithm>

#include "app/render/GlyphPaths.h"
#include "app/render/PagePainter.h"

namespace banmian::app {

namespace {

constexpr double kPixelsPerPoint = 3.0;
constexpr int kLinesPerColumn = 50;

}  // namespace

std::optional<std::string> writeGalleyImage(const layout::Galley& galley,
                                            const layout::ParagraphStyle& style,
                                            const fonts::FontRegistry& registry,
                                            const std::string& path) {
    // Lay the lines out as one long galley, then cut it into columns of kLinesPerColumn lines.
    struct Placed {
        const layout::TypesetLine* line;
        int slot;  // line number in the galley
    };
    std::vector<Placed> placed;
    int slot = 0;
    for (const auto& paragraph : galley.paragraphs) {
        for (const auto& line : paragraph.typeset.lines) placed.push_back({&line, slot++});
    }
    const int columns = std::max(1, (slot + kLinesPerColumn - 1) / kLinesPerColumn);
    const double em = layout::toPoints(style.size);
    const double leading = layout::toPoints(style.leading);
    const double columnWidth = layout::toPoints(galley.width);
    const double gutter = 2 * em, margin = 2 * em;
    // A vertical galley's lines stand from right to left, its columns one below another.
    const bool vertical = style.vertical;
    const double across = 2 * margin + columns * columnWidth + (columns - 1) * gutter;
    const double along = 2 * margin + kLinesPerColumn * leading;
    const QSize size(static_cast<int>((vertical ? along : across) * kPixelsPerPoint),
                     static_cast<int>((vertical ? across : along) * kPixelsPerPoint));
    if (size.width() > 30000 || size.height() > 30000)
        return "the galley is too long for one picture";

    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(kPixelsPerPoint, kPixelsPerPoint);
    // Drawn as if horizontal, (start, across) turned to the page for a vertical galley.
    const double pageWidth = vertical ? along : across;
    const auto at = [&](double start, double line) {
        return vertical ? QPointF(pageWidth - line, start) : QPointF(start, line);
    };

    const QPen grid(QColor(0x9c, 0xc4, 0xf0), 0);
    for (int c = 0; c < columns; ++c) {
        const double start = margin + c * (columnWidth + gutter);
        painter.setPen(grid);
        for (const double edge : {start, start + columnWidth})
            painter.drawLine(at(edge, margin), at(edge, margin + kLinesPerColumn * leading));
    }

    // The lines' glyphs at their places in the picture, as page runs (in page units).
    std::vector<layout::PageRun> runs;
    painter.setPen(QPen(QColor(0xe4, 0xee, 0xfa), 0));
    for (const Placed& p : placed) {
        const int column = p.slot / kLinesPerColumn;
        const double start = margin + column * (columnWidth + gutter);
        const double top = margin + (p.slot % kLinesPerColumn) * leading;
        const double line = top + layout::toPoints(p.line->baseline % style.leading);
        painter.drawLine(at(start, line), at(start + columnWidth, line));
        // Pictures need no text.
        if (vertical) {
            layout::appendVerticalLine(*p.line, {}, layout::fromPoints(start),
                                       layout::fromPoints(pageWidth - line), -1, runs);
        } else {
            layout::appendLine(*p.line, {}, layout::fromPoints(start), layout::fromPoints(line), -1,
                               runs);
        }
    }
    GlyphPaths paths(registry);
    paintRuns(painter, runs, paths);
    painter.end();
    return savePng(image, path);
}

}  // namespace banmian::app
