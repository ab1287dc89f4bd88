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
    const QSize size(
            static_cast<int>((2 * margin + columns * columnWidth + (columns - 1) * gutter) *
                             kPixelsPerPoint),
            static_cast<int>((2 * margin + kLinesPerColumn * leading) * kPixelsPerPoint));
    if (size.width() > 30000 || size.height() > 30000)
        return "the galley is too long for one picture";

    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(kPixelsPerPoint, kPixelsPerPoint);

    const QPen grid(QColor(0x9c, 0xc4, 0xf0), 0);
    for (int c = 0; c < columns; ++c) {
        const double left = margin + c * (columnWidth + gutter);
        painter.setPen(grid);
        painter.drawLine(QPointF(left, margin), QPointF(left, margin + kLinesPerColumn * leading));
        painter.drawLine(QPointF(left + columnWidth, margin),
                         QPointF(left + columnWidth, margin + kLinesPerColumn * leading));
    }

    // The lines' glyphs at their places in the picture, as page runs (in page units).
    std::vector<layout::PageRun> runs;
    painter.setPen(QPen(QColor(0xe4, 0xee, 0xfa), 0));
    for (const Placed& p : placed) {
        const int column = p.slot / kLinesPerColumn;
        const double left = margin + column * (columnWidth + gutter);
        const double top = margin + (p.slot % kLinesPerColumn) * leading;
        const layout::LayoutUnit emTop = p.line->baseline % style.leading;
        const layout::LayoutUnit baseline = layout::fromPoints(top) + emTop;
        painter.drawLine(QPointF(left, layout::toPoints(baseline)),
                         QPointF(left + columnWidth, layout::toPoints(baseline)));
        layout::appendLine(*p.line, {}, layout::fromPoints(left), baseline, -1,
                           runs);  // pictures need no text
    }
    GlyphPaths paths(registry);
    paintRuns(painter, runs, paths);
    painter.end();
    return savePng(image, path);
}

}  // namespace banmian::app
