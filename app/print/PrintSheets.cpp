#include "app/print/PrintSheets.h"

#include <algorithm>
#include <cmath>

namespace banmian::app {
namespace {

// `part` (page points) at `scale`, centred in `printable`.
PrintSheet centred(const QRectF& part, const QRectF& printable, double scale) {
    const QSizeF size = part.size() * scale;
    const QPointF corner(printable.x() + (printable.width() - size.width()) / 2,
                         printable.y() + (printable.height() - size.height()) / 2);
    return {part, QRectF(corner, size), scale};
}

// Tiles of `tile` length that cover `length` with `overlap` between neighbours: their starts.
std::vector<double> tileStarts(double length, double tile) {
    if (length <= tile) return {0};
    const double step = tile - kTileOverlap;
    const int count = static_cast<int>(std::ceil((length - tile) / step)) + 1;
    std::vector<double> starts;
    for (int i = 0; i < count; ++i) starts.push_back(std::min(i * step, length - tile));
    return starts;
}

}  // namespace

std::vector<PrintSheet> printSheets(QSizeF page, const QRectF& printable, PrintFit fit) {
    if (page.isEmpty() || printable.isEmpty()) return {};
    const QRectF whole(QPointF(0, 0), page);
    // A hair of tolerance: paper named by the page's own size comes back rounded to 0.01 mm.
    constexpr double kSlack = 0.5;
    if (page.width() <= printable.width() + kSlack && page.height() <= printable.height() + kSlack)
        return {centred(whole, printable, 1)};
    if (fit == PrintFit::Fit) {
        const double scale =
                std::min(printable.width() / page.width(), printable.height() / page.height());
        return {centred(whole, printable, scale)};
    }
    // Tiles in reading order, across then down, each as much of the page as the sheet holds.
    // (A sheet too small for the overlap falls back to being fitted.)
    if (printable.width() <= 2 * kTileOverlap || printable.height() <= 2 * kTileOverlap)
        return printSheets(page, printable, PrintFit::Fit);
    std::vector<PrintSheet> sheets;
    for (double y : tileStarts(page.height(), printable.height())) {
        for (double x : tileStarts(page.width(), printable.width())) {
            const QRectF part = QRectF(x, y, printable.width(), printable.height()) & whole;
            sheets.push_back(centred(part, printable, 1));
        }
    }
    return sheets;
}

}  // namespace banmian::app
