#pragma once

#include <filesystem>
#include <vector>

#include "layout/base/Result.h"
#include "layout/edition/Edition.h"
#include "layout/edition/PrintFiles.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::layout {

/// Exports the edition kept in `folder` for the plant (exportPrintFiles(), as the database's
/// edition is): each page opened from its file as the window opens it (openFolderPage()); a
/// signed page sent is marked 已付印 in `edition` and its edition.json at once, so that an export
/// stopped half-way still says which pages went.
Result<std::vector<PageSent>> exportFolderEdition(const std::filesystem::path& folder,
                                                  Edition& edition, PageComposer& composer,
                                                  const EditionExportOptions& options);

}  // namespace banmian::layout
