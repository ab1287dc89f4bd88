#include "layout/newsroom/OpenPage.h"

#include <set>

#include "layout/edition/Jumps.h"
#include "layout/newsroom/SqlValues.h"

namespace banmian::layout {

Result<StoredPage> openPage(EditionStore& store, const StoredEdition& edition, int number,
                            PageComposer& composer) {
    auto page = store.pullPage(edition, number);
    if (!page) return page;
    std::vector<std::string> continued;
    for (const Block& block : page.value().document.page.blocks) {
        if (block.jump.continued()) continued.push_back(block.story);
    }
    if (continued.empty()) return page;
    // The other pages the continued stories stand on.
    auto others = store.connection().exec(
            "SELECT DISTINCT page FROM banmian.placements WHERE edition = $1 AND page <> $2 AND "
            "story = ANY($3::text[]) ORDER BY page",
            {std::to_string(edition.id), std::to_string(number), textArray(continued)});
    if (!others) return others.error();
    std::vector<NumberedPage> pages{{number, page.value().document}};
    for (int r = 0; r < others.value().size(); ++r) {
        const int other = static_cast<int>(others.value().number(r, 0));
        auto pulled = store.pullPage(edition, other);
        if (!pulled) return pulled.error();
        pages.push_back({other, std::move(pulled.value().document)});
    }
    auto jumped = updateJumps(std::move(pages), composer);
    if (!jumped) return jumped.error();
    StoredPage opened = std::move(page).value();
    for (NumberedPage& p : std::move(jumped).value().pages) {
        if (p.number == number) opened.document = std::move(p.document);
    }
    return opened;
}

}  // namespace banmian::layout
