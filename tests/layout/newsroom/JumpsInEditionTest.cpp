// A story continued from page 1 onto an inside page (转版), in the newsroom's edition: each page
// opened finds its jump lines naming where the other part stands now, whoever moved it.
#include <algorithm>

#include "NewsroomFixture.h"
#include "layout/edition/Jumps.h"
#include "layout/newsroom/OpenPage.h"

namespace banmian::layout {
namespace {

// What a page prints that is no story's text: credit lines and jump lines.
std::string otherText(const PageLayout& layout) {
    std::string text;
    for (const PageRun& run : layout.runs) {
        if (!run.source.story.empty()) continue;
        for (const std::string& t : run.text) text += t;
    }
    return text;
}

class JumpsInEdition : public NewsroomTest {
protected:
    // The seed's longest story in a small block on page 1, continued in a block on page 3.
    void SetUp() override {
        NewsroomTest::SetUp();
        Document front = seedPage();
        const Story& longest = *std::max_element(front.stories.begin(), front.stories.end(),
                                                 [](const Story& a, const Story& b) {
                                                     return a.characterCount() < b.characterCount();
                                                 });
        m_story = longest.id;
        Block first;
        first.id = "front";
        first.story = m_story;
        first.area = {{0, 2, 10, 20}};
        front.page.blocks = {first};
        Document inside;
        inside.page.grid = front.page.grid;
        Block continued;
        continued.id = "inside";
        continued.area = {{0, 4, 10, 60}};
        inside.page.blocks = {continued};
        auto made = makeJump({{1, front}, {3, inside}}, 1, "front", 3, "inside", composer);
        ASSERT_TRUE(made) << made.error().message;
        Desk& designer = desk("designer");
        for (const NumberedPage& page : made.value().pages)
            ASSERT_FALSE(designer.store.pushPage(m_edition, page.number, page.document));
    }

    std::string printed(int page) {
        auto opened = openPage(desk("reader").store, m_edition, page, composer);
        EXPECT_TRUE(opened) << opened.error().message;
        if (!opened) return {};
        auto layout = composer.layout(opened.value().document);
        EXPECT_TRUE(layout) << layout.error().message;
        return layout ? otherText(layout.value()) : std::string();
    }

    PageComposer composer;
    std::string m_story;
};

TEST_F(JumpsInEdition, AJumpLineFollowsItsContinuationToAnotherPage) {
    EXPECT_NE(printed(1).find("下转第3版"), std::string::npos) << printed(1);
    EXPECT_NE(printed(3).find("上接第1版"), std::string::npos) << printed(3);

    // The inside designer moves the continuation from page 3 to page 4; page 1 is not written.
    Desk& inside = desk("inside designer");
    Document three = inside.store.pullPage(m_edition, 3).value().document;
    Document four = inside.store.pullPage(m_edition, 4).value().document;
    four.page.blocks.push_back(three.page.blocks.front());
    four.stories.push_back(*findStory(three.stories, m_story));
    three.page.blocks.clear();
    ASSERT_FALSE(inside.store.pushPage(m_edition, 4, four));
    ASSERT_FALSE(inside.store.pushPage(m_edition, 3, three));

    EXPECT_NE(printed(1).find("下转第4版"), std::string::npos) << printed(1);
    EXPECT_EQ(printed(1).find("下转第3版"), std::string::npos);
    EXPECT_NE(printed(4).find("上接第1版"), std::string::npos) << printed(4);
}

TEST_F(JumpsInEdition, TheContinuationStartsWhereTheFirstPartNowStops) {
    auto before = openPage(desk("reader").store, m_edition, 3, composer);
    ASSERT_TRUE(before);
    const TextPlace was = before.value().document.page.blocks.front().jump.start;

    // The front designer gives the first part more lines: the continuation starts later.
    Desk& front = desk("front designer");
    Document one = front.store.pullPage(m_edition, 1).value().document;
    one.page.blocks.front().area = {{0, 2, 10, 30}};
    ASSERT_FALSE(front.store.pushPage(m_edition, 1, one));
    auto after = openPage(desk("reader").store, m_edition, 3, composer);
    ASSERT_TRUE(after);
    EXPECT_GT(after.value().document.page.blocks.front().jump.start, was);
}

}  // namespace
}  // namespace banmian::layout
