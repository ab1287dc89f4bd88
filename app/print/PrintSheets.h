#pragma once

#include <QRectF>
#include <QSizeF>
#include <vector>

namespace banmian::app {

/// How a page larger than the paper is printed: scaled down to the sheet (an A3 or A4 proof of a
/// broadsheet), or at its own size across several sheets that are pasted together (tiles). A
/// page the paper takes is printed at its own size either way, never scaled up.
enum class PrintFit { Fit, Tile };

/// One sheet of paper: the part of the page it shows (in page points) and where that part goes
/// on the sheet (in sheet points) — the same shape, scaled by `scale`.
struct PrintSheet {
    QRectF pagePart;
    QRectF onSheet;
    double scale = 1;
};

/// Tiles overlap by this much, so that they can be trimmed and pasted without a gap (in points:
/// 10 mm).
inline constexpr double kTileOverlap = 10 * 72 / 25.4;

/// The sheets that print a page of `page` size on paper whose printable area is `printable` (in
/// sheet points, from the sheet's corner), centred on each sheet; the whole page is on them,
/// never clipped. Empty when either has no size.
std::vector<PrintSheet> printSheets(QSizeF page, const QRectF& printable, PrintFit fit);

}  // namespace banmian::app
