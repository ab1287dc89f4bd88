#pragma once

#include <string>

#include "fonts/FontRegistry.h"
#include "layout/base/Result.h"
#include "layout/page/PageLayout.h"

namespace banmian::layout {

/// What the plant asks of the file.
struct PdfOptions {
    std::string title;
    bool cropMarks = true;                  ///< crop marks (and room for them) outside the trim
    LayoutUnit bleed = fromMillimetres(3);  ///< BleedBox this far outside the TrimBox
    /// The registered characterization the page is printed to (PDF/X OutputIntent).
    std::string outputCondition = "IFRA26";
    std::string outputConditionInfo = "ISO 12647-3:2004 coldset offset on newsprint (IFRA26)";
    std::string creationDate;  ///< D:YYYYMMDDHHmmSS; empty: none (the file then depends on the page
                               ///< only)
};

/// The page as a print-ready PDF/X-1a:2001: text as text (subset fonts, ToUnicode from the
/// source), everything in DeviceCMYK with black text and rules at 100 % K overprinting, trim and
/// bleed boxes, crop marks in registration colour. Deterministic: the same page, the same bytes.
Result<std::string> exportPagePdf(const PageLayout& page, const fonts::FontRegistry& registry,
                                  const PdfOptions& options);

}  // namespace banmian::layout
