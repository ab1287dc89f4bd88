#pragma once

#include <QString>
#include <optional>

#include "app/print/PrintSheets.h"
#include "fonts/FontRegistry.h"
#include "layout/colour/SoftProof.h"
#include "layout/output/PageLayout.h"

class QPrinter;

namespace banmian::app {

/// Sets `printer` up for a page: its trim size, no margins (the page has its own), named `title`.
void preparePrinter(QPrinter& printer, const layout::PageLayout& page, const QString& title);

/// Prints a composed page through Qt PrintSupport with the same page painter the pictures use,
/// so paper shows the glyphs the PDF carries, where the PDF has them: at its own size on paper
/// that takes it, else fitted to the paper or tiled over several sheets (`fit`) — the whole page,
/// never clipped. Colours as `proof` shows them (the document's output profile; none: the
/// default), so that the desk's colour proof looks as the press will print. The error, if any.
std::optional<QString> printPage(QPrinter& printer, const layout::PageLayout& page,
                                 const fonts::FontRegistry& registry, PrintFit fit = PrintFit::Fit,
                                 const layout::SoftProof* proof = nullptr);

}  // namespace banmian::app
