#pragma once

#include <vector>

#include "layout/base/Result.h"
#include "layout/edition/PrintFiles.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::layout {

/// Exports the newsroom's edition for the plant (exportPrintFiles(), as a folder's edition is):
/// each page opened from the store as the window opens it, a signed page sent marked 已付印 there.
Result<std::vector<PageSent>> exportEdition(EditionStore& store, const StoredEdition& edition,
                                            PageComposer& composer,
                                            const EditionExportOptions& options);

}  // namespace banmian::layout
