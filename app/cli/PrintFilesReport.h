#pragma once

#include <vector>

#include "layout/edition/PrintFiles.h"

namespace banmian::app {

/// What `banmian edition export` says, the database's edition or a folder's alike: each page's
/// print file or why it has none, the preflight's findings on stderr, then the count. The exit
/// code: 1 when the preflight refused a page, else 0.
int reportPrintFiles(const std::vector<layout::PageSent>& report,
                     const layout::EditionExportOptions& options);

}  // namespace banmian::app
