#include "layout/edition/Jumps.h"

#include <algorithm>
#include <map>
#include <string>

namespace banmian::layout {
namespace {

// A part of a continued story: which page (its index in the list) and which block on it.
struct Part {
    std::size_t page = 0, block = 0;
};

Block& blockOf(std::vector<NumberedPage>& pages, const Part& part) {
    return pages[part.page].document.page.blocks[part.block];
}

// Each story's parts, by its id: the story blocks that carry a jump.
std::map<std::string, std::vector<Part>> partsByStory(const std::vector<NumberedPage>& pages) {
    std::map<std::string, std::vector<Part>> parts;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const std::vector<Block>& blocks = pages[p].document.page.blocks;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const Block& block = blocks[b];
            if (block.kind == BlockKind::Story && !block.story.empty() && block.jump.continued())
                parts[block.story].push_back({p, b});
        }
    }
    return parts;
}

// The jump lines of a chain of parts in reading order: each names its neighbours' pages.
void linkPages(std::vector<NumberedPage>& pages, const std::vector<Part>& chain) {
    for (std::size_t k = 0; k < chain.size(); ++k) {
        Jump& jump = blockOf(pages, chain[k]).jump;
        jump.continuedFrom = k > 0 ? pages[chain[k - 1].page].number : 0;
        jump.continuedOn = k + 1 < chain.size() ? pages[chain[k + 1].page].number : 0;
        // The first part sets the story from its beginning, and keeps no start (as its file).
        if (k == 0) jump.start = {};
    }
}

NumberedPage* findPage(std::vector<NumberedPage>& pages, int number) {
    const auto found = std::find_if(pages.begin(), pages.end(),
                                    [&](const NumberedPage& p) { return p.number == number; });
    return found == pages.end() ? nullptr : &*found;
}

// A page's blocks and stories as they were, to tell which pages a change touched.
struct PageBefore {
    std::vector<Block> blocks;
    std::vector<Story> stories;
};

std::vector<PageBefore> snapshot(const std::vector<NumberedPage>& pages) {
    std::vector<PageBefore> before;
    for (const NumberedPage& page : pages)
        before.push_back({page.document.page.blocks, page.document.stories});
    return before;
}

// updateJumps() over `pages`, the pages that changed counted from `before`.
Result<JumpedPages> putRight(std::vector<NumberedPage> pages, const std::vector<PageBefore>& before,
                             PageComposer& composer) {
    for (auto& story : partsByStory(pages)) {
        std::vector<Part>& chain = story.second;
        if (chain.size() == 1) {
            blockOf(pages, chain.front()).jump = {};
            continue;
        }
        std::sort(chain.begin(), chain.end(), [&](const Part& a, const Part& b) {
            const int pa = pages[a.page].number, pb = pages[b.page].number;
            return pa != pb ? pa < pb : a.block < b.block;
        });
        linkPages(pages, chain);
        // In reading order: a part's start depends on the part before it, laid out as it now is.
        for (std::size_t k = 0; k + 1 < chain.size(); ++k) {
            const auto layout = composer.layout(pages[chain[k].page].document);
            if (!layout) return layout.error();
            for (const Copyfit& fit : layout.value().copyfit) {
                if (fit.block == static_cast<int>(chain[k].block) && fit.continueAt)
                    blockOf(pages, chain[k + 1]).jump.start = *fit.continueAt;
            }
        }
    }

    JumpedPages out;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const Document& now = pages[p].document;
        if (now.page.blocks != before[p].blocks || now.stories != before[p].stories)
            out.changed.push_back(pages[p].number);
    }
    out.pages = std::move(pages);
    return out;
}

}  // namespace

Result<JumpedPages> updateJumps(std::vector<NumberedPage> pages, PageComposer& composer) {
    const std::vector<PageBefore> before = snapshot(pages);
    return putRight(std::move(pages), before, composer);
}

Result<JumpedPages> makeJump(std::vector<NumberedPage> pages, int fromPage,
                             std::string_view fromBlock, int toPage, std::string_view toBlock,
                             PageComposer& composer) {
    const std::vector<PageBefore> before = snapshot(pages);
    if (fromPage == toPage)
        return Diagnostic{0, "a story is continued on another page, not on page " +
                                     std::to_string(toPage) + " itself"};
    auto storyBlock = [&](int number, std::string_view id) -> Result<Block*> {
        NumberedPage* page = findPage(pages, number);
        if (!page) return Diagnostic{0, "the edition has no page " + std::to_string(number)};
        for (Block& block : page->document.page.blocks) {
            if (block.id != id) continue;
            if (block.kind != BlockKind::Story)
                return Diagnostic{0, "block " + std::string(id) + " on page " +
                                             std::to_string(number) + " holds no story"};
            return &block;
        }
        return Diagnostic{0, "page " + std::to_string(number) + " has no block " + std::string(id)};
    };
    const auto from = storyBlock(fromPage, fromBlock);
    if (!from) return from.error();
    const auto to = storyBlock(toPage, toBlock);
    if (!to) return to.error();
    Document& fromDocument = findPage(pages, fromPage)->document;
    Document& toDocument = findPage(pages, toPage)->document;
    const Story* story = findStory(fromDocument.stories, from.value()->story);
    if (!story)
        return Diagnostic{0, "block " + std::string(fromBlock) + " on page " +
                                     std::to_string(fromPage) + " shows no story to continue"};
    // The continuation sets the same text: the story comes along to a page that lacks it.
    if (!findStory(toDocument.stories, story->id)) toDocument.stories.push_back(*story);
    Block& continuation = *to.value();
    continuation.story = story->id;
    // Placeholders: updateJumps() orders the parts by page and writes the true numbers.
    from.value()->jump.continuedOn = toPage;
    continuation.jump.continuedFrom = fromPage;
    return putRight(std::move(pages), before, composer);
}

}  // namespace banmian::layout
