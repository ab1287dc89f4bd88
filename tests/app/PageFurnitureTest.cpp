// The page's furniture and shapes in the window, driven through its menus, dialogs, mouse and
// Properties: the masthead's words and date (saved, read back, printed, undone), a 报眼 added and
// exported, a block reshaped into an L and back with a drag (undo, and a refusal naming the block
// in the way), the headline's span, and headline sizes in 号.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <functional>

#include "app/edit/PageDocument.h"
#include "app/ui/EarDialog.h"
#include "app/ui/ExportActions.h"
#include "app/ui/FurnitureActions.h"
#include "app/ui/MainWindow.h"
#include "app/ui/InkField.h"
#include "app/ui/MastheadDialog.h"
#include "app/ui/PropertiesPanel.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "tests/app/SeedStories.h"

using banmian::app::MainWindow;
using banmian::app::PageView;
namespace layout = banmian::layout;

namespace {

// A masthead across the top (lines 0–9), story 0 in columns 0–3 under it, story 1 in columns
// 5–7.
layout::Document testPage() {
    layout::Document document = seedStoriesOnABroadsheet();
    document.page.masthead.title = "报名";
    document.page.masthead.date = "国庆特刊";  // words an older file had: no date
    layout::Block masthead;
    masthead.id = "masthead";
    masthead.kind = layout::BlockKind::Masthead;
    masthead.area = {{0, 8, 0, 10}};
    layout::Block left;
    left.id = "left";
    left.story = document.stories[0].id;
    left.area = {{0, 4, 12, 40}};
    layout::Block right;
    right.id = "right";
    right.story = document.stories[1].id;
    right.area = {{5, 3, 12, 60}};
    document.page.blocks = {masthead, left, right};
    return document;
}

QAction* menuAction(const MainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* item : menu->menu()->actions()) {
            if (item->text() == text) return item;
        }
    }
    return nullptr;
}

// Triggers `action` and runs `act` on the modal dialog of type D it opens; whatever `act` leaves
// open is cancelled, so that a test never hangs on the dialog.
template <typename D>
bool withDialog(QAction* action, const std::function<void(D&)>& act) {
    QTimer poll;
    bool done = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog || done) return;
        done = true;
        act(*dialog);
        if (dialog->isVisible()) dialog->reject();
    });
    poll.start(10);
    action->trigger();
    return done;
}

void clickOk(QDialog& dialog) {
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// The text the page prints for block `block`, its runs joined (spaces are spacing, not glyphs).
QString textOf(const layout::PageLayout& page, std::size_t block) {
    std::string text;
    for (const layout::PageRun& run : page.runs) {
        if (run.block != static_cast<int>(block)) continue;
        for (const std::string& t : run.text) text += t;
    }
    return QString::fromStdString(text);
}

}  // namespace

class PageFurnitureTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    PageView* view() { return m_window->pageView(); }
    const layout::Page& page() { return m_window->document()->page(); }
    QUndoStack* undo() { return m_window->document()->undoStack(); }
    banmian::app::PropertiesPanel* panel() {
        return m_window->findChild<banmian::app::PropertiesPanel*>();
    }
    QPoint at(layout::LayoutUnit x, layout::LayoutUnit y) {
        return view()->viewPointOf({layout::toPoints(x), layout::toPoints(y)});
    }
    QPoint inside(const layout::GridRect& r) {
        const layout::Rect rect = page().grid.rect(r);
        return at(rect.x + rect.width / 2, rect.y + rect.height / 3);
    }
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {}) {
        QTest::mousePress(view()->viewport(), Qt::LeftButton, modifiers, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(view()->viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, modifiers, to);
    }
    void selectBlock(std::size_t block) {
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          inside(page().blocks[block].area[0]));
        QCOMPARE(view()->selection().size(), std::size_t{1});
        QCOMPARE(view()->selection().front().block, block);
    }

