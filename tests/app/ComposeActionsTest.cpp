// Auto-compose in the window runs on a worker: the window goes on painting and taking events while
// a big day composes, the page found lands as one undo step, a page changed meanwhile is not
// overwritten with one made for the old page, and Esc abandons the search.
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "app/edit/PageDocument.h"
#include "app/ui/ComposeActions.h"
#include "app/ui/LayoutChoiceDialog.h"
#include "app/ui/MainWindow.h"
#include "app/ui/Translations.h"
#include "app/view/PageView.h"
#include "layout/import/ArticleImporter.h"

using banmian::app::ComposeActions;
using banmian::app::MainWindow;
namespace layout = banmian::layout;

namespace {

// Long enough for twelve stories composed in a debug build under the sanitizers.
constexpr int kComposing = 120000;

// A big day: twelve stories on an empty broadsheet.
layout::Document twelveStories() {
    layout::Document day;
    day.stories =
            layout::importArticleFile(BANMIAN_SOURCE_DIR "/tests/data/compose/twelve-stories.txt")
                    .value()
                    .stories;
    day.page.grid = layout::pageGrid(layout::PagePreset::Broadsheet);
    return day;
}

QAction* autoComposeAction(const MainWindow& window) {
    for (QAction* menu : window.menuBar()->actions())
        for (QAction* item : menu->menu()->actions())
            if (item->text() == ComposeActions::tr("Auto-&Compose the Page")) return item;
    return nullptr;
}

// Counts the page view's paints while `compose` is searching.
class PaintsWhileComposing : public QObject {
public:
    explicit PaintsWhileComposing(const ComposeActions& compose) : m_compose(compose) {}
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_compose.isComposing()) ++count;
        return false;
    }

private:
    const ComposeActions& m_compose;
};

}  // namespace

class ComposeActionsTest : public QObject {
    Q_OBJECT

private slots:
    // Twelve stories take seconds to compose in a debug build: all that time a timer keeps firing
    // and the page keeps repainting, the status bar says the page is being composed, a second
    // request is ignored, and at the end every story is on the page, one undo step.
    void theWindowGoesOnWhileABigDayComposes() {
        MainWindow window;
        window.document()->reset(twelveStories(), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();

        int ticks = 0;
        int ticksWhenComposed = -1;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, [&] {
            ++ticks;
            window.pageView()->viewport()->update();
        });
        connect(undo, &QUndoStack::indexChanged, &tick, [&] {
            if (ticksWhenComposed < 0) ticksWhenComposed = ticks;
        });
        PaintsWhileComposing paints(*window.compose());
        window.pageView()->viewport()->installEventFilter(&paints);
        QSignalSpy finished(window.compose(), &ComposeActions::finished);

        QAction* compose = autoComposeAction(window);
        QVERIFY(compose);
        tick.start();
        compose->trigger();
        QVERIFY(window.compose()->isComposing());
        QVERIFY(window.compose()->progress()->isVisible());  // 正在自动组版… with its Cancel
        QVERIFY(!compose->isEnabled());
        window.compose()->autoCompose();  // asked again meanwhile: ignored, not a second search
        QVERIFY(finished.wait(kComposing));

        QVERIFY2(ticksWhenComposed >= 5,
                 qPrintable(QStringLiteral("the timer fired %1 times before the page came")
                                    .arg(ticksWhenComposed)));
        QVERIFY(paints.count > 0);
        QVERIFY(!window.compose()->progress()->isVisible());
        QVERIFY(compose->isEnabled());
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Page composed")),
                 qPrintable(window.statusBar()->currentMessage()));
        const auto& stories = window.document()->document().stories;
        QCOMPARE(stories.size(), std::size_t{13});  // twelve and a sidebar
        for (const layout::Story& story : stories) {
            int blocks = 0;
            for (const layout::Block& block : window.document()->page().blocks)
                blocks += block.story == story.id;
            QVERIFY2(blocks == 1, story.headline.c_str());
        }
        // Nothing more comes: the second request started no search of its own.
        window.compose()->composer().waitForWorker();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(undo->count(), steps + 1);
    }

    // A block taken off the page while it composes: the page found was made for the page before,
    // and is dropped; the designer's change stays, the status bar says to compose again.
    void aPageChangedWhileComposingIsNotOverwritten() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack* undo = window.document()->undoStack();
        const std::size_t blocks = window.document()->page().blocks.size();
        QSignalSpy finished(window.compose(), &ComposeActions::finished);

        autoComposeAction(window)->trigger();
        QVERIFY(window.compose()->isComposing());
        window.pageView()->select({{layout::PagePart::Kind::Block, 1, 0}});
        window.pageView()->setFocus();
        QTest::keyClick(window.pageView(), Qt::Key_Delete);
        QCOMPARE(window.document()->page().blocks.size(), blocks - 1);
        const std::vector<layout::Block> left = window.document()->page().blocks;
        QVERIFY(finished.wait(kComposing));

        QCOMPARE(undo->count(), 1);  // the Delete, and no auto-compose
        QVERIFY(window.document()->page().blocks == left);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("changed")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    // Esc while it composes: the search is abandoned, the page stays as it was (nothing lands
    // later), and composing again works.
    void escAbandonsTheSearch() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack* undo = window.document()->undoStack();
        const std::vector<layout::Block> before = window.document()->page().blocks;
        QSignalSpy finished(window.compose(), &ComposeActions::finished);

        autoComposeAction(window)->trigger();
        QVERIFY(window.compose()->isComposing());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.compose()->isComposing());
        QVERIFY(!window.compose()->progress()->isVisible());
        QCOMPARE(finished.count(), 1);
        // Whatever the worker still hands back is dropped as it arrives.
        window.compose()->composer().waitForWorker();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(undo->count(), 0);
        QVERIFY(window.document()->page().blocks == before);

        autoComposeAction(window)->trigger();
        QVERIFY(finished.wait(kComposing));
        QCOMPARE(undo->count(), 1);
        QVERIFY(!(window.document()->page().blocks == before));  // composed afresh: new ids
    }

    // The status line and the chooser say, in the desk's language, what the page had no room
    // for, so that the designer places it or cuts copy; nothing is said when all is placed.
    void theSummarySaysWhatWasLeftOut() {
        QCOMPARE(
                banmian::app::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China)),
                QLocale::Chinese);
        layout::PageMeasure measure;
        measure.unusedCells = 6;
        QVERIFY(!banmian::app::measureSummary(measure).contains(QStringLiteral("未排入")));
        measure.unplacedStories = 1;
        measure.unplacedPhotos = 2;
        const QString said = banmian::app::measureSummary(measure);
        QVERIFY2(said.contains(QStringLiteral("1 篇稿件未排入")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("2 张图片未排入")), qPrintable(said));
    }
};

QTEST_MAIN(ComposeActionsTest)
#include "ComposeActionsTest.moc"
