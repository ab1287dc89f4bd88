#include "layout/edition/FolderExport.h"

#include <ctime>

#include "layout/edition/FolderEdition.h"
#include "layout/pipeline/PageExport.h"

namespace banmian::layout {

namespace {

// ISO 8601 with the local offset (2026-12-05T23:40:00+08:00), as the database's sent_at reads.
std::string isoTime(std::time_t when) {
    std::tm local{};
    localtime_r(&when, &local);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string iso = text;
    if (iso.size() > 5) iso.insert(iso.size() - 2, ":");
    return iso;
}

}  // namespace

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
        page->sentAt = isoTime(exportClock());
        if (auto written = writeFolderEdition(folder, marked)) return written;
        edition = std::move(marked);
        return std::nullopt;
    };
    // The pages as they were when the export began: the marks sent change `edition` meanwhile.
    const Edition asked = edition;
    return exportPrintFiles(asked, pages, composer, options);
}

}  // namespace banmian::layout
