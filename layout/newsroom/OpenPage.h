#pragma once

#include "layout/base/Result.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::layout {

/// Page `number` as the window, the command and the export open it: pulled from the store, and
/// the stories it continues from or onto other pages (转版) put right against those pages as they
/// stand now (updateJumps()): its jump lines name where the other parts are, and a continuation
/// starts where the part before it stops. Derived each time, never stored, so that a part moved
/// or resized on one page is followed on the other without anyone writing that page.
Result<StoredPage> openPage(EditionStore& store, const StoredEdition& edition, int number,
                            PageComposer& composer);

}  // namespace banmian::layout
