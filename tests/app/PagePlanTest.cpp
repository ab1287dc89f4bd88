// The page plan (版面规划) in the window: every page of an edition drawn small with its state, who
// holds it, its copyfit and its open marks — an edition in a folder and one in the newsroom's
// database (a throw-away PostgreSQL server) — following others' work as it is saved, and a page
// picked opening in the window.
//
// BANMIAN_KEEP_EDITION=DIR makes the folder's edition in DIR and leaves it there, to look at
// (`banmian DIR` shows its plan; docs/page-plan.png is a picture of it).
#include <QDir>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <memory>

#include "ThrowAwayServer.h"
#include "app/edit/PageDocument.h"
#include "app/edit/Proofreading.h"
#include "app/ui/EditionActions.h"
#include "app/ui/FileActions.h"
#include "app/ui/MainWindow.h"
#include "app/ui/NewsroomActions.h"
#include "app/ui/PagePlanActions.h"
#include "app/ui/PagePlanPanel.h"
#include "app/ui/PagePlanTile.h"
#include "layout/edition/FolderEdition.h"
#include "layout/edition/FolderStock.h"
#include "layout/import/ArticleImporter.h"
#include "layout/model/DocumentText.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/newsroom/Schema.h"
#include "layout/pipeline/PageComposer.h"
#include "layout/proof/Rounds.h"

using banmian::app::MainWindow;
using banmian::app::PlanPage;
namespace layout = banmian::layout;

namespace {

constexpr layout::CalendarDate kDay{2026, 12, 6};
constexpr const char* kEvening = "2026-12-05T22:30:00+08:00";

// Page `page` of the 徐汇报 edition with stories `first`… (`count` of them) of article file
// `articles` (tests/data/compose) composed on it, as a designer would have it; the seed's on
// page 1.
layout::Document composedPage(layout::PageComposer& composer, const layout::EditionPage& page,
                              std::size_t first, std::size_t count) {
    layout::Document document =
            layout::newEditionPage("徐汇报", kDay, layout::PagePreset::Broadsheet, page);
    const std::string articles = page.number == 1 ? BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt"
                                                  : BANMIAN_SOURCE_DIR
                                         "/tests/data/compose/twelve-stories.txt";
    const auto imported = layout::importArticleFile(articles);
    if (!imported) return document;
    const auto& stories = imported.value().stories;
    for (std::size_t i = first; i < first + count && i < stories.size(); ++i)
        document.stories.push_back(stories[i]);
    if (!document.stories.empty()) {
        auto composed = composer.autoCompose(document, std::nullopt);
        if (composed) document.page = std::move(composed).value();
    }
    return document;
}

// A mark on the first characters of the page's first story.
layout::ProofMark markOn(const layout::Document& page, const std::string& id) {
    const layout::Story& story = page.stories.front();
    layout::ProofMark mark;
    mark.id = id;
    mark.kind = layout::MarkKind::Delete;
    mark.author = "校对乙";
    mark.range = {{story.id, layout::StoryField::Body, 0, 0},
                  {story.id, layout::StoryField::Body, 0, 6}};  // two characters' bytes
    mark.text = layout::DocumentText(page.stories).textOf(mark.range);
    mark.created = kEvening;
    return mark;
}

// The plan's item for page `number`.
QListWidgetItem* itemOf(QListWidget& list, int number) {
    for (int row = 0; row < list.count(); ++row) {
        if (list.item(row)->data(Qt::UserRole).toInt() == number) return list.item(row);
    }
    return nullptr;
}

// A double-click as the mouse makes it: a click, then the second press the system calls double.
void doubleClick(QListWidget& list, QPoint at) {
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list.viewport(), Qt::LeftButton, {}, at);
}

const PlanPage* planned(const banmian::app::PagePlanPanel& panel, int number) {
    for (const PlanPage& page : panel.pages()) {
        if (page.status.number == number) return &page;
    }
    return nullptr;
}

}  // namespace

class PagePlanTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<MainWindow> m_window;

    banmian::app::PagePlanPanel& panel() { return *m_window->pagePlan()->panel(); }
    QListWidget& list() {
        return *panel().findChild<QListWidget*>(QStringLiteral("pagePlanPages"));
    }

    std::filesystem::path folderPath() const { return m_folder.toStdString(); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_folder = qEnvironmentVariable("BANMIAN_KEEP_EDITION",
                                        m_dir.filePath(QStringLiteral("edition")));
        // An evening's edition of four pages: page 1 in its second proof with two marks open,
        // page 2 signed off, page 3 gone to the plant, page 4 still being composed.
        layout::Edition edition{"徐汇报", kDay, layout::numberedPages(4)};
        edition.pages[1].section = "综合";
        edition.pages[2].section = "社区";
        edition.pages[3].section = "副刊";
        layout::PageComposer composer;
        const auto made = layout::createFolderEdition(
                folderPath(), edition, [&](const layout::EditionPage& page) {
                    switch (page.number) {
                        case 1: {
                            layout::Document d = composedPage(composer, page, 0, 6);
                            layout::openFirstRound(d, "编辑丙", kEvening);
                            layout::openNextRound(d, "编辑丙", kEvening);
                            d.marks.push_back(markOn(d, "mark-1"));
                            d.marks.push_back(markOn(d, "mark-2"));
                            return d;
                        }
                        case 2:
                        case 3: {
                            layout::Document d =
                                    composedPage(composer, page, page.number == 2 ? 0 : 4, 4);
                            layout::openFirstRound(d, "编辑丙", kEvening);
                            layout::signOff(d, "总编辑", kEvening);
                            return d;
                        }
                        default:
                            return composedPage(composer, page, 8, 4);
                    }
                });
        QVERIFY2(!made, made ? made->message.c_str() : "");
        edition.pages[2].sent = true;
        edition.pages[2].sentAt = kEvening;
        const auto written = layout::writeFolderEdition(folderPath(), edition);
        QVERIFY2(!written, written ? written->message.c_str() : "");

        banmian::app::setProofreaderName(QStringLiteral("设计甲"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Every page in order, each in its state, drawn with its state's colour across the top, its
    // copyfit and marks said under it.
    void aFolderEditionsPlanShowsEveryPageInItsState() {
        const auto error = m_window->pagePlan()->showFolderPlan(m_folder);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QCOMPARE(panel().pages().size(), 4u);
        QCOMPARE(list().count(), 4);
        const std::vector<layout::PageState> states{{layout::PageStage::Proofing, 2, false},
                                                    {layout::PageStage::Signed},
                                                    {layout::PageStage::Sent},
                                                    {layout::PageStage::Composing}};
        for (int number = 1; number <= 4; ++number) {
            const PlanPage* page = planned(panel(), number);
            QVERIFY(page);
            QVERIFY2(page->error.isEmpty(), qPrintable(page->error));
            QCOMPARE(page->status.state, states[static_cast<std::size_t>(number - 1)]);
            // The tile's band says the state in its colour.
            const QImage tile = itemOf(list(), number)->icon().pixmap(168, 268).toImage();
            QVERIFY(!tile.isNull());
            QCOMPARE(tile.pixelColor(tile.width() / 2, 4).rgb(),
                     banmian::app::stateColour(page->status.state).rgb());
        }
        QCOMPARE(planned(panel(), 1)->status.openMarks, 2);
        const QString first = itemOf(list(), 1)->text();
        QVERIFY2(first.contains(QStringLiteral("2 open mark")), qPrintable(first));
        QVERIFY2(itemOf(list(), 3)->text().contains(QStringLiteral("社区")),
                 qPrintable(itemOf(list(), 3)->text()));
    }

    // A page changed by another (page 4 sent to its first proof and marked, in its file) is on
    // the plan without a reload.
    void aPageSavedElsewhereIsFollowed() {
        const auto file = layout::folderPageFile(folderPath(), 4);
        auto page = layout::readDocument(file);
        QVERIFY(page);
        layout::Document changed = std::move(page).value();
        QVERIFY(!layout::openFirstRound(changed, "编辑丙", kEvening));
        changed.marks.push_back(markOn(changed, "mark-late"));
        const auto written = layout::writeDocument(changed, file);
        QVERIFY2(!written, written ? written->message.c_str() : "");
        QTRY_VERIFY_WITH_TIMEOUT(planned(panel(), 4)->status.openMarks == 1, 3000);
        QCOMPARE(planned(panel(), 4)->status.state,
                 (layout::PageState{layout::PageStage::Proofing, 1, false}));
    }

    // A page double-clicked opens in the window, as the folder's file, its number and section
    // the edition's; the plan then says the window holds it.
    void aPagePickedOpensInTheWindow() {
        QListWidgetItem* item = itemOf(list(), 4);
        QVERIFY(item);
        list().scrollToItem(item);  // as a person scrolls down to it
        const QRect rect = list().visualItemRect(item);
        doubleClick(list(), rect.center());
        QTRY_COMPARE(QFileInfo(m_window->document()->path()).fileName(),
                     QStringLiteral("page-04.banmian"));
        QCOMPARE(m_window->document()->page().number, 4);
        QCOMPARE(m_window->document()->page().section, std::string("副刊"));
        QCOMPARE(QFileInfo(m_window->document()->path()).fileName(),
                 QStringLiteral("page-04.banmian"));
        QTRY_VERIFY_WITH_TIMEOUT(!planned(panel(), 4)->status.holder.empty(), 3000);
    }

    // The database's edition: a mark made by a proofreader elsewhere and a page taken by a
    // designer elsewhere are on the plan within a second; a page picked opens from the
    // newsroom, read-only where another holds it.
    void aNewsroomEditionsPlanFollowsOthers() {
        ThrowAwayServer server;
        QVERIFY2(server.running(), server.error().c_str());
        const std::string url = server.createDatabase("newsroom");
        auto opened = layout::PgConnection::open(url);
        QVERIFY(opened);
        layout::PgConnection connection = std::move(opened).value();
        QVERIFY(layout::initSchema(connection, "admin"));
        layout::EditionStore editor(connection, {"编辑丙", "s1"});
        layout::PageComposer composer;
        auto edition = editor.createEdition("徐汇报", kDay, 3, [&](const layout::EditionPage& p) {
            return layout::newEditionPage("徐汇报", kDay, layout::PagePreset::Broadsheet, p);
        });
        QVERIFY2(edition, edition ? "" : edition.error().message.c_str());
        for (const layout::EditionPage& p : edition.value().edition.pages) {
            const auto pushed =
                    editor.pushPage(edition.value(), p.number, composedPage(composer, p, 0, 4));
            QVERIFY2(!pushed, pushed ? pushed->message.c_str() : "");
        }

        const QString database = QString::fromStdString(url);
        const auto error = m_window->pagePlan()->showNewsroomPlan(database, kDay);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QCOMPARE(panel().pages().size(), 3u);
        QCOMPARE(planned(panel(), 2)->status.openMarks, 0);
        QVERIFY2(planned(panel(), 2)->document.has_value(), qPrintable(planned(panel(), 2)->error));

        auto page = editor.pullPage(edition.value(), 2);
        QVERIFY(page);
        QVERIFY(editor.addMark(edition.value(), 2, markOn(page.value().document, "mark-db")));
        QTRY_VERIFY_WITH_TIMEOUT(planned(panel(), 2)->status.openMarks == 1, 1000);

        layout::EditionStore designer(connection, {"设计乙", "s2"});
        QVERIFY(designer.hold(edition.value(), 3, 30));
        QTRY_VERIFY_WITH_TIMEOUT(planned(panel(), 3)->status.holder == "设计乙", 1000);

        QListWidgetItem* item = itemOf(list(), 3);
        QVERIFY(item);
        list().scrollToItem(item);
        doubleClick(list(), list().visualItemRect(item).center());
        QTRY_VERIFY(m_window->newsroom()->page());
        QCOMPARE(m_window->newsroom()->page()->address().page, 3);
        QVERIFY(m_window->newsroom()->readOnly());  // 设计乙 holds it
        m_window->newsroom()->letGo();
        m_window->pagePlan()->panel()->showEdition(nullptr);  // before the server stops
    }

    // A folder's edition takes the same 转版 and stock as the database's: a story of the stock
    // placed on a page, and a story continued from page 1 onto page 2 — that page's file taken by
    // its lock for the change, both pages saved, the jump lines on both; a signed page refused.
    void aFolderEditionTakesStoriesAndJumpsFromTheWindow() {
        const QString folder = m_dir.filePath(QStringLiteral("jumps"));
        const std::filesystem::path dir = folder.toStdString();
        layout::Edition edition{"徐汇报", kDay, layout::numberedPages(3)};
        layout::PageComposer composer;
        const auto made =
                layout::createFolderEdition(dir, edition, [&](const layout::EditionPage& page) {
                    if (page.number != 1)
                        return layout::newEditionPage("徐汇报", kDay,
                                                      layout::PagePreset::Broadsheet, page);
                    return composedPage(composer, page, 0, 6);
                });
        QVERIFY2(!made, made ? made->message.c_str() : "");
        layout::Document signedPage = layout::readDocument(layout::folderPageFile(dir, 3)).value();
        layout::openFirstRound(signedPage, "编辑丙", kEvening);
        layout::signOff(signedPage, "总编辑", kEvening);
        QVERIFY(!layout::writeDocument(signedPage, layout::folderPageFile(dir, 3)));
        const auto articles = layout::importArticleFile(BANMIAN_SOURCE_DIR
                                                        "/tests/data/compose/three-stories.txt");
        QVERIFY(articles);
        QVERIFY(layout::importIntoFolderStock(dir, edition, articles.value().stories));

        // Page 2, empty: a story of the stock placed on it, one undo step.
        QVERIFY(m_window->openFile(
                QString::fromStdString(layout::folderPageFile(dir, 2).string())));
        banmian::app::PageDocument& page = *m_window->document();
        QCOMPARE(page.page().number, 2);
        const int steps = page.undoStack()->count();
        const std::string stock = articles.value().stories.front().id;
        const auto placed = m_window->edition()->placeStory(stock);
        QVERIFY2(!placed, placed ? qPrintable(*placed) : "");
        QCOMPARE(page.undoStack()->count(), steps + 1);
        QVERIFY(std::any_of(page.page().blocks.begin(), page.page().blocks.end(),
                            [&](const layout::Block& b) { return b.story == stock; }));
        QVERIFY(m_window->files()->save());

        // Page 1: its lead continued on page 3 (signed: refused), then on page 2.
        QVERIFY(m_window->openFile(
                QString::fromStdString(layout::folderPageFile(dir, 1).string())));
        QCOMPARE(page.page().number, 1);
        const auto lead = std::find_if(
                page.page().blocks.begin(), page.page().blocks.end(), [](const layout::Block& b) {
                    return b.kind == layout::BlockKind::Story && !b.story.empty();
                });
        QVERIFY(lead != page.page().blocks.end());
        const std::string blockId = lead->id, story = lead->story;
        const auto refused = m_window->edition()->continueOnPage(blockId, 3);
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("signed off")), qPrintable(*refused));
        const auto continued = m_window->edition()->continueOnPage(blockId, 2);
        QVERIFY2(!continued, continued ? qPrintable(*continued) : "");
        QVERIFY(!page.isModified());  // both pages saved

        const auto one = layout::readDocument(layout::folderPageFile(dir, 1));
        QVERIFY(one);
        const auto first =
                std::find_if(one.value().page.blocks.begin(), one.value().page.blocks.end(),
                             [&](const layout::Block& b) { return b.id == blockId; });
        QVERIFY(first != one.value().page.blocks.end());
        QCOMPARE(first->jump.continuedOn, 2);
        auto two = layout::openFolderPage(dir, layout::readFolderEdition(dir).value(), 2, composer);
        QVERIFY2(two, two ? "" : two.error().message.c_str());
        const auto part =
                std::find_if(two.value().page.blocks.begin(), two.value().page.blocks.end(),
                             [&](const layout::Block& b) { return b.story == story; });
        QVERIFY(part != two.value().page.blocks.end());
        QCOMPARE(part->jump.continuedFrom, 1);
        QVERIFY(std::any_of(two.value().page.blocks.begin(), two.value().page.blocks.end(),
                            [&](const layout::Block& b) { return b.story == stock; }));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(PagePlanTest)
#include "PagePlanTest.moc"
