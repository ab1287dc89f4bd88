#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "layout/base/Result.h"
#include "layout/edition/PrintFileName.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::layout {

/// What production sends to the plant: the signed pages (or every page, for a check), as print
/// PDFs named by the plant's template, into one folder.
struct EditionExportOptions {
    std::filesystem::path folder;
    std::string nameTemplate = kDefaultPrintFileName;
    bool everyPage = false;  ///< pages not signed too (a check: they are not marked 已付印)
    /// Write a page's print file even where the preflight found what the plant would reject (as
    /// `banmian export --force`); a print file of the same name is replaced, as export does.
    bool force = false;
    bool cropMarks = true;
};

/// One page's outcome.
struct PageSent {
    int number = 0;
    std::string file;     ///< the print file's name; empty when none was written
    bool sent = false;    ///< signed, written, and so 已付印 now
    std::string skipped;  ///< why not written (not signed, refused by the preflight, …)
    std::vector<Diagnostic> findings;
};

/// How the export reaches an edition's pages wherever the edition is kept (the newsroom's
/// database, a folder): the one thing that differs between the two.
struct EditionPages {
    /// Page `number` as the window opens it (its jump lines put right).
    std::function<Result<Document>(int number)> open;
    /// Records that the signed page `number` went to the plant (已付印).
    std::function<std::optional<Diagnostic>(int number)> markSent;
};

/// Exports the edition's pages through the one pipeline (PageComposer, exportPage(), as `banmian
/// export` and the window do), each file written whole (beside, then renamed) or not at all; a
/// signed page written becomes 已付印. Errors only for what stops it all (the folder, the
/// template, the store); a page the preflight refuses is listed with its findings, the others
/// go on.
Result<std::vector<PageSent>> exportPrintFiles(const Edition& edition, const EditionPages& pages,
                                               PageComposer& composer,
                                               const EditionExportOptions& options);

}  // namespace banmian::layout