private slots:
    void init() {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->document()->reset(testPage(), QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->actualSize();
        view()->centerOn(view()->pageItem()->boundingRect().topLeft() + QPointF(400, 350));
    }
    void cleanup() {
        undo()->setClean();
        m_window.reset();
    }

    void theMastheadIsEditedAsOneStepSavedReadBackAndPrinted() {
        QAction* action = menuAction(*m_window, QStringLiteral("&Masthead…"));
        QVERIFY(action);
        const bool opened = withDialog<banmian::app::MastheadDialog>(action, [](auto& dialog) {
            // The older file's words are shown as the date, kept unless a date is chosen.
            QVERIFY(dialog.keepDateText()->isVisible());
            QVERIFY(dialog.keepDateText()->isChecked());
            QVERIFY(dialog.keepDateText()->text().contains(QStringLiteral("国庆特刊")));
            // A new date's default: tomorrow, the day the paper comes out.
            const layout::CalendarDate next = layout::tomorrow();
            QCOMPARE(dialog.date()->date(), QDate(next.year, next.month, next.day));
            QVERIFY(dialog.date()->calendarPopup());
            dialog.title()->setText(QStringLiteral("徐汇报"));
            dialog.pinyin()->setText(QStringLiteral("XUHUI BAO"));
            dialog.date()->setDate(QDate(2027, 1, 1));
            QVERIFY(!dialog.keepDateText()->isChecked());  // the date replaces the words
            dialog.issue()->setText(QStringLiteral("245"));
            dialog.totalIssue()->setText(QStringLiteral("12345"));
            dialog.reference()->setText(QStringLiteral("31-0001"));
            dialog.postalCode()->setText(QStringLiteral("3-9"));
            QVERIFY(dialog.preview()->text().contains(
                    QStringLiteral("2027年1月1日 星期五　第245期")));
            // The name's colour: the house's spot red, changed to a process red.
            QVERIFY(dialog.colourField());
            QCOMPARE(dialog.colourField()->ink().swatch, std::string("报头红"));
            QComboBox* colour = dialog.colourField()->swatchBox();
            colour->setCurrentIndex(colour->findData(QStringLiteral("四色红")));
            clickOk(dialog);
        });
        QVERIFY(opened);
        QCOMPARE(undo()->count(), 1);  // the dialog's every field: one step
        const layout::Masthead& m = page().masthead;
        QCOMPARE(m.title, std::string("徐汇报"));
        QCOMPARE(m_window->document()->document().styles.get("masthead.title").ink.swatch,
                 std::string("四色红"));
        for (const auto& run : m_window->page()->runs) {
            if (run.block == 0 && run.size > layout::fromPoints(40)) {  // the name
                QVERIFY(run.colour.spot.empty());
                QCOMPARE(run.colour.cmyk[1], 1.0);
            }
        }
        QCOMPARE(m.publication, (std::optional<layout::CalendarDate>{{2027, 1, 1}}));
        QVERIFY(m.date.empty());
        const QString printed = textOf(*m_window->page(), 0);
        for (const char* part : {"徐汇报", "XUHUIBAO", "2027年1月1日星期五", "第245期",
                                 "总第12345期", "国内统一连续出版物号CN31-0001", "邮发代号3-9"})
            QVERIFY2(printed.contains(QString::fromUtf8(part)), qPrintable(printed));

        // Saved and opened again: the same masthead, printed the same.
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("page.banmian"));
        QVERIFY(!m_window->saveTo(path));
        const layout::Masthead saved = m;
        // A copy: the window holds its own file.
        const QString copy = folder.filePath(QStringLiteral("copy.banmian"));
        QVERIFY(QFile::copy(path, copy));
        MainWindow again;
        QVERIFY(!again.importFile(copy));
        QCOMPARE(again.document()->page().masthead, saved);
        QCOMPARE(textOf(*again.page(), 0), printed);

        // Undone: the words the older file had, printed again.
        undo()->undo();
        QCOMPARE(m_window->document()->document().styles.get("masthead.title").ink.swatch,
                 std::string("报头红"));
        QCOMPARE(page().masthead.date, std::string("国庆特刊"));
        QVERIFY(!page().masthead.publication);
        QVERIFY(textOf(*m_window->page(), 0).contains(QStringLiteral("国庆特刊")));
    }

    // File → New Page: the same masthead, dated tomorrow (a paper is made the day before it comes
    // out), whatever the page before was dated.
    void aNewPageIsDatedTomorrow() {
        QAction* action = menuAction(*m_window, QStringLiteral("&New Page"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(page().blocks.empty());
        QCOMPARE(page().masthead.title, std::string("报名"));
        QCOMPARE(page().masthead.publication, std::optional(layout::tomorrow()));
        QVERIFY(page().masthead.date.empty());
    }

    void aMastheadDialogLeftAsItWasAddsNoStep() {
        const bool opened = withDialog<banmian::app::MastheadDialog>(
                menuAction(*m_window, QStringLiteral("&Masthead…")),
                [](auto& dialog) { clickOk(dialog); });
        QVERIFY(opened);
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(page().masthead.date, std::string("国庆特刊"));
    }

    void anEarIsAddedBesideTheMastheadEditedAndExported() {
        QAction* action = menuAction(*m_window, QStringLiteral("Add &Ear"));
        QVERIFY(action);
        const bool opened = withDialog<banmian::app::EarDialog>(action, [](auto& dialog) {
            dialog.titleField()->setText(QStringLiteral("今日天气"));
            dialog.textField()->setPlainText(QStringLiteral("晴转多云\n12～18℃"));
            clickOk(dialog);
        });
        QVERIFY(opened);
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(page().blocks.size(), std::size_t{4});
        const layout::Block& ear = page().blocks.back();
        QCOMPARE(ear.kind, layout::BlockKind::Ear);
        // It takes the masthead's right columns; the name centres itself in what is left.
        QCOMPARE(page().blocks[0].area[0].columns, 6);
        QCOMPARE(ear.area[0].column, 6);
        QCOMPARE(ear.area[0].line, 0);
        const QString printed = textOf(*m_window->page(), 3);
        QVERIFY2(printed.contains(QStringLiteral("今日天气")) &&
                         printed.contains(QStringLiteral("12～18℃")),
                 qPrintable(printed));
        QVERIFY(!m_window->page()->boxes.empty());

        // A double-click on it opens its words; a change is one step.
        const bool edited = withDialog<banmian::app::EarDialog>(
                menuAction(*m_window, QStringLiteral("Add &Ear")), [](auto&) {});
        QVERIFY(edited);  // cancelled: nothing added
        QCOMPARE(page().blocks.size(), std::size_t{4});
        QTimer::singleShot(0, [] {});
        bool changed = false;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto* dialog =
                    qobject_cast<banmian::app::EarDialog*>(QApplication::activeModalWidget());
            if (!dialog || changed) return;
            changed = true;
            QCOMPARE(dialog->title(), std::string("今日天气"));
            dialog->titleField()->setText(QStringLiteral("明日天气"));
            clickOk(*dialog);
        });
        poll.start(10);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, inside(ear.area[0]));
        QVERIFY(changed);
        QCOMPARE(page().blocks[3].earTitle, std::string("明日天气"));
        QCOMPARE(undo()->count(), 2);

        // The page with its ear exports.
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("page.pdf"));
        const auto error = m_window->exports()->exportPdf(pdf);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // Saved and read back, it is there.
        const QString path = folder.filePath(QStringLiteral("page.banmian"));
        QVERIFY(!m_window->saveTo(path));
        const QString copy = folder.filePath(QStringLiteral("copy.banmian"));
        QVERIFY(QFile::copy(path, copy));
        MainWindow again;
        QVERIFY(!again.importFile(copy));
        QCOMPARE(again.document()->page().blocks.back(), page().blocks.back());
        undo()->undo();
        undo()->undo();
        QCOMPARE(page().blocks.size(), std::size_t{3});
        QCOMPARE(page().blocks[0].area[0].columns, 8);
    }

    // Taken off the page (selected, Delete), the ear gives the masthead its columns back.
    void anEarTakenOffGivesTheMastheadItsColumns() {
        const auto ear = m_window->furniture()->addEar("今日导读", "第3版 区长带队开展走访活动");
        QVERIFY(ear);
        QCOMPARE(page().blocks[0].area[0].columns, 6);
        QCOMPARE(view()->selection().size(), std::size_t{1});  // the ear, selected
        QTest::keyClick(view()->viewport(), Qt::Key_Delete);
        QCOMPARE(page().blocks.size(), std::size_t{3});
        QCOMPARE(page().blocks[0].area[0].columns, 8);
        QCOMPARE(undo()->count(), 2);
        undo()->undo();
        QCOMPARE(page().blocks.size(), std::size_t{4});
        QCOMPARE(page().blocks[0].area[0].columns, 6);
    }

    void anEarIsRefusedWhereABlockStands() {
        // No masthead: the ear goes to the top right, where this story stands.
        layout::Document document = testPage();
        document.page.blocks.erase(document.page.blocks.begin());
        layout::Block box;
        box.id = "box";
        box.story = document.stories[2].id;
        box.area = {{6, 2, 0, 10}};
        document.page.blocks.push_back(box);
        m_window->document()->reset(document, QString());
        QVERIFY(withDialog<banmian::app::EarDialog>(
                menuAction(*m_window, QStringLiteral("Add &Ear")),
                [](auto& dialog) { clickOk(dialog); }));
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(page().blocks.size(), std::size_t{3});
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("集中销毁")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void aBlockIsReshapedIntoAnLAndBackByItsNotchHandle() {
        selectBlock(1);
        const layout::GridRect start = page().blocks[1].area[0];  // columns 0–3, lines 12–51
        const layout::PageGrid& g = page().grid;
        // The notch handle at the bottom-left corner, dragged two columns right and 30 lines up.
        const QPoint handle = at(g.columnX(0), g.lineY(start.endLine()));
        drag(handle, at(g.columnX(2), g.lineY(start.endLine() - 30)));
        const std::vector<layout::GridRect> l = {{0, 4, 12, 10}, {2, 2, 22, 30}};
        QCOMPARE(page().blocks[1].area, l);
        QCOMPARE(undo()->count(), 1);
        QVERIFY(undo()->undoText().startsWith(QStringLiteral("Reshape")));
        // The text flows through both rectangles: lines set in the lower one.
        bool lower = false;
        const layout::Rect bottom = g.rect(l[1]);
        for (const layout::PageRun& run : m_window->page()->runs)
            lower |= run.block == 1 && run.y.front() > bottom.y && run.x.front() >= bottom.x;
        QVERIFY(lower);

        undo()->undo();
        QCOMPARE(page().blocks[1].area, std::vector<layout::GridRect>{start});
        undo()->redo();
        QCOMPARE(page().blocks[1].area, l);

        // The notch's handle, at its inner corner, taken back to the block's left edge: a
        // rectangle again.
        drag(at(g.columnX(2), g.lineY(22)), at(g.columnX(0), g.lineY(22)));
        QCOMPARE(page().blocks[1].area, std::vector<layout::GridRect>{start});
        QCOMPARE(undo()->count(), 2);
    }

    void aNotchTakenBackOverAnotherBlockIsRefusedNamingIt() {
        layout::Document document = testPage();
        document.page.blocks[1].area = {{0, 4, 12, 40}, {2, 2, 52, 20}};
        layout::Block inTheNotch;
        inTheNotch.id = "notch";
        inTheNotch.story = document.stories[2].id;
        inTheNotch.area = {{0, 2, 54, 10}};
        document.page.blocks.push_back(inTheNotch);
        m_window->document()->reset(document, QString());
        selectBlock(1);
        const layout::PageGrid& g = page().grid;
        const QPoint handle = at(g.columnX(2), g.lineY(52));
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, handle);
        QTest::mouseMove(view()->viewport(), at(g.columnX(0), g.lineY(52)));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("集中销毁")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, at(g.columnX(0), g.lineY(52)));
        QCOMPARE(page().blocks[1].area.size(), std::size_t{2});
        QCOMPARE(undo()->count(), 0);
    }

    // The masthead is no story: its bottom-left corner is no handle, a drag there moves nothing.
    void theMastheadHasNoNotchHandle() {
        selectBlock(0);
        const layout::PageGrid& g = page().grid;
        drag(at(g.columnX(0), g.lineY(10)), at(g.columnX(2), g.lineY(5)));
        QCOMPARE(page().blocks[0].area.size(), std::size_t{1});
        QVERIFY(!undo()->undoText().startsWith(QStringLiteral("Reshape")));
    }

    void aRightNotchIsCutWithShiftFromTheResizeCorner() {
        selectBlock(1);
        const layout::PageGrid& g = page().grid;
        const QPoint corner = at(g.columnX(3) + g.columnWidth(), g.lineY(52));
        drag(corner, at(g.columnX(2) + g.columnWidth(), g.lineY(42)), Qt::ShiftModifier);
        const std::vector<layout::GridRect> l = {{0, 4, 12, 30}, {0, 3, 42, 10}};
        QCOMPARE(page().blocks[1].area, l);
        QCOMPARE(undo()->count(), 1);
    }

    void theHeadlineSpanIsSetInProperties() {
        selectBlock(1);
        QSpinBox* span = panel()->headColumns();
        QCOMPARE(span->value(), 0);
        QCOMPARE(span->maximum(), 4);
        span->setValue(2);
        QCOMPARE(page().blocks[1].headColumns, 2);
        QCOMPARE(undo()->count(), 1);
        // The body runs up beside the head: a column starts at the block's top.
        const auto& copyfit = m_window->page()->copyfit;
        bool beside = false;
        for (const auto& fit : copyfit) {
            if (fit.block != 1) continue;
            for (const layout::Rect& frame : fit.textFrames)
                beside |= frame.y == page().grid.lineY(12);
        }
        QVERIFY(beside);
        undo()->undo();
        QCOMPARE(page().blocks[1].headColumns, 0);
        QCOMPARE(span->value(), 0);
    }

    void headlineSizesAreChosenInHaoAndTypedInPoints() {
        selectBlock(1);
        QDoubleSpinBox* size = panel()->headlineSize();
        QMenu* sizes = panel()->headlineHao()->menu();
        QAction* xiaochu = nullptr;
        for (QAction* a : sizes->actions()) {
            if (a->text() == QStringLiteral("小初 (36 pt)")) xiaochu = a;
        }
        QVERIFY(xiaochu);
        xiaochu->trigger();
        QCOMPARE(page().blocks[1].headlineSize, layout::fromPoints(36));
        QCOMPARE(size->text(), QStringLiteral("小初 (36 pt)"));
        // Typed by its name: 二号.
        QLineEdit* typed = size->findChild<QLineEdit*>();
        // As an input method commits it: the characters at once.
        typed->selectAll();
        typed->insert(QStringLiteral("二号"));
        QTest::keyClick(typed, Qt::Key_Return);
        QCOMPARE(page().blocks[1].headlineSize, layout::fromPoints(21));
        // Typed in points, between the 号: shown in points.
        typed->selectAll();
        QTest::keyClicks(typed, QStringLiteral("30"));
        QTest::keyClick(typed, Qt::Key_Return);
        QCOMPARE(page().blocks[1].headlineSize, layout::fromPoints(30));
        QCOMPARE(size->text(), QStringLiteral("30 pt"));
        // The arrow steps to the next 号 up: 一号 is 27.5, 小初 36.
        size->stepUp();
        QCOMPARE(page().blocks[1].headlineSize, layout::fromPoints(36));
        QCOMPARE(undo()->count(), 4);
        const auto& runs = m_window->page()->runs;
        const auto head = std::find_if(runs.begin(), runs.end(),
                                       [](const layout::PageRun& r) { return r.block == 1; });
        QVERIFY(head != runs.end());
        QCOMPARE(head->size, layout::fromPoints(36));
    }
};

QTEST_MAIN(PageFurnitureTest)
#include "PageFurnitureTest.moc"
