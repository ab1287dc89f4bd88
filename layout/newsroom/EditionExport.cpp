#include "layout/newsroom/EditionExport.h"

#include "layout/newsroom/OpenPage.h"

namespace banmian::layout {

Result<std::vector<PageSent>> exportEdition(EditionStore& store, const StoredEdition& edition,
                                            PageComposer& composer,
                                            const EditionExportOptions& options) {
    EditionPages pages;
    pages.open = [&](int number) -> Result<Document> {
        auto stored = openPage(store, edition, number, composer);
        if (!stored) return stored.error();
        return std::move(stored).value().document;
    };
    pages.markSent = [&](int number) { return store.markSent(edition, number); };
    return exportPrintFiles(edition.edition, pages, composer, options);
}

}  // namespace banmian::layout
