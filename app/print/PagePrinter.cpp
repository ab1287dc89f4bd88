#include "app/print/PagePrinter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

#include "app/render/PagePainter.h"

namespace banmian::app {

void preparePrinter(QPrinter& printer, const layout::PageLayout& page, const QString& title) {
    const QSizeF trim(layout::toMillimetres(page.grid.trimWidth),
                      layout::toMillimetres(page.grid.trimHeight));
    printer.setPageLayout(
            QPageLayout(QPageSize(trim, QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF()));
    printer.setFullPage(true);
    printer.setDocName(title);
}

std::optional<QString> printPage(QPrinter& printer, const layout::PageLayout& page,
                                 const fonts::FontRegistry& registry, PrintFit fit,
                                 const layout::SoftProof* proof) {
    // With the full page on, the printer's origin is the sheet's corner; the paint rectangle is
    // what its margins leave.
    const QRectF printable = printer.pageLayout().paintRect(QPageLayout::Point);
    const QSizeF trim(layout::toPoints(page.grid.trimWidth),
                      layout::toPoints(page.grid.trimHeight));
    const std::vector<PrintSheet> sheets = printSheets(trim, printable, fit);
    if (sheets.empty()) {
        return QCoreApplication::translate("banmian::app::PagePrinter",
                                           "The paper chosen has no room to print on.");
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return QCoreApplication::translate("banmian::app::PagePrinter",
                                           "The printer cannot be opened.");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    GlyphPaths glyphs(registry);
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const PrintSheet& sheet = sheets[i];
        if (i > 0 && !printer.newPage()) {
            painter.end();
            return QCoreApplication::translate("banmian::app::PagePrinter",
                                               "The printer took no further sheet.");
        }
        painter.save();
        // The page painter draws in points; the printer's device counts in its own dots.
        painter.scale(printer.resolution() / 72.0, printer.resolution() / 72.0);
        painter.setClipRect(sheet.onSheet);
        painter.translate(sheet.onSheet.topLeft());
        painter.scale(sheet.scale, sheet.scale);
        painter.translate(-sheet.pagePart.topLeft());
        paintPage(painter, page, glyphs,
                  {.grid = false, .outlines = true, .area = sheet.pagePart, .proof = proof});
        painter.restore();
    }
    painter.end();
    return std::nullopt;
}

}  // namespace banmian::app
