#pragma once

#include <QObject>
#include <QString>
#include <optional>
#include <vector>

#include "app/print/PrintSheets.h"
#include "layout/pipeline/PageExport.h"

class QAction;
class QMainWindow;
class QMenu;
class QPrinter;

namespace banmian::layout {
struct PageLayout;
struct PrintSettings;
}  // namespace banmian::layout

namespace banmian::app {

class PageDocument;

/// The production part of the window: File → Export PDF, Export Proof, Print Preview and Print, of
/// the page shown, and Print Settings, what the plant asks of the print file. The PDFs are written
/// by the engine's exportPage, as `banmian export` writes them; a print PDF the preflight would
/// refuse is asked about first (Export Anyway, the command's --force).
class ExportActions : public QObject {
    Q_OBJECT

public:
    ExportActions(QMainWindow& window, PageDocument& document);

    /// Adds the items to `file`; the Export PDF action, for the toolbar.
    QAction* addTo(QMenu& file);

    /// Writes the page as a print-ready PDF; the error, if any.
    std::optional<QString> exportPdf(const QString& path);
    /// Writes the page as a proof for review: its open marks and hints drawn in red with their
    /// notes beside the page, a list of them after it, and as PDF annotations (the print PDF never
    /// carries them), at the page's size or fitted to `paper` ("a3"); the error, if any.
    std::optional<QString> exportProof(const QString& path, const std::string& paper = {});
    /// Prints the page on `printer` as its print dialog left it: to paper, fitted or tiled
    /// (`fit`) when the page is larger; to a PDF file ("Print to File"), as the print-ready PDF
    /// that Export PDF writes, byte for byte. The error, if any.
    std::optional<QString> print(QPrinter& printer, PrintFit fit);
    /// Makes `settings` the document's print settings as one undo step ("Print Settings");
    /// whether they changed (the same settings add no step).
    bool changePrintSettings(const layout::PrintSettings& settings);

private:
    void chooseExportFile();
    void chooseProofFile(const std::string& paper);
    // What the plant would reject (the export's findings), asked about before the print PDF is
    // written; whether to go on (nothing to reject, or the designer insists).
    bool readyForPrint(const std::vector<layout::Diagnostic>& findings);
    // The page exported through the engine, forced, with what its preflight found.
    layout::Result<layout::PageExport> exportNow(bool proof, const std::string& paper = {});
    // The page as a print-ready PDF, or as a proof with its marks, written atomically.
    std::optional<QString> writePdf(const QString& path, bool proof, const std::string& paper = {});
    std::optional<QString> writeExport(const QString& path, const layout::PageExport& exported);
    // The page, or a message saying why there is none to print.
    const layout::PageLayout* pageToPrint();
    void printPage();
    void previewPage();
    void editPrintSettings();

    QMainWindow& m_window;
    PageDocument& m_document;
};

}  // namespace banmian::app
