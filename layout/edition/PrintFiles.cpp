#include "layout/edition/PrintFiles.h"

#include "layout/base/AtomicFile.h"
#include "layout/pipeline/PageExport.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {

Result<std::vector<PageSent>> exportPrintFiles(const Edition& edition, const EditionPages& pages,
                                               PageComposer& composer,
                                               const EditionExportOptions& options) {
    std::error_code error;
    std::filesystem::create_directories(options.folder, error);
    if (error || !std::filesystem::is_directory(options.folder)) {
        return Diagnostic{0, "cannot make the folder " + options.folder.string() +
                                     " for the print files: " + error.message()};
    }
    // Every name first: a template that fails, or gives two pages one name, stops before a file
    // is written.
    std::vector<std::string> names;
    for (const EditionPage& page : edition.pages) {
        auto name = printFileName(options.nameTemplate, edition, page);
        if (!name) return name.error();
        for (const std::string& other : names) {
            if (other == name.value())
                return Diagnostic{0, "the file name template " + options.nameTemplate +
                                             " gives two pages the name " + other +
                                             ": add {page2} to it"};
        }
        names.push_back(name.value());
    }
    std::vector<PageSent> report;
    for (std::size_t i = 0; i < edition.pages.size(); ++i) {
        const EditionPage& page = edition.pages[i];
        PageSent sent;
        sent.number = page.number;
        auto opened = pages.open(page.number);
        if (!opened) return opened.error();
        const Document& document = opened.value();
        const bool signedOff = currentSignOff(document).has_value();
        if (!signedOff && !options.everyPage) {
            sent.skipped =
                    "not signed off (签样): the editor signs it off first, or --all writes it as "
                    "a check copy";
            report.push_back(std::move(sent));
            continue;
        }
        const std::filesystem::path file = options.folder / names[i];
        auto layout = composer.layout(document);
        if (!layout) return layout.error();
        ExportOptions exportOptions;
        exportOptions.cropMarks = options.cropMarks;
        exportOptions.time = exportClock();
        exportOptions.force = options.force;
        auto pdf = exportPage(document, layout.value(), composer, exportOptions);
        if (!pdf) return pdf.error();
        sent.findings = pdf.value().findings;
        if (pdf.value().refused) {
            sent.skipped =
                    "refused by the preflight: fix the above, or send it anyway with --force";
            report.push_back(std::move(sent));
            continue;
        }
        if (auto written = writeFileAtomically(file, pdf.value().bytes)) return *written;
        sent.file = names[i];
        if (signedOff) {
            if (auto marked = pages.markSent(page.number)) return *marked;
            sent.sent = true;
        }
        report.push_back(std::move(sent));
    }
    return report;
}

}  // namespace banmian::layout
