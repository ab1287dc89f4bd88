// Changes pushed to whoever follows the edition, a killed designer's lease, a server restarted
// mid-work: the newsroom with more than one process at once.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "NewsroomFixture.h"
#include "layout/newsroom/Transaction.h"

namespace banmian::layout {
namespace {

using namespace std::chrono_literals;

ProofMark markOn(const Story& story, std::size_t paragraph, std::size_t at, std::size_t bytes) {
    ProofMark mark;
    mark.kind = MarkKind::Delete;
    mark.range = {{story.id, StoryField::Body, paragraph, at},
                  {story.id, StoryField::Body, paragraph, at + bytes}};
    mark.created = "2026-12-05T22:10:00+08:00";
    return mark;
}

// The changes heard within `wait`, waiting on the connection's socket as a window's loop does.
std::vector<Change> hear(PgConnection& connection, std::chrono::milliseconds wait) {
    std::vector<Change> heard;
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (std::chrono::steady_clock::now() < deadline) {
        connection.waitForServer(50);
        for (const PgNotification& note : connection.takeNotifications()) {
            if (auto change = changeFromPayload(note.payload)) heard.push_back(*change);
        }
        if (!heard.empty()) break;
    }
    return heard;
}

TEST_F(NewsroomTest, AMarkIsHeardByTheDesignerAsItIsMade) {
    Desk& designer = desk("designer");
    const Document page = seedPage();
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, page));
    ASSERT_FALSE(designer.store.follow(m_edition));
    hear(designer.connection, 100ms);  // its own page-saved

    const auto made = std::chrono::steady_clock::now();
    auto mark = desk("proofreader").store.addMark(m_edition, 1, markOn(page.stories[0], 0, 0, 6));
    ASSERT_TRUE(mark) << mark.error().message;
    const std::vector<Change> heard = hear(designer.connection, 2000ms);
    const auto took = std::chrono::steady_clock::now() - made;
    ASSERT_EQ(heard.size(), 1u);
    EXPECT_EQ(heard[0].what, "mark-added");
    EXPECT_EQ(heard[0].page, 1);
    EXPECT_EQ(heard[0].mark, mark.value().mark);
    EXPECT_EQ(heard[0].who, "proofreader");
    RecordProperty(
            "heard_after_ms",
            static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
    // What it heard names the mark: reading the page finds it there.
    auto pulled = designer.store.pullPage(m_edition, 1);
    ASSERT_TRUE(pulled);
    ASSERT_TRUE(findMark(pulled.value().document.marks, heard[0].mark));
}

TEST_F(NewsroomTest, ADesignerKilledLosesTheLeaseAndTheNextTakesOverWithTheAutosave) {
    ASSERT_FALSE(desk("designer").store.pushPage(m_edition, 1, seedPage()));
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    if (child == 0) {
        // The first designer's process: it holds the page with a 2 s lease, renews it as a
        // window does, and autosaves a block moved — until it is killed.
        close(ready[0]);
        auto connection = PgConnection::open(m_url);
        if (!connection) _exit(2);
        PgConnection db = std::move(connection).value();
        EditionStore store(db, {"alice", ""});
        if (!store.hold(m_edition, 1, 2)) _exit(3);
        Document moved = store.pullPage(m_edition, 1).value().document;
        moved.page.blocks[1].area = {{4, 4, 40, 20}};
        if (store.autosave(m_edition, 1, moved)) _exit(4);
        if (write(ready[1], "r", 1) != 1) _exit(5);
        for (;;) {
            std::this_thread::sleep_for(500ms);
            store.renew(m_edition, 1, 2);
        }
    }
    close(ready[1]);
    char byte = 0;
    ASSERT_EQ(read(ready[0], &byte, 1), 1) << "the first designer's process did not start";
    close(ready[0]);
    Desk& bob = desk("bob");
    // While it runs, its lease is renewed: bob waits past one lease and is still refused.
    std::this_thread::sleep_for(2500ms);
    auto refused = bob.store.hold(m_edition, 1, 30);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, "page-held");

    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    waitpid(child, &status, 0);
    // No administrator: after its lease the page is bob's, with alice's unsaved layout offered.
    Result<Holding> taken = Diagnostic{0, "not tried"};
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (std::chrono::steady_clock::now() < deadline) {
        taken = bob.store.hold(m_edition, 1, 30);
        if (taken) break;
        std::this_thread::sleep_for(200ms);
    }
    ASSERT_TRUE(taken) << taken.error().message;
    EXPECT_TRUE(taken.value().tookOver);
    EXPECT_EQ(taken.value().from, "alice");
    ASSERT_TRUE(taken.value().autosave);
    auto autosave = bob.store.takeAutosave(m_edition, 1);
    ASSERT_TRUE(autosave && autosave.value());
    EXPECT_EQ(autosave.value()->page.blocks[1].area, (std::vector<GridRect>{{4, 4, 40, 20}}));
}

