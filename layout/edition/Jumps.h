#pragma once

#include <string_view>
#include <vector>

#include "layout/base/Result.h"
#include "layout/document/Document.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::layout {

/// One page of an edition with its document: what stories continued across pages (转版) are
/// reckoned over.
struct NumberedPage {
    int number = 1;  ///< 版次
    Document document;
};

/// An edition's pages with their jumps put right, and the numbers of the pages that changed: the
/// only ones the caller needs to save and draw again.
struct JumpedPages {
    std::vector<NumberedPage> pages;
    std::vector<int> changed;
};

/// Puts right every story continued across pages: the blocks of one story (its id) that carry a
/// jump are its parts, in page order (then block order); each part's jump lines name the pages
/// where the parts before and after it stand now, and each part after the first starts where the
/// part before it stopped when that part's page is laid out as it stands (a part resized sets
/// more or less, and the next one starts later or earlier). A part left alone (the others removed
/// or showing another story) becomes a plain block again, its whole story set and what does not
/// fit overset: text is never dropped without a word. The message when a page cannot be laid out
/// (a font missing).
Result<JumpedPages> updateJumps(std::vector<NumberedPage> pages, PageComposer& composer);

/// Continues the story of block `fromBlock` on page `fromPage` in block `toBlock` on page
/// `toPage` (another page): that block shows the same story (copied into its page's document
/// when that has no story of its id), both become parts of it, and every jump is put right
/// (updateJumps). The message when a page or block is not there, a block is not a story's, or the
/// two are on one page.
Result<JumpedPages> makeJump(std::vector<NumberedPage> pages, int fromPage,
                             std::string_view fromBlock, int toPage, std::string_view toBlock,
                             PageComposer& composer);

}  // namespace banmian::layout
