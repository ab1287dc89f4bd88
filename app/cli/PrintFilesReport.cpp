#include "app/cli/PrintFilesReport.h"

#include <iostream>

#include "app/cli/CommandLine.h"

namespace banmian::app {

int reportPrintFiles(const std::vector<layout::PageSent>& report,
                     const layout::EditionExportOptions& options) {
    int written = 0, sent = 0, refused = 0;
    for (const layout::PageSent& page : report) {
        for (const layout::Diagnostic& finding : page.findings) {
            if (finding.severity == layout::Severity::Error)
                std::cerr << "banmian edition export: page " << page.number << ": "
                          << (options.force ? "warning: " : "error: ") << layout::describe(finding)
                          << "\n";
        }
        if (!page.file.empty()) {
            ++written;
            sent += page.sent;
            std::cout << "page " << page.number << ": " << (options.folder / page.file).string()
                      << (page.sent ? " (已付印)" : " (not signed: a check copy)") << "\n";
        } else {
            refused += page.skipped.starts_with("refused");
            std::cout << "page " << page.number << ": not written: " << page.skipped << "\n";
        }
    }
    std::cout << written << " print files in " << options.folder.string() << ", " << sent
              << " pages sent (已付印)\n";
    return refused ? kExitBadInput : kExitOk;
}

}  // namespace banmian::app
