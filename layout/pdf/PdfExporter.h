#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/FontRegistry.h"
#include "layout/base/Result.h"
#include "layout/colour/OutputCondition.h"
#include "layout/colour/PrintPhotos.h"
#include "layout/output/PageLayout.h"
#include "layout/pdf/ProofAnnotations.h"

namespace banmian::layout {

/// What the plant asks of the file.
struct PdfOptions {
    std::string title;
    bool cropMarks = true;                  ///< crop marks (and room for them) outside the trim
    LayoutUnit bleed = fromMillimetres(3);  ///< BleedBox this far outside the TrimBox
    /// The printing condition the page is made for (its OutputIntent): coldset newsprint by
    /// default, or the one a plant's profile names (outputConditionOf()).
    OutputCondition condition = newsprintCondition();
    /// The photos made ready for the press, shared with the caller's preflight (which reported
    /// what could not be made ready); none: the writer makes its own, separated to the
    /// condition's profile (or the default CMYK profile) with newsprint's ink limit.
    PrintPhotos* photos = nullptr;
    /// When the file is made: its /CreationDate and /ModDate (PDF/X-1a:2001, ISO 15930-1, asks
    /// for both), and the date of a proof's hints. The caller's clock (exportClock()), so that a
    /// fixed SOURCE_DATE_EPOCH gives the same bytes; by default the epoch, as the page alone.
    std::time_t time = 0;
    /// Glyphs of the slug line (paper, page, date and time of export), in page units, set below
    /// the trim by the caller; printed outside the trim only when there are crop marks.
    std::vector<PageRun> slug;
    /// A proof's room beside the trim, left and right, where the marks' notes are written.
    LayoutUnit noteColumn = 0;
    /// The paper the file is printed on (width, height in pt; A3: 842 × 1191): each page scaled
    /// down to fit it, whole. None: at the page's size.
    std::optional<std::pair<double, double>> paper;
    /// A proof's: the document it was drawn from (documentToJson's text), carried compressed as
    /// the embedded file kProofSourceFile (PdfAnnotationReader.h), so that the annotations a
    /// proofreader adds can be read back onto the very text they were drawn over. None: none.
    std::string sourceDocument;
};

/// Several pages in one file (a galley's), sharing their fonts; as exportPagePdf otherwise.
Result<std::string> exportPdf(const std::vector<PageLayout>& pages,
                              const fonts::FontRegistry& registry, const PdfOptions& options);

/// The page as a print-ready PDF/X-1a:2001: text as text (subset fonts, ToUnicode from the
/// source), everything in DeviceCMYK with black text and rules at 100 % K overprinting, trim and
/// bleed boxes, crop marks in registration colour. Deterministic: the same page, the same bytes.
Result<std::string> exportPagePdf(const PageLayout& page, const fonts::FontRegistry& registry,
                                  const PdfOptions& options);

/// A proof PDF and how many annotations it carries.
struct ProofPdf {
    std::string bytes;
    std::size_t annotations = 0;
};

/// The page as a proof for review (校样): `pages` — the page as exportPagePdf draws it, with the
/// marks drawn on it, then the pages that list them —, and on the first, `annotations`
/// (the open marks, as proof/MarkAnnotations makes them) as standard PDF annotations that common
/// readers show and print (ProofAnnotations.h): deletions and changes struck out in red,
/// insertions as carets, other marks highlighted, comments as notes in the margin, the automatic
/// checks' hints in blue. Not PDF/X (which forbids annotations on the page): no OutputIntent, no
/// GTS_PDFX keys; PDF 1.6.
Result<ProofPdf> exportProofPdf(const std::vector<PageLayout>& pages,
                                const fonts::FontRegistry& registry, const PdfOptions& options,
                                const std::vector<ProofAnnotation>& annotations);

}  // namespace banmian::layout
