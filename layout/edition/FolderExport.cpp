#include "layout/edition/FolderExport.h"

#include "layout/base/LocalTime.h"
#include "layout/edition/FolderEdition.h"
#include "layout/pipeline/PageExport.h"

namespace banmian::layout {

Result<std::vector<PageSent>> exportFolderEdition(const std::filesystem::path& folder,
                                                  Edition& edition, PageComposer& composer,
                                                  const EditionExportOptions& options) {
    EditionPages pages;
    pages.open = [&](int number) { return openFolderPage(folder, edition, number, composer); };
    pages.markSent = [&](int number) -> std::optional<Diagnostic> {
        Edition marked = edition;
        EditionPage* page = marked.page(number);
        if (!page) return Diagnostic{0, "the edition has no page " + std::to_string(number)};
        page->sent = true;
        page->sentAt = isoLocalTime(exportClock());
        if (auto written = writeFolderEdition(folder, marked)) return written;
        edition = std::move(marked);
        return std::nullopt;
    };
    // The pages as they were when the export began: the marks sent change `edition` meanwhile.
    const Edition asked = edition;
    return exportPrintFiles(asked, pages, composer, options);
}

}  // namespace banmian::layout
