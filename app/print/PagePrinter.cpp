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
                                 const fonts::FontRegistry& registry) {
    QPainter painter;
    if (!painter.begin(&printer)) {
        return QCoreApplication::translate("banmian::app::PagePrinter",
                                           "The printer cannot be opened.");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // The page painter draws in points; the printer's device counts in its own dots.
    painter.scale(printer.resolution() / 72.0, printer.resolution() / 72.0);
    GlyphPaths glyphs(registry);
    paintPage(painter, page, glyphs, {.grid = false, .outlines = true, .area = {}});
    painter.end();
    return std::nullopt;
}

}  // namespace banmian::app
