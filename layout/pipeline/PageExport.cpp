#include "layout/pipeline/PageExport.h"

#include <cstdlib>

#include "layout/colour/OutputCondition.h"
#include "layout/colour/PrintPhotos.h"
#include "layout/flow/PageFlow.h"
#include "layout/model/MastheadText.h"
#include "layout/pdf/PdfExporter.h"
#include "layout/proof/MarkAnnotations.h"
#include "layout/proof/MarkDrawing.h"
#include "layout/proof/MarkList.h"
#include "layout/proof/MarkWords.h"
#include "layout/proof/OpenHints.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {
namespace {

std::string formatTime(std::time_t when, const char* format) {
    std::tm local{};
    localtime_r(&when, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, format, &local);
    return buffer;
}

// The print file's title and slug line: paper, page, date and when it was exported, where the
// plant reads which page and which export it holds.
PdfOptions pdfOptions(const Page& page, const ExportOptions& options, const FlowStyles& styles,
                      Typesetter& typesetter) {
    PdfOptions pdf;
    // PDF/X-1a:2001 (ISO 15930-1) requires a /Title: the masthead's name and date, or for a page
    // without them, which page it is.
    for (const std::string& part : {page.masthead.title, mastheadDate(page.masthead)}) {
        if (part.empty()) continue;
        pdf.title += (pdf.title.empty() ? "" : " ") + part;
    }
    if (pdf.title.empty()) pdf.title = "第1版";
    pdf.cropMarks = options.cropMarks;
    pdf.time = options.time;
    const std::string slug = page.masthead.title + "　第1版　" + mastheadDate(page.masthead) +
                             "　导出 " + formatTime(options.time, "%Y-%m-%d %H:%M") + "　Banmian";
    pdf.slug = slugLine(page.grid, slug, styles.folio, typesetter);
    return pdf;
}

}  // namespace

std::time_t exportClock() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"))
        return static_cast<std::time_t>(std::atoll(epoch));
    return std::time(nullptr);
}

std::optional<std::pair<double, double>> paperSize(std::string_view name) {
    if (name == "a3" || name == "A3") return std::pair{841.89, 1190.55};
    if (name == "a4" || name == "A4") return std::pair{595.28, 841.89};
    return std::nullopt;
}

std::string PageExport::description() const {
    if (kind == ExportKind::Proof)
        return "proof with " + std::to_string(annotations) + " annotations";
    return "PDF/X-1a:2001 for " + condition;
}

Result<PageExport> exportPage(const Document& document, const PageLayout& layout,
                              PageComposer& composer, const ExportOptions& options) {
    const bool proof = options.kind == ExportKind::Proof;
    // The plant's profile: the command's, else the one the document names; none, newsprint.
    const PrintSettings& print = document.print;
    std::string profile = options.iccProfile;
    if (profile.empty() && !print.outputProfile.empty()) {
        const auto bytes = readImageFile(print.outputProfile);
        if (!bytes) {
            return Diagnostic{0, "the plant's colour profile " +
                                         (print.outputProfileName.empty()
                                                  ? std::string()
                                                  : "“" + print.outputProfileName + "” ") +
                                         "cannot be read from " + print.outputProfile +
                                         ": choose it again in Print Settings, or clear it to "
                                         "print to newsprint (IFRA26)"};
        }
        profile = *bytes;
    }
    OutputCondition condition = newsprintCondition();
    if (!profile.empty()) {
        auto named = outputConditionOf(profile);
        if (!named) return named.error();
        condition = std::move(named).value();
    }
    PrintPhotos photos(
            {.outputProfile = profile, .intent = print.intent, .inkLimit = print.inkLimit});

    PageExport out;
    out.kind = options.kind;
    out.condition =
            condition.identifier == "Custom" ? "Custom: " + condition.info : condition.identifier;
    out.findings = preflight(document.page, layout, document.stories, print);
    for (Diagnostic& finding : preflightPhotoColour(document.page, document.stories, photos))
        out.findings.push_back(std::move(finding));
    // What the plant would reject (an error) stops a print file unless forced; a proof goes to the
    // desk, not to the plant, and is made whatever the page still lacks.
    for (const Diagnostic& finding : out.findings)
        out.refused =
                out.refused || (finding.severity == Severity::Error && !proof && !options.force);
    if (out.refused) return out;

    const auto styles = composer.styles(document.styles);
    if (!styles) return styles.error();
    PdfOptions pdf = pdfOptions(document.page, options, *styles.value(), composer.typesetter());
    pdf.condition = std::move(condition);
    pdf.photos = &photos;
    if (proof) {
        pdf.title += " 校样";
        // The marks drawn on the page as a proofreader draws them, with their notes beside the
        // trim, then the pages that list them: what reads on paper; and the annotations, for
        // readers on screen.
        const std::vector<ProofMark> numbered =
                numberedMarks(document.stories, proofMarks(document, options.knownMistakes));
        std::vector<MarkToDraw> toDraw;
        for (const ProofMark& mark : numbered) toDraw.push_back({mark, markNote(mark)});
        const MarkInk ink = markInk(styles.value()->body);
        const MarkDrawing drawing = drawMarks(layout, toDraw, composer.typesetter(), ink);
        std::vector<PageLayout> pages{layout};
        pages.front().runs.insert(pages.front().runs.end(), drawing.runs.begin(),
                                  drawing.runs.end());
        pages.front().rules.insert(pages.front().rules.end(), drawing.rules.begin(),
                                   drawing.rules.end());
        // What changed since the last round's proof, for the red to be checked (核红).
        const std::vector<TextRange> changes = changesSinceLastRound(document);
        for (const PageRule& rule : drawChanges(layout, changes, ink))
            pages.front().rules.push_back(rule);
        for (PageLayout& list : markListPages(layout.grid, pdf.title, numbered, document,
                                              changes.size(), composer.typesetter(), ink))
            pages.push_back(std::move(list));
        pdf.noteColumn = ink.column;
        // The page as it is now, inside its proof: what `banmian proof import` composes again to
        // find the text under a proofreader's annotations, however the page changed since.
        pdf.sourceDocument = documentToJson(document);
        pdf.paper = options.paper;
        auto written =
                exportProofPdf(pages, composer.registry(), pdf, proofAnnotations(layout, numbered));
        if (!written) return written.error();
        out.annotations = written.value().annotations;
        out.bytes = std::move(written).value().bytes;
    } else {
        auto written = exportPagePdf(layout, composer.registry(), pdf);
        if (!written) return written.error();
        out.bytes = std::move(written).value();
    }
    return out;
}

}  // namespace banmian::layout
