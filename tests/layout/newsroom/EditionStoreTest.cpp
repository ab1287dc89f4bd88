#include "layout/newsroom/EditionStore.h"

#include "NewsroomFixture.h"
#include "layout/model/DocumentText.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {
namespace {

// A delete mark on the first occurrence of `text` in the story's body.
ProofMark deleteMark(const Story& story, const std::string& text, const std::string& author) {
    for (std::size_t p = 0; p < story.paragraphs.size(); ++p) {
        const auto at = story.paragraphs[p].find(text);
        if (at == std::string::npos) continue;
        ProofMark mark;
        mark.kind = MarkKind::Delete;
        mark.range = {{story.id, StoryField::Body, p, at},
                      {story.id, StoryField::Body, p, at + text.size()}};
        mark.author = author;
        mark.created = "2026-12-05T22:10:00+08:00";
        return mark;
    }
    ADD_FAILURE() << text << " is not in the story";
    return {};
}

TEST_F(NewsroomTest, AnEditionIsMadeOnceAndFoundByItsDate) {
    auto found = desk("designer").store.findEdition({2026, 12, 6});
    ASSERT_TRUE(found) << found.error().message;
    EXPECT_EQ(found.value().id, m_edition.id);
    EXPECT_EQ(found.value().edition.paper, "徐汇报");
    ASSERT_EQ(found.value().edition.pages.size(), 8u);
    EXPECT_EQ(found.value().edition.pages.front().section, "要闻");

    auto twice = desk("chief").store.createEdition("徐汇报", {2026, 12, 6}, 4,
                                                   [](const EditionPage&) { return Document{}; });
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, "edition-exists");
    auto none = desk("chief").store.findEdition({2026, 12, 7});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().kind, "no-edition");
    EXPECT_NE(none.error().message.find("banmian edition create"), std::string::npos);
}

TEST_F(NewsroomTest, APagePushedComesBackAsItWas) {
    Desk& designer = desk("designer");
    const Document page = seedPage();
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, page));

    auto pulled = desk("proofreader").store.pullPage(m_edition, 1);
    ASSERT_TRUE(pulled) << pulled.error().message;
    const Document& back = pulled.value().document;
    EXPECT_EQ(back.page.blocks, page.page.blocks);
    // The page's stories are those placed on it and those it came in with, in its order.
    EXPECT_EQ(back.stories, page.stories);
    EXPECT_EQ(pulled.value().version, 2);

    // Page 2 has none of them.
    auto other = desk("proofreader").store.pullPage(m_edition, 2);
    ASSERT_TRUE(other) << other.error().message;
    EXPECT_TRUE(other.value().document.stories.empty());
    auto missing = designer.store.pullPage(m_edition, 9);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, "no-page");
}

// The page plan's list of stories: each with its title, length and version, and the pages it is
// placed on; a story of the stock on none.
TEST_F(NewsroomTest, TheEditionsStoriesSayWhereTheyArePlaced) {
    Desk& designer = desk("designer");
    const Document page = seedPage();
    ASSERT_GT(page.stories.size(), 5u);
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, page));
    Story stock;
    stock.id = "stock-story";
    stock.headline = "社区食堂开张";
    stock.paragraphs = {"区里新开的社区食堂今天迎来第一批老人。"};
    auto imported = designer.store.importStories(m_edition, {stock});
    ASSERT_TRUE(imported) << imported.error().message;

    auto stories = desk("editor").store.stories(m_edition);
    ASSERT_TRUE(stories) << stories.error().message;
    ASSERT_EQ(stories.value().size(), page.stories.size() + 1);
    const auto find = [&](const std::string& id) -> const EditionStory* {
        for (const EditionStory& s : stories.value())
            if (s.id == id) return &s;
        return nullptr;
    };
    const EditionStory* placed = find(page.stories[0].id);
    ASSERT_TRUE(placed);
    EXPECT_EQ(placed->pages, std::vector<int>{1});
    EXPECT_EQ(placed->title, page.stories[0].headline);
    EXPECT_EQ(placed->characters, page.stories[0].characterCount());
    EXPECT_EQ(placed->story.paragraphs, page.stories[0].paragraphs);
    // A story that came in with the page but stands in no block is not placed.
    const EditionStory* unplaced = find(page.stories[5].id);
    ASSERT_TRUE(unplaced);
    EXPECT_TRUE(unplaced->pages.empty());
    const EditionStory* fromStock = find("stock-story");
    ASSERT_TRUE(fromStock);
    EXPECT_EQ(fromStock->title, "社区食堂开张");
    EXPECT_EQ(fromStock->characters, stock.characterCount());
    EXPECT_EQ(fromStock->version, 1);
    EXPECT_TRUE(fromStock->pages.empty());
}

