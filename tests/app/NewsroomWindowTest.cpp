// A page of the newsroom's edition open in the window, against a throw-away PostgreSQL server:
// a proofreader's mark and an editor's new text come into the open page as they are made, with
// no reload; a second window on the same page is read-only and says who holds it; Save pushes the
// window's layout into the edition.
#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <memory>

#include "ThrowAwayServer.h"
#include "app/edit/NewsroomPage.h"
#include "app/edit/PageDocument.h"
#include "app/edit/Proofreading.h"
#include "app/ui/EditionActions.h"
#include "app/ui/MainWindow.h"
#include "app/ui/MarksPanel.h"
#include "app/ui/NewsroomActions.h"
#include "app/ui/ProofActions.h"
#include "app/view/PageView.h"
#include "layout/document/Document.h"
#include "layout/model/DocumentText.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/newsroom/OpenPage.h"
#include "layout/newsroom/Schema.h"
#include "tests/app/SeedStories.h"

using banmian::app::MainWindow;
namespace layout = banmian::layout;

namespace {

constexpr layout::CalendarDate kDay{2026, 12, 6};

// The seed's stories, the first four placed down the page in blocks of their own (as the
// engine's newsroom tests place them).
layout::Document seedPage() {
    layout::Document document = seedStoriesOnABroadsheet();
    for (int i = 0; i < 4; ++i) {
        layout::Block block;
        block.id = "block-" + std::to_string(i);
        block.story = document.stories[static_cast<std::size_t>(i)].id;
        block.area = {{0, 8, 12 + 18 * i, 18}};
        document.page.blocks.push_back(block);
    }
    layout::giveMissingIds(document);
    return document;
}

// Every character the page shows of block `block`, in order.
std::string laidOutText(const layout::PageLayout& page, int block) {
    std::string text;
    for (const layout::PageRun& run : page.runs) {
        if (run.block != block) continue;
        for (const std::string& piece : run.text) text += piece;
    }
    return text;
}

// The index of the block showing `story` on the page; -1 when none does.
int blockOf(const layout::Document& document, const std::string& story) {
    for (std::size_t b = 0; b < document.page.blocks.size(); ++b) {
        if (document.page.blocks[b].story == story) return static_cast<int>(b);
    }
    return -1;
}

// Where block `block`'s text stops, when some is left over for a part after it.
std::optional<layout::TextPlace> stopOf(const layout::PageLayout& page, int block) {
    for (const layout::Copyfit& fit : page.copyfit) {
        if (fit.block == block) return fit.continueAt;
    }
    return std::nullopt;
}

// Whether a row of the marks panel's list shows `text` in any column.
bool listShows(const QTreeWidget& list, const QString& text) {
    for (int column = 0; column < list.columnCount(); ++column) {
        if (!list.findItems(text, Qt::MatchContains | Qt::MatchRecursive, column).isEmpty())
            return true;
    }
    return false;
}

}  // namespace

class NewsroomWindowTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ThrowAwayServer> m_server;
    std::string m_url;
    std::unique_ptr<layout::PgConnection> m_others;  // the rest of the newsroom's connection
    std::unique_ptr<layout::EditionStore> m_proofreader, m_editor;
    layout::StoredEdition m_edition;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MainWindow> m_designer;  // a second designer's window, on page 2
    std::string m_continued;                 // the story continued from page 2 onto page 3

    banmian::app::PageDocument& document() { return *m_window->document(); }
    const layout::Document& doc() { return document().document(); }

    std::unique_ptr<MainWindow> openWindow(const QString& who, int page = 1) {
        banmian::app::setProofreaderName(who);
        auto window = std::make_unique<MainWindow>();
        window->resize(1400, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) return nullptr;
        const auto error =
                window->newsroom()->openPage({QString::fromStdString(m_url), kDay, page});
        if (error) {
            qWarning() << *error;
            return nullptr;
        }
        return window;
    }