TEST_F(NewsroomTest, AServerRestartedMidWorkLosesNothingWritten) {
    Desk& designer = desk("designer");
    const Document page = seedPage();
    ASSERT_FALSE(designer.store.pushPage(m_edition, 1, page));
    ASSERT_FALSE(designer.store.follow(m_edition));
    Desk& proofreader = desk("proofreader");

    // A proofreader writes marks one after another while the server goes down and comes back.
    std::atomic<int> written = 0;
    std::atomic<bool> failed = false;
    std::string why;
    std::thread marking([&] {
        const Story& story = page.stories[0];
        for (int i = 0; i < 30; ++i) {
            auto mark = proofreader.store.addMark(
                    m_edition, 1, markOn(story, 0, 3 * static_cast<std::size_t>(i % 10), 3));
            if (!mark) {
                why = mark.error().message;
                failed = true;
                return;
            }
            ++written;
            std::this_thread::sleep_for(50ms);
        }
    });
    std::this_thread::sleep_for(300ms);
    ASSERT_TRUE(m_server.stop()) << m_server.error();
    std::this_thread::sleep_for(1s);
    ASSERT_TRUE(m_server.start()) << m_server.error();
    marking.join();
    ASSERT_FALSE(failed) << why;
    EXPECT_EQ(written, 30);

    // The designer's connection comes back with its LISTEN, and what was written is all there.
    ASSERT_TRUE(reconnectPatiently(designer.connection));
    auto pulled = designer.store.pullPage(m_edition, 1);
    ASSERT_TRUE(pulled) << pulled.error().message;
    EXPECT_EQ(pulled.value().document.marks.size(), 30u);
    auto rows = designer.connection.exec(
            "SELECT count(*) FROM banmian.changes WHERE what = 'mark-added'");
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows.value().number(0, 0), 30);
    auto more = desk("proofreader2").store.addMark(m_edition, 1, markOn(page.stories[0], 0, 0, 3));
    ASSERT_TRUE(more);
    EXPECT_EQ(hear(designer.connection, 2000ms).size(), 1u);
}

// A window's store waits only briefly for a lost server, its own timer reconnecting meanwhile:
// with no patience at all, a write to a stopped server comes back at once as the error, and the
// connection is left closed for that timer, not tried again inside the write.
TEST_F(NewsroomTest, AStoreWithNoPatienceSaysTheServerIsGoneInsteadOfWaiting) {
    Desk& window = desk("designer");
    window.store.setPatience(0ms);
    ASSERT_TRUE(m_server.stop()) << m_server.error();
    auto held = window.store.hold(m_edition, 1, 30);
    ASSERT_FALSE(held);
    EXPECT_EQ(held.error().kind, "database-gone") << held.error().message;
    EXPECT_FALSE(window.connection.alive());

    // The server back and the connection opened again (the window's timer), the store goes on.
    ASSERT_TRUE(m_server.start()) << m_server.error();
    ASSERT_TRUE(window.connection.reconnect());
    held = window.store.hold(m_edition, 1, 30);
    EXPECT_TRUE(held) << held.error().message;
}

}  // namespace
}  // namespace banmian::layout