TEST_F(NewsroomTest, TwoDesignersCannotHoldOnePage) {
    Desk& alice = desk("alice");
    Desk& bob = desk("bob");
    auto held = alice.store.hold(m_edition, 1, 60);
    ASSERT_TRUE(held) << held.error().message;
    EXPECT_FALSE(held.value().tookOver);

    auto refused = bob.store.hold(m_edition, 1, 60);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, "page-held");
    EXPECT_NE(refused.error().message.find("alice"), std::string::npos);
    // Nor may bob write the page over alice's layout.
    const auto pushed = bob.store.pushPage(m_edition, 1, seedPage());
    ASSERT_TRUE(pushed);
    EXPECT_EQ(pushed->kind, "page-held");
    // Another page is free.
    EXPECT_TRUE(bob.store.hold(m_edition, 2, 60));

    // Alice closes her window: bob takes the page at once.
    EXPECT_FALSE(alice.store.release(m_edition, 1));
    auto taken = bob.store.hold(m_edition, 1, 60);
    ASSERT_TRUE(taken) << taken.error().message;
    EXPECT_FALSE(taken.value().tookOver);

    auto status = desk("chief").store.status(m_edition);
    ASSERT_TRUE(status);
    EXPECT_EQ(status.value()[0].holder, "bob");
    EXPECT_EQ(status.value()[1].holder, "bob");
    EXPECT_EQ(status.value()[2].holder, "");
}

TEST_F(NewsroomTest, ALeaseRunOutIsTakenOverWithItsAutosave) {
    Desk& alice = desk("alice");
    Desk& bob = desk("bob");
    ASSERT_FALSE(alice.store.pushPage(m_edition, 1, seedPage()));
    ASSERT_TRUE(alice.store.hold(m_edition, 1, 1));
    Document moved = alice.store.pullPage(m_edition, 1).value().document;
    moved.page.blocks[0].area = {{0, 4, 12, 30}};
    ASSERT_FALSE(alice.store.autosave(m_edition, 1, moved));
    // Alice's window stops renewing (it crashed); after her lease, bob takes the page over.
    std::this_thread::sleep_for(std::chrono::milliseconds(1300));
    auto taken = bob.store.hold(m_edition, 1, 60);
    ASSERT_TRUE(taken) << taken.error().message;
    EXPECT_TRUE(taken.value().tookOver);
    EXPECT_EQ(taken.value().from, "alice");
    ASSERT_TRUE(taken.value().autosave);
    EXPECT_EQ(taken.value().autosaveBy, "alice");
    auto autosave = bob.store.takeAutosave(m_edition, 1);
    ASSERT_TRUE(autosave) << autosave.error().message;
    ASSERT_TRUE(autosave.value());
    EXPECT_EQ(autosave.value()->page.blocks[0].area, moved.page.blocks[0].area);

    // Alice's window, come back, finds the page is no longer hers.
    const auto lost = alice.store.renew(m_edition, 1, 60);
    ASSERT_TRUE(lost);
    EXPECT_EQ(lost->kind, "lease-lost");
    // Bob saves the autosave as the page: it is the page now, and the autosave is gone.
    ASSERT_FALSE(bob.store.pushPage(m_edition, 1, *autosave.value()));
    EXPECT_EQ(desk("chief").store.pullPage(m_edition, 1).value().document.page.blocks[0].area,
              moved.page.blocks[0].area);
    EXPECT_FALSE(bob.store.takeAutosave(m_edition, 1).value());
}

TEST_F(NewsroomTest, AnEditorsChangeKeepsTheProofreadersMarkOnItsText) {
    Desk& designer = desk("designer");
    const Document page = seedPage();
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, page));
    const Story& story = page.stories[1];
    const std::string marked = story.paragraphs[0].substr(0, 12);  // four characters

    Desk& proofreader = desk("proofreader");
    auto mark = proofreader.store.addMark(m_edition, 1, deleteMark(story, marked, "李校"));
    ASSERT_TRUE(mark) << mark.error().message;
    // Sent twice (a retry), written once.
    ProofMark again = deleteMark(story, marked, "李校");
    again.id = mark.value().mark;
    ASSERT_TRUE(proofreader.store.addMark(m_edition, 1, again));

    Desk& editor = desk("editor");
    auto read = editor.store.pullPage(m_edition, 1);
    ASSERT_TRUE(read);
    ASSERT_EQ(read.value().document.marks.size(), 1u);
    Story edited = *findStory(read.value().document.stories, story.id);
    edited.paragraphs[0] = "（本报讯）" + edited.paragraphs[0];
    auto saved = editor.store.saveStory(m_edition, edited, read.value().storyVersions.at(story.id));
    ASSERT_TRUE(saved) << saved.error().message;

    // A second editor who read the old text is told, not allowed to write over it.
    auto stale = desk("editor2").store.saveStory(m_edition, story,
                                                 read.value().storyVersions.at(story.id));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind, "story-changed");
    EXPECT_NE(stale.error().message.find("editor"), std::string::npos);

    auto after = designer.store.pullPage(m_edition, 1);
    ASSERT_TRUE(after);
    EXPECT_EQ(findStory(after.value().document.stories, story.id)->paragraphs[0],
              edited.paragraphs[0]);
    ASSERT_EQ(after.value().document.marks.size(), 1u);
    const ProofMark& kept = after.value().document.marks[0];
    EXPECT_TRUE(kept.open());
    EXPECT_EQ(kept.text, marked);
    EXPECT_EQ(kept.range.begin.offset, std::string("（本报讯）").size());
    // The row itself moved with its text, not only the copy read.
    auto row = m_admin->exec("SELECT mark->'begin'->>'offset' FROM banmian.marks");
    ASSERT_TRUE(row);
    EXPECT_EQ(row.value().text(0, 0), std::to_string(std::string("（本报讯）").size()));
}

