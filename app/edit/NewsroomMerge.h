#pragma once

#include "layout/document/Document.h"

namespace banmian::app {

/// Others' work on a newsroom page brought into the window's copy, three ways: `base` is the page
/// as this window last read it from the store, `theirs` as it stands now. What others changed
/// since `base` comes in — a story's text, a mark, the rounds and sign-offs — and what only this
/// window changed stays: its layout (blocks), a story it edited that no one else did, a mark it
/// made or decided; but a block's jump lines and continuation start (转版), derived from where the
/// story's other parts stand, come in as worked out afresh. When both changed the same story or
/// mark, theirs wins (it is saved; ours was not). With `everything` (the window only looks at the
/// page) it is theirs, whole.
layout::Document mergeOthers(const layout::Document& ours, const layout::Document& base,
                             const layout::Document& theirs, bool everything);

}  // namespace banmian::app
