#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/base/Result.h"
#include "layout/compose/Preflight.h"
#include "layout/document/Document.h"
#include "layout/output/PageLayout.h"
#include "layout/pipeline/PageComposer.h"
#include "layout/proof/KnownMistakes.h"

namespace banmian::layout {

/// Which file an export makes.
enum class ExportKind {
    Print,  ///< the print-ready PDF/X-1a for the plant
    Proof,  ///< a proof for review (校样): the open marks and undecided hints as annotations
};

/// How a page is exported: the one set of options the window's Export PDF and Export Proof and
/// `banmian export` fill in, so that the same page with the same options gives the same bytes.
struct ExportOptions {
    ExportKind kind = ExportKind::Print;
    /// Crop marks and, below the trim, the slug line (paper, page, date, time of export);
    /// without them, the page at its bleed size.
    bool cropMarks = true;
    /// The plant's own CMYK output profile (the file's bytes, the command's --icc), before the
    /// one the document names (PrintSettings::outputProfile); neither: IFRA26 named.
    std::string iccProfile;
    /// When the file is made: its slug line, its /CreationDate and /ModDate, a proof's hints'
    /// date (see exportClock()).
    std::time_t time = 0;
    /// Write the print file even where the preflight found what the plant would reject.
    bool force = false;
    /// The newsroom's known mistakes a proof's hints look for besides the common slips: the list
    /// beside the page (readKnownMistakesBeside()), as the window's hints do.
    std::vector<KnownMistake> knownMistakes;
    /// A proof printed on smaller paper than the page (a broadsheet on A3): the paper's width and
    /// height in pt, the proof fitted to it. None: at the page's size.
    std::optional<std::pair<double, double>> paper;
};

/// Paper a proof is fitted to, by name: "a3", "a4" (portrait); none for another name.
std::optional<std::pair<double, double>> paperSize(std::string_view name);

/// When an export happens: SOURCE_DATE_EPOCH when set (reproducible files), else now.
std::time_t exportClock();

/// A page exported.
struct PageExport {
    ExportKind kind = ExportKind::Print;
    std::string bytes;  ///< the PDF; none when refused
    /// What the preflight found, each with its place: errors stop a print file (unless forced);
    /// a proof is made whatever the page lacks.
    std::vector<Diagnostic> findings;
    bool refused = false;  ///< not written: a finding blocks a print file and `force` was not set
    std::size_t annotations = 0;  ///< a proof's
    /// The printing condition a print file names: "IFRA26", "Custom: Artifex CMYK SWOP Profile".
    std::string condition;

    /// What was written, as the command says it: "PDF/X-1a:2001 for IFRA26", "proof with 3
    /// annotations".
    std::string description() const;
};

/// The document's composed page `layout` exported as `options` ask: the preflight first, then a
/// print-ready PDF/X-1a (titled with the masthead, with the slug line under the trim) or a proof
/// PDF: the open marks and the hints not yet decided on drawn in red on the page, numbered, their
/// notes beside the trim (drawMarks(), as the window draws them), then pages that list them all,
/// and each as a standard annotation as well, for readers on screen. Photos are separated
/// to the plant's CMYK (each a note among the findings). The error: a profile that is no
/// version 2 CMYK output profile or cannot be read, a face that cannot be embedded.
Result<PageExport> exportPage(const Document& document, const PageLayout& layout,
                              PageComposer& composer, const ExportOptions& options);

}  // namespace banmian::layout