// Text and geometry apart: a designer who moves blocks while an editor changes a story never
// puts the old text back (the load test found it did, 10 times in 385 saves).
TEST_F(NewsroomTest, ADesignersSaveNeverUndoesAnEditorsText) {
    Desk& designer = desk("designer");
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, seedPage()));
    ASSERT_TRUE(designer.store.hold(m_edition, 1, 60));
    auto pulled = designer.store.pullPage(m_edition, 1);
    ASSERT_TRUE(pulled);
    Document moved = pulled.value().document;
    const std::string storyId = moved.stories[0].id;

    Desk& editor = desk("editor");
    auto read = editor.store.pullPage(m_edition, 1);
    ASSERT_TRUE(read);
    Story edited = *findStory(read.value().document.stories, storyId);
    edited.headline = "改过的标题";
    ASSERT_TRUE(editor.store.saveStory(m_edition, edited, read.value().storyVersions.at(storyId)));

    moved.page.blocks[0].area = {{0, 4, 12, 30}};
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, moved, &pulled.value().storyVersions));
    auto after = desk("reader").store.pullPage(m_edition, 1);
    ASSERT_TRUE(after);
    EXPECT_EQ(findStory(after.value().document.stories, storyId)->headline, "改过的标题");
    EXPECT_EQ(after.value().document.page.blocks[0].area, moved.page.blocks[0].area);
}

TEST_F(NewsroomTest, ASignedPageTakesNoMarkAndNoLayout) {
    Desk& designer = desk("designer");
    Document page = seedPage();
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, page));
    ASSERT_FALSE(openFirstRound(page, "chief", "2026-12-05T22:00:00+08:00"));
    ASSERT_FALSE(signOff(page, "总编 王", "2026-12-05T23:30:00+08:00"));
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, page));

    auto mark =
            desk("proofreader")
                    .store.addMark(m_edition, 1,
                                   deleteMark(page.stories[0],
                                              page.stories[0].paragraphs[0].substr(0, 6), "李校"));
    ASSERT_FALSE(mark);
    EXPECT_EQ(mark.error().kind, "page-signed");
    Document moved = page;
    moved.page.blocks[0].area = {{0, 4, 12, 30}};
    const auto pushed = designer.store.pushPage(m_edition, 1, moved);
    ASSERT_TRUE(pushed);
    EXPECT_EQ(pushed->kind, "page-signed");

    auto status = designer.store.status(m_edition);
    ASSERT_TRUE(status);
    EXPECT_EQ(stateName(status.value()[0].state), "签版");
    EXPECT_EQ(stateName(status.value()[1].state), "排版中");
    ASSERT_FALSE(designer.store.markSent(m_edition, 1));
    EXPECT_EQ(stateName(designer.store.status(m_edition).value()[0].state), "已付印");
}

TEST_F(NewsroomTest, EveryChangeIsOnRecordWithWhoAndWhen) {
    Desk& designer = desk("designer");
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, seedPage()));
    auto changes = designer.store.changesSince(m_edition, 0);
    ASSERT_TRUE(changes);
    ASSERT_FALSE(changes.value().empty());
    EXPECT_EQ(changes.value().front().what, "edition-created");
    EXPECT_EQ(changes.value().front().who, "chief");
    int saved = 0, added = 0;
    for (const Change& c : changes.value()) {
        saved += c.what == "page-saved";
        added += c.what == "story-added";
    }
    EXPECT_EQ(saved, 1);
    EXPECT_EQ(added, static_cast<int>(seedPage().stories.size()));
}

}  // namespace
}  // namespace banmian::layout
