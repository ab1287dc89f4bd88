// Two composers, each with its faces and caches of its own, compose at once in two threads (the
// window's, and the one auto-composing beside it): each finds the page one composer finds alone.
#include "layout/pipeline/PageComposer.h"

#include <gtest/gtest.h>

#include <thread>

#include "layout/import/ArticleImporter.h"

namespace banmian::layout {
namespace {

std::vector<GridRect> areas(const Page& page) {
    std::vector<GridRect> all;
    for (const Block& b : page.blocks) all.insert(all.end(), b.area.begin(), b.area.end());
    return all;
}

TEST(PageComposerTest, TwoComposersComposeAtOnceInTwoThreads) {
    auto imported =
            importArticleFile(std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt");
    ASSERT_TRUE(imported.ok());
    Document document;
    document.stories = imported.value().stories;
    document.page.masthead = {"报名", "2023年6月30日", "", ""};

    PageComposer first;
    const auto alone = first.composeVariants(document, PagePreset::Broadsheet, 1);
    ASSERT_TRUE(alone.ok()) << alone.error().message;

    // Two more, both cold, so that both load their faces and fill their caches at once; the
    // second over a copy of the first's fonts, as the window makes its worker's. (One composer
    // shared by the two threads races on its registry and caches: ThreadSanitizer says so.)
    PageComposer window;
    PageComposer worker(window.registry().catalog());
    std::optional<Result<std::vector<ComposedPage>>> besideIt;
    std::thread thread(
            [&] { besideIt = worker.composeVariants(document, PagePreset::Broadsheet, 1); });
    const auto meanwhile = window.composeVariants(document, PagePreset::Broadsheet, 1);
    thread.join();

    ASSERT_TRUE(meanwhile.ok());
    ASSERT_TRUE(besideIt && besideIt->ok());
    EXPECT_EQ(areas(meanwhile.value().front().page), areas(alone.value().front().page));
    EXPECT_EQ(areas(besideIt->value().front().page), areas(alone.value().front().page));
    EXPECT_EQ(besideIt->value().front().score, alone.value().front().score);
}

}  // namespace
}  // namespace banmian::layout
