#include "app/ui/ExportActions.h"

#include <algorithm>

#include <QAction>
#include <QFileDialog>
#include <QGroupBox>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include "app/edit/PageDocument.h"
#include "app/print/PagePrinter.h"
#include "app/ui/PrintSettingsDialog.h"
#include "layout/base/AtomicFile.h"
#include "layout/pipeline/PageExport.h"

namespace banmian::app {

ExportActions::ExportActions(QMainWindow& window, PageDocument& document)
    : QObject(&window), m_window(window), m_document(document) {}

QAction* ExportActions::addTo(QMenu& file) {
    QAction* exportPdf = file.addAction(tr("&Export PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                        this, &ExportActions::chooseExportFile);
    file.addAction(tr("Export Proo&f…"), this, [this] { chooseProofFile({}); });
    // A broadsheet proof on the desk's A3 printer, whole.
    file.addAction(tr("Export Proof on &A3…"), this, [this] { chooseProofFile("a3"); });
    file.addAction(tr("Print Pre&view…"), this, &ExportActions::previewPage);
    file.addAction(tr("&Print…"), QKeySequence::Print, this, &ExportActions::printPage);
    file.addAction(tr("Prin&t Settings…"), this, &ExportActions::editPrintSettings);
    return exportPdf;
}

std::optional<QString> ExportActions::exportPdf(const QString& path) {
    return writePdf(path, false);
}

std::optional<QString> ExportActions::exportProof(const QString& path, const std::string& paper) {
    return writePdf(path, true, paper);
}

layout::Result<layout::PageExport> ExportActions::exportNow(bool proof, const std::string& paper) {
    const layout::PageLayout* composed = m_document.layout();
    if (!composed) {
        return layout::Diagnostic{0, m_document.error().value_or(QString()).toStdString()};
    }
    // The command's own export, options and all (the slug line, SOURCE_DATE_EPOCH): the same page
    // gives the same file whichever of the two writes it. Forced: what the preflight found is in
    // the findings, for readyForPrint() to ask about before a print file is written.
    layout::ExportOptions options;
    options.kind = proof ? layout::ExportKind::Proof : layout::ExportKind::Print;
    options.time = layout::exportClock();
    options.force = true;
    options.knownMistakes = m_document.knownMistakes();
    if (!paper.empty()) options.paper = layout::paperSize(paper);
    return layout::exportPage(m_document.document(), *composed, m_document.composer(), options);
}

std::optional<QString> ExportActions::writePdf(const QString& path, bool proof,
                                               const std::string& paper) {
    const auto exported = exportNow(proof, paper);
    if (!exported) return QString::fromStdString(exported.error().message);
    return writeExport(path, exported.value());
}

std::optional<QString> ExportActions::writeExport(const QString& path,
                                                  const layout::PageExport& exported) {
    if (const auto error = layout::writeFileAtomically(path.toStdString(), exported.bytes))
        return QString::fromStdString(error->message);
    return std::nullopt;
}

void ExportActions::chooseProofFile(const std::string& paper) {
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Proof"), QString(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return;
    if (const auto error = exportProof(path, paper))
        QMessageBox::warning(&m_window, tr("Cannot export the proof"), *error);
    else
        m_window.statusBar()->showMessage(tr("Wrote the proof %1").arg(path), 5000);
}

bool ExportActions::readyForPrint(const std::vector<layout::Diagnostic>& findings) {
    QStringList problems;
    for (const layout::Diagnostic& d : findings) {
        if (d.severity == layout::Severity::Error)
            problems << QString::fromStdString(layout::describe(d));
    }
    if (problems.isEmpty()) return true;
    constexpr int kShown = 12;  // the rest are in the Findings panel
    if (problems.size() > kShown) {
        const auto more = static_cast<int>(problems.size() - kShown + 1);
        problems.resize(kShown - 1);
        problems << tr("… and %n more: see the Findings panel", "", more);
    }
    QMessageBox box(QMessageBox::Warning, tr("Not ready for print"),
                    tr("The printing plant would reject this page:\n\n%1\n\nFix it first, or "
                       "export it anyway.")
                            .arg(problems.join(QLatin1Char('\n'))),
                    QMessageBox::Cancel, &m_window);
    QPushButton* anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void ExportActions::chooseExportFile() {
    // Exported once, before the file is asked for: the findings the designer sees (the photos'
    // separation among them) are those of the very file written.
    const auto exported = exportNow(false);
    if (!exported) {
        QMessageBox::warning(&m_window, tr("Cannot export the PDF"),
                             QString::fromStdString(exported.error().message));
        return;
    }
    if (!readyForPrint(exported.value().findings)) return;
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export PDF"), QString(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) return;
    if (const auto error = writeExport(path, exported.value())) {
        QMessageBox::warning(&m_window, tr("Cannot export the PDF"), *error);
        return;
    }
    const auto separated =
            std::count_if(exported.value().findings.begin(), exported.value().findings.end(),
                          [](const layout::Diagnostic& d) { return d.kind == "photo-separated"; });
    QString said =
            tr("Wrote %1 (%2)").arg(path, QString::fromStdString(exported.value().description()));
    if (separated > 0)
        said += tr("; %n RGB photo(s) separated to CMYK", "", static_cast<int>(separated));
    m_window.statusBar()->showMessage(said, 8000);
}

const layout::PageLayout* ExportActions::pageToPrint() {
    const layout::PageLayout* composed = m_document.layout();
    if (!composed)
        QMessageBox::warning(&m_window, tr("Cannot print"), m_document.error().value_or(QString()));
    return composed;
}

std::optional<QString> ExportActions::print(QPrinter& printer, PrintFit fit) {
    const layout::PageLayout* composed = m_document.layout();
    if (!composed) return m_document.error().value_or(QString());
    // Print to File: the print-ready PDF (CMYK, text as text, bleed and marks), not Qt's picture
    // of the screen — a file that goes on to the plant must be the one Export writes.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return exportPdf(printer.outputFileName());
    return app::printPage(printer, *composed, m_document.registry(), fit,
                          m_document.softProof().get());
}

void ExportActions::printPage() {
    const layout::PageLayout* composed = pageToPrint();
    if (!composed) return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *composed, m_window.windowTitle());
    QPrintDialog dialog(&printer, &m_window);
    // A broadsheet on A3 or A4: scaled down to a proof, or at full size on sheets to paste up.
    auto* larger = new QGroupBox(tr("A page larger than the paper"));
    larger->setWindowTitle(tr("Page Size"));
    auto* fitted = new QRadioButton(tr("Fit it to the paper (a reduced proof)"), larger);
    auto* tiled = new QRadioButton(
            tr("Print it at full size on several sheets (tiles, 10 mm overlap)"), larger);
    fitted->setChecked(true);
    auto* layout = new QVBoxLayout(larger);
    layout->addWidget(fitted);
    layout->addWidget(tiled);
    layout->addStretch();
    dialog.setOptionTabs({larger});
    if (dialog.exec() != QDialog::Accepted) return;
    const bool toFile =
            printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    if (toFile) {
        const auto exported = exportNow(false);
        if (exported && !readyForPrint(exported.value().findings)) return;
    }
    if (const auto error = print(printer, tiled->isChecked() ? PrintFit::Tile : PrintFit::Fit)) {
        QMessageBox::warning(&m_window, tr("Cannot print"), *error);
    } else if (toFile) {
        m_window.statusBar()->showMessage(tr("Wrote %1").arg(printer.outputFileName()), 5000);
    }
}

void ExportActions::previewPage() {
    const layout::PageLayout* composed = pageToPrint();
    if (!composed) return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *composed, m_window.windowTitle());
    QPrintPreviewDialog preview(&printer, &m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, composed](QPrinter* target) {
                app::printPage(*target, *composed, m_document.registry(), PrintFit::Fit,
                               m_document.softProof().get());
            });
    preview.exec();
}

void ExportActions::editPrintSettings() {
    PrintSettingsDialog dialog(&m_window);
    dialog.setSettings(m_document.document().print);
    if (dialog.exec() != QDialog::Accepted) return;
    changePrintSettings(dialog.settings());
}

bool ExportActions::changePrintSettings(const layout::PrintSettings& settings) {
    if (settings == m_document.document().print) return false;
    layout::Document after = m_document.document();
    after.print = settings;
    // Composed again, so the Findings panel judges the photos by the new figures (it listens to
    // PageDocument::changed); the export and the print read them from the document.
    m_document.change(tr("Print Settings"), after);
    return true;
}

}  // namespace banmian::app