private slots:
    void initTestCase() {
        m_server = std::make_unique<ThrowAwayServer>();
        QVERIFY2(m_server->running(), m_server->error().c_str());
        m_url = m_server->createDatabase("newsroom");
        auto connection = layout::PgConnection::open(m_url);
        QVERIFY2(connection, connection ? "" : connection.error().message.c_str());
        m_others = std::make_unique<layout::PgConnection>(std::move(connection).value());
        auto schema = layout::initSchema(*m_others, "admin");
        QVERIFY2(schema, schema ? "" : schema.error().message.c_str());
        m_proofreader =
                std::make_unique<layout::EditionStore>(*m_others, layout::Worker{"校对乙", ""});
        m_editor = std::make_unique<layout::EditionStore>(*m_others, layout::Worker{"编辑丙", ""});
        auto edition = m_editor->createEdition("徐汇报", kDay, 4, [](const layout::EditionPage&) {
            layout::Document page;
            page.page.grid = layout::pageGrid(layout::PagePreset::Broadsheet);
            return page;
        });
        QVERIFY2(edition, edition ? "" : edition.error().message.c_str());
        m_edition = edition.value();
        const auto pushed = m_editor->pushPage(m_edition, 1, seedPage());
        QVERIFY2(!pushed, pushed ? pushed->message.c_str() : "");

        m_window = openWindow(QStringLiteral("设计甲"));
        QVERIFY(m_window);
        QVERIFY(m_window->newsroom()->page());
        QVERIFY(m_window->newsroom()->page()->holds());
        QVERIFY(!m_window->newsroom()->readOnly());
        QCOMPARE(doc().page.blocks.size(), 4u);
        QVERIFY(document().layout());
    }

    // (a) A proofreader's mark made elsewhere is on the open page within a second, in the
    // document and in the marks panel, with nothing reloaded by hand.
    void aMarkMadeElsewhereAppearsAtOnce() {
        const layout::Story& story = doc().stories[0];
        layout::ProofMark mark;
        mark.id = "mark-from-afar";
        mark.kind = layout::MarkKind::Delete;
        mark.author = "校对乙";
        mark.range = {{story.id, layout::StoryField::Body, 0, 0},
                      {story.id, layout::StoryField::Body, 0, 6}};
        mark.created = "2026-12-05T22:10:00+08:00";
        auto added = m_proofreader->addMark(m_edition, 1, mark);
        QVERIFY2(added, added ? "" : added.error().message.c_str());

        QTRY_VERIFY_WITH_TIMEOUT(layout::findMark(doc().marks, "mark-from-afar"), 1000);
        QTreeWidget* list = m_window->proof()->panel()->list();
        QTRY_VERIFY_WITH_TIMEOUT(listShows(*list, QStringLiteral("校对乙")), 1000);
        QVERIFY(!document().isModified());  // others' work, saved already: nothing to save here
    }

    // (b) An editor's new text reflows the open page, and the mark stays on its characters.
    void anEditorsNewTextReflowsThePage() {
        auto pulled = m_editor->pullPage(m_edition, 1);
        QVERIFY(pulled);
        layout::Story story = pulled.value().document.stories[0];
        const std::string words = "区里新开的社区食堂今天迎来第一批老人";
        QVERIFY(story.paragraphs.size() > 1);
        story.paragraphs[1] = words + story.paragraphs[1];
        const std::string marked =
                layout::DocumentText(doc().stories)
                        .textOf(layout::findMark(doc().marks, "mark-from-afar")->range);
        auto saved =
                m_editor->saveStory(m_edition, story, pulled.value().storyVersions.at(story.id));
        QVERIFY2(saved, saved ? "" : saved.error().message.c_str());

        QTRY_VERIFY_WITH_TIMEOUT(
                laidOutText(*document().layout(), 0).find(words) != std::string::npos, 2000);
        const layout::ProofMark* mark = layout::findMark(doc().marks, "mark-from-afar");
        QVERIFY(mark);
        QCOMPARE(layout::DocumentText(doc().stories).textOf(mark->range), marked);
        QCOMPARE(doc().page.blocks.size(), 4u);  // the window's layout kept
    }

    // (c) A second window on the page is read-only, says who holds it, and refuses every edit.
    void aSecondWindowIsReadOnly() {
        auto second = openWindow(QStringLiteral("设计丁"));
        QVERIFY(second);
        const auto why = second->newsroom()->readOnly();
        QVERIFY(why);
        QVERIFY2(why->contains(QStringLiteral("设计甲")), qPrintable(*why));
        QVERIFY(second->windowTitle().contains(QStringLiteral("设计甲")));
        QVERIFY(second->newsroom()->readOnlyLabel()->isVisible());

        // A drag on the page's first block moves nothing.
        banmian::app::PageDocument& other = *second->document();
        const layout::Document before = other.document();
        const layout::PageRun* run = nullptr;
        for (const layout::PageRun& r : other.layout()->runs) {
            if (r.block == 0 && !r.x.empty()) {
                run = &r;
                break;
            }
        }
        QVERIFY(run);
        banmian::app::PageView* view = second->pageView();
        view->actualSize();
        const QPoint from = view->viewPointOf(
                {layout::toPoints(run->x.front()), layout::toPoints(run->y.front()) - 4});
        const QPoint to = from + QPoint(0, -40);  // up, where nothing is in the way
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i) QTest::mouseMove(view->viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(other.document().page.blocks == before.page.blocks);
        QVERIFY(!other.isModified());
        QVERIFY2(second->statusBar()->currentMessage().contains(QStringLiteral("设计甲")),
                 qPrintable(second->statusBar()->currentMessage()));
        // An edit by any other way is refused too, saying why.
        layout::Document edited = before;
        edited.page.blocks.pop_back();
        QVERIFY(!other.change(QStringLiteral("Take off"), edited));
        QVERIFY(other.frozen()->contains(QStringLiteral("设计甲")));
    }

    // The window's own unsaved work stays when others' comes in: a story's text edited here, a
    // block moved here, while a mark arrives on another story.
    void ownUnsavedWorkStaysWhenOthersComeIn() {
        layout::Document edited = doc();
        edited.stories[2].paragraphs[0] = "本报讯 " + edited.stories[2].paragraphs[0];
        edited.page.blocks[2].area = {{0, 8, 48, 16}};
        QVERIFY(document().change(QStringLiteral("Edit"), edited));
        const layout::Story& story = doc().stories[0];
        layout::ProofMark mark;
        mark.id = "mark-while-editing";
        mark.kind = layout::MarkKind::Comment;
        mark.author = "校对乙";
        mark.range = {{story.id, layout::StoryField::Body, 0, 0},
                      {story.id, layout::StoryField::Body, 0, 3}};
        mark.created = "2026-12-05T22:20:00+08:00";
        auto added = m_proofreader->addMark(m_edition, 1, mark);
        QVERIFY2(added, added ? "" : added.error().message.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(layout::findMark(doc().marks, "mark-while-editing"), 1000);
        QCOMPARE(doc().stories[2].paragraphs[0], edited.stories[2].paragraphs[0]);
        QVERIFY(doc().page.blocks[2].area == edited.page.blocks[2].area);
        QVERIFY(layout::findMark(doc().marks, "mark-from-afar"));
        QVERIFY(document().isModified());
    }

    // (d) Save pushes the window's layout: the rest of the newsroom pulls the block where the
    // window put it.
    void savePushesTheLayout() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        layout::Document moved = doc();
        moved.page.blocks[3].area = {{0, 8, 66, 14}};
        QVERIFY(document().change(QStringLiteral("Resize"), moved));
        QVERIFY(document().isModified());
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!document().isModified());
        auto pulled = m_proofreader->pullPage(m_edition, 1);
        QVERIFY(pulled);
        QVERIFY(pulled.value().document.page.blocks[3].area == moved.page.blocks[3].area);
        QCOMPARE(pulled.value().document.stories[2].paragraphs[0], moved.stories[2].paragraphs[0]);
        QCOMPARE(QString::fromStdString(pulled.value().holder), QStringLiteral("设计甲"));
    }

    // Undo after others' work came in takes back the window's own step only: the block moved
    // here goes back, and the editor's text that arrived after the move stays.
    void undoTakesBackOwnStepNotOthersText() {
        const layout::Document before = doc();
        layout::Document moved = before;
        moved.page.blocks[1].area = {{0, 8, 70, 10}};
        QVERIFY(document().change(QStringLiteral("Move"), moved));

        auto pulled = m_editor->pullPage(m_edition, 1);
        QVERIFY(pulled);
        layout::Story story = pulled.value().document.stories[0];
        const std::string words = "撤销不会抹去编辑的改稿";
        story.paragraphs[0] = words + story.paragraphs[0];
        auto saved =
                m_editor->saveStory(m_edition, story, pulled.value().storyVersions.at(story.id));
        QVERIFY2(saved, saved ? "" : saved.error().message.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(doc().stories[0].paragraphs[0] == story.paragraphs[0], 2000);

        document().undoStack()->undo();
        QVERIFY(doc().page.blocks[1].area == before.page.blocks[1].area);
        QCOMPARE(doc().stories[0].paragraphs[0], story.paragraphs[0]);
        QVERIFY(layout::findMark(doc().marks, "mark-from-afar"));
        document().undoStack()->redo();
        QVERIFY(doc().page.blocks[1].area == moved.page.blocks[1].area);
        QCOMPARE(doc().stories[0].paragraphs[0], story.paragraphs[0]);
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);  // nothing left unsaved
        QTRY_VERIFY(!document().isModified());
    }

    // Place Story from Edition: a story of the day's stock goes onto the page this window holds,
    // where the page is free, as one undo step; the list says where each story is placed; a
    // read-only window cannot place one.
    void aStoryOfTheEditionIsPlacedOnTheHeldPage() {
        layout::Story stock = seedStoriesOnABroadsheet().stories[0];
        stock.id = "stock-story";
        stock.headline = "社区食堂开张迎客";
        m_continued = stock.id;
        auto imported = m_editor->importStories(m_edition, {stock});
        QVERIFY2(imported, imported ? "" : imported.error().message.c_str());

        // The window on page 1 is held by 设计甲: a second one there may not place anything.
        auto readOnly = openWindow(QStringLiteral("设计丁"));
        QVERIFY(readOnly);
        QVERIFY(!readOnly->findChild<QAction*>(QStringLiteral("placeEditionStory"))->isEnabled());
        const auto refused = readOnly->edition()->placeStory(stock.id);
        QVERIFY(refused && refused->contains(QStringLiteral("设计甲")));
        readOnly.reset();

        m_designer = openWindow(QStringLiteral("设计戊"), 2);
        QVERIFY(m_designer);
        QVERIFY(m_designer->newsroom()->page()->holds());
        QVERIFY(m_designer->findChild<QAction*>(QStringLiteral("placeEditionStory"))->isEnabled());
        auto listed = m_designer->newsroom()->page()->stories();
        QVERIFY(listed);
        bool inStock = false, onPageOne = false;
        for (const layout::EditionStory& story : listed.value()) {
            if (story.id == stock.id)
                inStock = story.pages.empty() && story.title == stock.headline;
            if (story.id == doc().stories[0].id) onPageOne = story.pages == std::vector<int>{1};
        }
        QVERIFY(inStock);
        QVERIFY(onPageOne);

        banmian::app::PageDocument& page = *m_designer->document();
        const int steps = page.undoStack()->count();
        const auto placed = m_designer->edition()->placeStory(stock.id);
        QVERIFY2(!placed, placed ? qPrintable(*placed) : "");
        const int block = blockOf(page.document(), stock.id);
        QVERIFY(block >= 0);
        QCOMPARE(page.undoStack()->count(), steps + 1);
        QVERIFY(laidOutText(*page.layout(), block).find("社区食堂开张迎客") != std::string::npos);
        page.undoStack()->undo();
        QCOMPARE(blockOf(page.document(), stock.id), -1);
        page.undoStack()->redo();
        QCOMPARE(blockOf(page.document(), stock.id), block);
        // Once is enough: a second time says where it is.
        const auto twice = m_designer->edition()->placeStory(stock.id);
        QVERIFY(twice && twice->contains(QStringLiteral("already")));
    }

    // Continue on Page (转版): the story's block on page 2 goes on to page 3, held for the change
    // and refused while another holds it; page 3 is saved with the continuation starting where
    // page 2's part stops, under （上接第2版）, and page 2 says （下转第3版）, one undo step.
    void aStoryIsContinuedOnAnotherPage() {
        banmian::app::PageDocument& page = *m_designer->document();
        const int block = blockOf(page.document(), m_continued);
        QVERIFY(block >= 0);
        layout::Document shorter = page.document();
        shorter.page.blocks[static_cast<std::size_t>(block)].area = {{0, 3, 0, 16}};
        QVERIFY(page.change(QStringLiteral("Resize"), shorter));
        const std::string blockId = page.document().page.blocks[static_cast<std::size_t>(block)].id;
        m_designer->pageView()->select(
                {{layout::PagePart::Kind::Block, static_cast<std::size_t>(block), 0}});
        QVERIFY(m_designer->findChild<QAction*>(QStringLiteral("continueOnPage"))->isEnabled());

        // Page 3 held by another: refused, naming them, and nothing changed here.
        auto held = m_proofreader->hold(m_edition, 3, 30);
        QVERIFY2(held, held ? "" : held.error().message.c_str());
        const int steps = page.undoStack()->count();
        const auto refused = m_designer->edition()->continueOnPage(blockId, 3);
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("校对乙")), qPrintable(*refused));
        QCOMPARE(page.undoStack()->count(), steps);
        QVERIFY(!m_proofreader->release(m_edition, 3));

        const auto continued = m_designer->edition()->continueOnPage(blockId, 3);
        QVERIFY2(!continued, continued ? qPrintable(*continued) : "");
        QCOMPARE(page.undoStack()->count(), steps + 1);
        QCOMPARE(page.document().page.blocks[static_cast<std::size_t>(block)].jump.continuedOn, 3);
        QVERIFY(laidOutText(*page.layout(), block).find("（下转第3版）") != std::string::npos);
        const auto stop = stopOf(*page.layout(), block);
        QVERIFY(stop);

        auto pulled = m_editor->pullPage(m_edition, 3);
        QVERIFY2(pulled, pulled ? "" : pulled.error().message.c_str());
        QVERIFY(pulled.value().holder.empty() || !pulled.value().leaseLive);  // given back
        const layout::Document& there = pulled.value().document;
        const int part = blockOf(there, m_continued);
        QVERIFY(part >= 0);
        QCOMPARE(there.page.blocks[static_cast<std::size_t>(part)].jump.continuedFrom, 2);
        QVERIFY(there.page.blocks[static_cast<std::size_t>(part)].jump.start == *stop);
        for (std::size_t b = 0; b < there.page.blocks.size(); ++b) {
            if (static_cast<int>(b) != part)
                QVERIFY(!there.page.blocks[b].area.front().overlaps(
                        there.page.blocks[static_cast<std::size_t>(part)].area.front()));
        }
        auto composed = page.composer().layout(there);
        QVERIFY(composed);
        QVERIFY(laidOutText(composed.value(), part).find("（上接第2版）") != std::string::npos);

        // Both pages saved at once: page 2 keeps its jump in the edition, and page 3 opened by
        // anyone shows the continuation.
        QVERIFY(!page.isModified());
        auto two = m_editor->pullPage(m_edition, 2);
        QVERIFY(two);
        QCOMPARE(two.value().document.page.blocks[static_cast<std::size_t>(block)].jump.continuedOn,
                 3);
        auto opened = layout::openPage(*m_editor, m_edition, 3, page.composer());
        QVERIFY(opened);
        const layout::Block& opens =
                opened.value().document.page.blocks[static_cast<std::size_t>(part)];
        QCOMPARE(opens.jump.continuedFrom, 2);
        QVERIFY(opens.jump.start == *stop);
    }

    // A window follows its jumps: another moves the continuation from page 3 to page 4 and saves
    // both pages; page 2's window, which holds its page, says （下转第4版） within a second, with
    // nothing saved by it.
    void anOpenWindowFollowsItsJumps() {
        banmian::app::PageDocument& page = *m_designer->document();
        const int block = blockOf(page.document(), m_continued);
        QVERIFY(block >= 0);
        auto two = m_editor->pullPage(m_edition, 2);
        QVERIFY(two);
        auto three = m_editor->pullPage(m_edition, 3);
        auto four = m_editor->pullPage(m_edition, 4);
        QVERIFY(three && four);
        layout::Document from = three.value().document;
        layout::Document to = four.value().document;
        const int part = blockOf(from, m_continued);
        QVERIFY(part >= 0);
        to.page.blocks.push_back(from.page.blocks[static_cast<std::size_t>(part)]);
        to.stories.push_back(*layout::findStory(from.stories, m_continued));
        from.page.blocks.erase(from.page.blocks.begin() + part);
        // Page 3 first: for a moment the story stands on page 2 alone.
        QVERIFY(!m_editor->pushPage(m_edition, 3, from, &three.value().storyVersions));
        QVERIFY(!m_editor->pushPage(m_edition, 4, to, &four.value().storyVersions));

        QTRY_VERIFY_WITH_TIMEOUT(
                laidOutText(*page.layout(), block).find("（下转第4版）") != std::string::npos,
                1500);
        QCOMPARE(page.document().page.blocks[static_cast<std::size_t>(block)].jump.continuedOn, 4);
        QVERIFY(!page.isModified());
        auto after = m_editor->pullPage(m_edition, 2);
        QVERIFY(after);
        QCOMPARE(after.value().version, two.value().version);  // page 2 was not written
        m_designer.reset();
    }

    // (e) The server restarted: the window connects again and reads what it missed by id — a
    // mark made before it was back is on the page — and the status bar said so.
    void aLostConnectionMissesNothing() {
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(
                m_window->statusBar()->currentMessage().contains(QStringLiteral("lost")), 5000);
        QVERIFY(m_server->start());
        const layout::Story& story = doc().stories[1];
        layout::ProofMark mark;
        mark.id = "mark-while-away";
        mark.kind = layout::MarkKind::Query;
        mark.author = "校对乙";
        mark.range = {{story.id, layout::StoryField::Body, 0, 0},
                      {story.id, layout::StoryField::Body, 0, 3}};
        mark.created = "2026-12-05T22:30:00+08:00";
        auto added = m_proofreader->addMark(m_edition, 1, mark);
        QVERIFY2(added, added ? "" : added.error().message.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(layout::findMark(doc().marks, "mark-while-away"), 10000);
        QVERIFY(m_window->newsroom()->page()->holds());
    }

    // (f) A read-only window takes the page when its holder closes theirs, and may change it.
    void aReadOnlyWindowTakesThePageWhenItIsGivenBack() {
        auto second = openWindow(QStringLiteral("设计丁"));
        QVERIFY(second);
        QVERIFY(second->newsroom()->readOnly());
        m_window->close();
        QTRY_VERIFY_WITH_TIMEOUT(second->newsroom()->page()->holds(), 2000);
        QVERIFY(!second->newsroom()->readOnly());
        QVERIFY(!second->document()->frozen());
        QVERIFY(!second->newsroom()->readOnlyLabel()->isVisible());
        QVERIFY(!second->windowTitle().contains(QStringLiteral("设计甲")));
        auto pulled = m_proofreader->pullPage(m_edition, 1);
        QVERIFY(pulled);
        QCOMPARE(QString::fromStdString(pulled.value().holder), QStringLiteral("设计丁"));
    }

    void cleanupTestCase() {
        m_designer.reset();
        m_window.reset();
        m_proofreader.reset();
        m_editor.reset();
        m_others.reset();
        m_server.reset();
    }
};

QTEST_MAIN(NewsroomWindowTest)
#include "NewsroomWindowTest.moc"
