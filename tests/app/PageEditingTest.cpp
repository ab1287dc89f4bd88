// The designer's hands on the page, driven through the real widgets with the mouse and the
// keyboard: a drag moves a block and snaps it to the grid, a block is not dropped on another, a
// caption drags on its own, undo and redo restore the page exactly, the status bar's copyfit
// follows a block that shrinks.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/ui/MainWindow.h"
#include "app/ui/PropertiesPanel.h"
#include "app/ui/StoryEditor.h"
#include "app/ui/StoryPreview.h"
#include "app/ui/StoryTableModel.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "tests/app/SeedStories.h"

using banmian::app::MainWindow;
using banmian::app::PageView;
namespace layout = banmian::layout;

namespace {

// The seed's first two stories on a broadsheet with room around them: story 0 in columns 0–2
// with a photo and caption, story 1 in columns 5–7.
layout::Document testPage() {
    layout::Document document = seedStoriesOnABroadsheet();
    layout::Block left;
    left.id = "left";
    left.story = document.stories[0].id;
    left.area = {{0, 3, 10, 60}};
    left.photos.push_back({{0, 3, 40, 16}, "", "选手们在赛场上", std::nullopt});
    layout::Block right;
    right.id = "right";
    right.story = document.stories[1].id;
    right.area = {{5, 3, 10, 60}};
    document.page.blocks = {left, right};
    return document;
}

QPointF pointsOf(layout::LayoutUnit x, layout::LayoutUnit y) {
    return {layout::toPoints(x), layout::toPoints(y)};
}

}  // namespace

class PageEditingTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    PageView* view() { return m_window->pageView(); }
    const layout::Page& page() { return m_window->document()->page(); }
    QPoint at(QPointF pagePoint) { return view()->viewPointOf(pagePoint); }
    // A page point inside grid rectangle r, `fx` and `fy` of the way across and down.
    QPoint inside(const layout::GridRect& r, double fx = 0.5, double fy = 0.3) {
        const layout::Rect rect = page().grid.rect(r);
        return at(pointsOf(rect.x + static_cast<layout::LayoutUnit>(rect.width * fx),
                           rect.y + static_cast<layout::LayoutUnit>(rect.height * fy)));
    }
    // The view offset of `columns` columns and `lines` grid lines (fractions allowed).
    QPoint offset(double columns, double lines) {
        const layout::PageGrid& g = page().grid;
        const double pitch = layout::toPoints(g.columnWidth() + g.gutter());
        const QPoint origin = at({0, 0});
        return at({pitch * columns, layout::toPoints(g.leading) * lines}) - origin;
    }
    void drag(QPoint from, QPoint by) {
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, from);
        // In steps, as a hand moves: every step reflows the page.
        for (int i = 1; i <= 4; ++i) QTest::mouseMove(view()->viewport(), from + by * i / 4);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, from + by);
    }

private slots:
    void init() {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->document()->reset(testPage(), QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->actualSize();  // 100 %: a column is ~170 pixels, a line ~17
        view()->centerOn(view()->pageItem()->boundingRect().topLeft() + QPointF(400, 300));
    }
    void cleanup() {
        // Nothing to save: close without the unsaved-changes question.
        m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    void aDragMovesABlockAndSnapsItToTheGrid() {
        const layout::GridRect start = page().blocks[0].area.front();
        // 1.3 columns right and 2.4 lines down: the nearest whole column and line.
        drag(inside(start), offset(1.3, 2.4));
        QCOMPARE(page().blocks[0].area.front().column, 1);
        QCOMPARE(page().blocks[0].area.front().line, 12);
        QCOMPARE(page().blocks[0].area.front().columns, 3);
        // Its photo went along; the text reflowed around it.
        QCOMPARE(page().blocks[0].photos[0].area.column, 1);
        QCOMPARE(page().blocks[0].photos[0].area.line, 42);
        QCOMPARE(m_window->document()->undoStack()->count(), 1);  // one drag, one undo step
        QVERIFY(m_window->document()->undoStack()->undoText().contains(QString::fromUtf8("喜报")));
    }

    // A block clicked on the page is its story in the list, its copy in the preview.
    void selectingABlockSelectsItsStoryAndShowsItsCopy() {
        const auto& stories = m_window->document()->document().stories;
        for (const std::size_t block : {std::size_t{1}, std::size_t{0}}) {
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                              inside(page().blocks[block].area.front()));
            const auto row = layout::storyIndex(stories, page().blocks[block].story);
            QVERIFY(row);
            QCOMPARE(m_window->storyList()->currentIndex().row(), static_cast<int>(*row));
            const QString first = QString::fromStdString(stories[*row].paragraphs.front());
            QVERIFY2(m_window->preview()->toPlainText().contains(first.left(12)),
                     qPrintable(m_window->preview()->toPlainText().left(80)));
        }
    }

    void aBlockIsNotDroppedOnAnother() {
        const layout::GridRect start = page().blocks[0].area.front();
        // Four columns right would put it over the right story: it stays where it was.
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, inside(start));
        QTest::mouseMove(view()->viewport(), inside(start) + offset(4, 0));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QString::fromUtf8("聚焦")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, inside(start) + offset(4, 0));
        QCOMPARE(page().blocks[0].area.front(), start);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        // One column right is free: that works, and the refusal is taken back.
        drag(inside(start), offset(1, 0));
        QCOMPARE(page().blocks[0].area.front().column, 1);
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    }

    void aCaptionDragsOnItsOwn() {
        const layout::PageLayout* composed = m_window->document()->layout();
        QVERIFY(composed && !composed->images.empty());
        const layout::Rect caption = composed->images.front().caption;
        QVERIFY(caption.height > 0);
        const QPoint on =
                at(pointsOf(caption.x + caption.width / 2, caption.y + caption.height / 2));
        drag(on, offset(0, 4));
        const layout::PhotoFrame& photo = page().blocks[0].photos[0];
        QCOMPARE(photo.area, (layout::GridRect{0, 3, 40, 16}));  // the photo stays
        QVERIFY(photo.captionArea);
        QVERIFY(photo.captionArea->line >= 56);  // below the photo now
        QCOMPARE(page().blocks[0].area.front(), (layout::GridRect{0, 3, 10, 60}));
    }

    void undoAndRedoRestoreThePageExactly() {
        const std::string before = layout::documentToJson(m_window->document()->document());
        drag(inside(page().blocks[0].area.front()), offset(1, 3));
        const std::string after = layout::documentToJson(m_window->document()->document());
        QVERIFY(after != before);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(layout::documentToJson(m_window->document()->document()), before);
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(layout::documentToJson(m_window->document()->document()), after);
        // Arrow keys nudge by a line; Delete takes the block off the page; both undo.
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(page().blocks[0].area.front().line, 14);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(page().blocks.size(), 1u);
        QVERIFY(!m_window->storyModel()->isPlaced(0));  // back in the list, unplaced
        QVERIFY(m_window->storyModel()->isPlaced(1));
        m_window->document()->undoStack()->undo();
        m_window->document()->undoStack()->undo();
        QCOMPARE(layout::documentToJson(m_window->document()->document()), after);
    }

    // A change repaints what it changed: a block nudged down a line is repainted where it was and
    // where it is, the story beside it is not; the same composition again repaints nothing.
    void aChangeRepaintsOnlyTheBlocksItChanged() {
        banmian::app::PageItem* item = view()->pageItem();
        const layout::PageLayout before = *m_window->document()->layout();
        QVERIFY(item->setPage(m_window->document()->layout()).isNull());
        const QRectF left = banmian::app::rectOf(page().grid.rect(page().blocks[0].area.front()));
        const QRectF right = banmian::app::rectOf(page().grid.rect(page().blocks[1].area.front()));
        view()->select({{layout::PagePart::Kind::Block, 0, 0}});
        view()->nudge(0, 1);
        const QRectF moved = banmian::app::rectOf(page().grid.rect(page().blocks[0].area.front()));
        item->setPage(&before);  // what the page showed, then what the nudge changed from it
        const QRectF changed = item->setPage(m_window->document()->layout());
        QVERIFY(changed.intersects(left) && changed.intersects(moved));
        QVERIFY2(!changed.intersects(right), "the story beside it was repainted");
        // Within the block's two places, give or take the glyphs' overhang and its rules.
        QVERIFY((left | moved).adjusted(-12, -12, 12, 12).contains(changed));
    }

    // The selection is kept by block id: after a block before it is taken off the page, and
    // after undo and redo put it back and take it off again, the same block stays selected —
    // never the block that came to stand at its index — and so does the selection drawn.
    void aSelectionStaysOnItsBlockThroughUndoAndRedo() {
        auto selectedIds = [&] {
            QStringList ids;
            for (const layout::PagePart& part : view()->selection())
                ids << QString::fromStdString(page().blocks[part.block].id);
            return ids;
        };
        auto drawnOn = [&](const std::string& id) {
            const auto& selected = view()->pageItem()->overlay().selected;
            for (const layout::Block& b : page().blocks) {
                if (b.id == id)
                    return selected.size() == 1 &&
                           selected.front() ==
                                   banmian::app::rectOf(page().grid.rect(b.area.front()));
            }
            return false;
        };
        view()->setFocus();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          inside(page().blocks[0].area.front()));
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("left")});
        QTest::keyClick(view(), Qt::Key_Delete);  // the left block off the page
        QCOMPARE(page().blocks.size(), 1u);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          inside(page().blocks[0].area.front()));
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("right")});
        QCOMPARE(view()->selection().front().block, 0u);

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);  // the left one back
        QCOMPARE(page().blocks.size(), 2u);
        QCOMPARE(page().blocks[0].id, std::string("left"));  // at the index the selection had
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("right")});
        QVERIFY(drawnOn("right"));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(page().blocks.size(), 1u);
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("right")});
        QVERIFY(drawnOn("right"));

        // A drag of the selected block, undone and redone: still that block.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        drag(inside(page().blocks[1].area.front()), offset(0, 3));
        QCOMPARE(page().blocks[1].area.front().line, 13);
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("right")});
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page().blocks[1].area.front().line, 10);
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("right")});
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(selectedIds(), QStringList{QStringLiteral("right")});
        QVERIFY(drawnOn("right"));
        // What the arrow keys move is the selected block, by id.
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(page().blocks[1].area.front().line, 14);
        QCOMPARE(page().blocks[0].area.front().line, 10);
    }

    void theCopyfitInTheStatusBarFollowsABlockThatShrinks() {
        const layout::GridRect start = page().blocks[1].area.front();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, inside(start));
        const QString roomy = m_window->copyfitLabel()->text();
        QVERIFY(!roomy.isEmpty());
        // The resize handle at its bottom-right corner, dragged up 40 lines: now overset.
        const layout::Rect r = page().grid.rect(start);
        const QPoint corner = at(pointsOf(r.right(), r.bottom())) - QPoint(2, 2);
        drag(corner, offset(0, -40));
        QCOMPARE(page().blocks[1].area.front().lines, 20);
        const QString tight = m_window->copyfitLabel()->text();
        QVERIFY2(tight != roomy, qPrintable(tight));
        bool overset = false;
        for (const auto& fit : m_window->document()->layout()->copyfit)
            overset = overset || (fit.block == 1 && fit.oversetLines > 0);
        QVERIFY(overset);
        QVERIFY(tight.contains(QLatin1String("Over by")));
    }

    void thePropertiesPanelChangesTheSelectedBlockUndoably() {
        auto* panel = m_window->findChild<banmian::app::PropertiesPanel*>();
        QVERIFY(panel);
        QVERIFY(!panel->columns()->isEnabled());  // nothing selected
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          inside(page().blocks[1].area.front()));
        QVERIFY(panel->columns()->isEnabled());
        QCOMPARE(panel->columns()->value(), 3);
        const std::string before = layout::documentToJson(m_window->document()->document());

        panel->headlineSize()->setValue(30);
        QCOMPARE(page().blocks[1].headlineSize, layout::fromPoints(30));
        panel->headlineFont()->setCurrentIndex(
                panel->headlineFont()->findText(QString::fromUtf8("黑体")));
        QCOMPARE(page().blocks[1].headlineFont, std::string("黑体"));
        panel->boxed()->setChecked(true);
        QVERIFY(page().blocks[1].boxed);
        panel->photo()->setChecked(true);
        QCOMPARE(page().blocks[1].photos.size(), 1u);
        panel->byline()->setText(QString::fromUtf8("记者 张三 李四"));
        emit panel->byline()->editingFinished();
        QCOMPARE(m_window->document()->document().stories[1].bylines.front().names.size(), 2u);
        // The story in Taiwan's traditional Chinese: set again in the TC faces.
        QCOMPARE(panel->language()->currentData().toString(), QStringLiteral("zh-Hans"));
        panel->language()->setCurrentIndex(
                panel->language()->findData(QStringLiteral("zh-Hant-TW")));
        QCOMPARE(m_window->document()->document().stories[1].language,
                 std::optional(layout::Language::HantTW));
        bool tcFace = false;
        for (const layout::PageRun& run : m_window->document()->layout()->runs) {
            const auto& family = m_window->document()->registry().face(run.font).info().family;
            if (run.block == 1) tcFace = tcFace || family == "Noto Serif CJK TC";
            if (run.block == 1) QVERIFY2(family != "Noto Serif CJK SC", family.c_str());
        }
        QVERIFY(tcFace);
        // 竖排 with a 竖题 at its right: the story's glyphs stand upright in vertical lines.
        panel->bodyDirection()->setCurrentIndex(1);
        QVERIFY(page().blocks[1].verticalBody);
        panel->headSide()->setCurrentIndex(
                panel->headSide()->findData(static_cast<int>(layout::HeadSide::Right)));
        QCOMPARE(page().blocks[1].headSide, layout::HeadSide::Right);
        bool upright = false;
        for (const layout::PageRun& run : m_window->document()->layout()->runs) {
            upright = upright ||
                      (run.block == 1 && run.orientation == layout::GlyphOrientation::Upright);
        }
        QVERIFY(upright);
        // Wider than the page lets it be: refused, said, and the field shows what is.
        panel->lines()->setValue(70);
        QCOMPARE(page().blocks[1].area.front().lines, 70);
        QCOMPARE(m_window->document()->undoStack()->count(), 9);
        for (int i = 0; i < 9; ++i) m_window->document()->undoStack()->undo();
        QCOMPARE(layout::documentToJson(m_window->document()->document()), before);
        QCOMPARE(panel->lines()->value(), 60);  // the panel follows undo
    }

    // Undo reaches the page from a Properties field that has the keyboard, and Ctrl+Y redoes
    // beside Ctrl+Shift+Z.
    void undoAndRedoWorkFromAFieldAndWithCtrlY() {
        auto* panel = m_window->findChild<banmian::app::PropertiesPanel*>();
        QVERIFY(panel);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          inside(page().blocks[1].area.front()));
        const int lines = page().blocks[1].area.front().lines;
        m_window->activateWindow();
        panel->lines()->setFocus();
        QTRY_VERIFY(panel->lines()->hasFocus());
        panel->lines()->setValue(lines + 4);
        QCOMPARE(page().blocks[1].area.front().lines, lines + 4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page().blocks[1].area.front().lines, lines);
        QCOMPARE(panel->lines()->value(), lines);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(page().blocks[1].area.front().lines, lines + 4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page().blocks[1].area.front().lines, lines);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page().blocks[1].area.front().lines, lines + 4);
        // And from the page itself.
        view()->viewport()->setFocus();
        QTest::keyClick(view()->viewport(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page().blocks[1].area.front().lines, lines);
        QTest::keyClick(view()->viewport(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(page().blocks[1].area.front().lines, lines + 4);
    }

    void aStoryDraggedFromTheListIsPlacedWhereItIsDropped() {
        // Story 2 is not on the page; dropped at column 0, line 80.
        QVERIFY(!m_window->storyModel()->isPlaced(2));
        const QModelIndex row = m_window->storyModel()->index(2, 0);
        std::unique_ptr<QMimeData> data(m_window->storyModel()->mimeData({row}));
        QVERIFY(data);
        const layout::PageGrid& g = page().grid;
        const QPoint where = at(pointsOf(g.columnX(0) + 100, g.lineY(80) + 100));
        QDragEnterEvent enter(where, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view()->viewport(), &drop);
        QCOMPARE(page().blocks.size(), 3u);
        QCOMPARE(page().blocks[2].story, m_window->document()->document().stories[2].id);
        QCOMPARE(page().blocks[2].area.front().column, 0);
        QCOMPARE(page().blocks[2].area.front().line, 80);
        QVERIFY(m_window->storyModel()->isPlaced(2));
        QCOMPARE(view()->selection().size(), 1u);
        // Again: it is on the page already, and nothing changes.
        QDropEvent again(where, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view()->viewport(), &again);
        QCOMPARE(page().blocks.size(), 3u);
        m_window->document()->undoStack()->undo();
        QCOMPARE(page().blocks.size(), 2u);
    }

    void theImportIsMendedFromTheCopysParagraphMenu() {
        auto* preview = m_window->preview();
        m_window->storyList()->selectRow(0);
        const int paragraphs =
                static_cast<int>(m_window->document()->document().stories[0].paragraphs.size());
        QVERIFY(paragraphs >= 3);
        // The third paragraph's place in the copy.
        QTextCursor cursor(preview->document()->findBlockByNumber(
                preview->document()->blockCount() - paragraphs + 2));
        const QPoint third = preview->cursorRect(cursor).center() + QPoint(20, 0);
        QCOMPARE(preview->paragraphAt(third), 2);
        const auto stories = m_window->document()->document().stories.size();
        const std::string shownRight = page().blocks[1].story;  // story 1's id
        const std::string before = layout::documentToJson(m_window->document()->document());

        QList<QAction*> actions = preview->mendActions(third);
        QAction* split = actions.at(4);
        QCOMPARE(split->text(), QStringLiteral("Split the Story Here"));
        split->trigger();
        qDeleteAll(actions);
        QCOMPARE(m_window->document()->document().stories.size(), stories + 1);
        QCOMPARE(m_window->storyModel()->rowCount(), static_cast<int>(stories + 1));
        // The page still shows the same stories, story 1 now third in the list.
        QCOMPARE(page().blocks[1].story, shownRight);
        QCOMPARE(m_window->document()->document().stories[2].id, shownRight);

        // The new story's first line made its headline.
        m_window->storyList()->selectRow(1);
        QTextCursor first(preview->document()->findBlockByNumber(
                preview->document()->blockCount() -
                static_cast<int>(m_window->document()->document().stories[1].paragraphs.size())));
        actions = preview->mendActions(preview->cursorRect(first).center() + QPoint(20, 0));
        actions.at(0)->trigger();  // Make It the Headline
        qDeleteAll(actions);
        QVERIFY(!m_window->document()->document().stories[1].headline.empty());

        m_window->document()->undoStack()->undo();
        m_window->document()->undoStack()->undo();
        QCOMPARE(layout::documentToJson(m_window->document()->document()), before);
        QCOMPARE(m_window->storyModel()->rowCount(), static_cast<int>(stories));
    }

    void aHeadlineAndACaptionAreEditedInPlace() {
        // Where a part is set in the page as composed now (every change composes it again).
        auto frame = [&](int block, layout::TextFrame::Part part) {
            for (const auto& f : m_window->document()->layout()->textFrames) {
                if (f.block == block && f.part == part) return f.rect;
            }
            return layout::Rect{};
        };
        auto centre = [&](const layout::Rect& r) {
            return at(pointsOf(r.x + r.width / 2, r.y + r.height / 2));
        };
        const layout::Rect headline = frame(1, layout::TextFrame::Part::Headline);
        QVERIFY(headline.height > 0);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, centre(headline));
        QVERIFY(view()->inlineEditor());
        QCOMPARE(view()->inlineEditor()->text().left(2), QString::fromUtf8("聚焦"));
        view()->inlineEditor()->setText(QString::fromUtf8("人工智能大模型论坛在徐汇举行"));
        QTest::keyClick(view()->inlineEditor(), Qt::Key_Return);
        QVERIFY(!view()->inlineEditor());
        QCOMPARE(m_window->document()->document().stories[1].headline,
                 std::string("人工智能大模型论坛在徐汇举行"));

        // Escape drops what was typed.
        const layout::Rect caption = frame(0, layout::TextFrame::Part::Caption);
        QVERIFY(caption.height > 0);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, centre(caption));
        QVERIFY(view()->inlineEditor());
        view()->inlineEditor()->setText(QStringLiteral("dropped"));
        QTest::keyClick(view()->inlineEditor(), Qt::Key_Escape);
        QCOMPARE(page().blocks[0].photos[0].caption, std::string("选手们在赛场上"));
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, centre(caption));
        QVERIFY(view()->inlineEditor());
        view()->inlineEditor()->setText(QString::fromUtf8("选手们在决赛现场"));
        QTest::keyClick(view()->inlineEditor(), Qt::Key_Return);
        QCOMPARE(page().blocks[0].photos[0].caption, std::string("选手们在决赛现场"));
        QCOMPARE(m_window->document()->undoStack()->count(), 2);
    }

    void anEditInPlaceGoesToItsOwnBlockWhenThePageChangesUnderIt() {
        auto headlineCentre = [&](std::size_t block) {
            for (const auto& f : m_window->document()->layout()->textFrames) {
                if (f.block == static_cast<int>(block) &&
                    f.part == layout::TextFrame::Part::Headline)
                    return at(pointsOf(f.rect.x + f.rect.width / 2, f.rect.y + f.rect.height / 2));
            }
            return QPoint();
        };
        // Story 1's headline opened; meanwhile the block before it leaves the page (an undo, a
        // change from elsewhere), so that its block is now the first.
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, headlineCentre(1));
        QVERIFY(view()->inlineEditor());
        layout::Document after = m_window->document()->document();
        after.page.blocks.erase(after.page.blocks.begin());
        m_window->document()->change(QStringLiteral("Take the first block off"), after);
        view()->inlineEditor()->setText(QString::fromUtf8("人工智能大模型论坛在徐汇举行"));
        QTest::keyClick(view()->inlineEditor(), Qt::Key_Return);
        QCOMPARE(m_window->document()->document().stories[1].headline,
                 std::string("人工智能大模型论坛在徐汇举行"));
        QVERIFY(m_window->document()->document().stories[0].headline !=
                "人工智能大模型论坛在徐汇举行");

        // Its block taken off while it is open: nothing is written anywhere, and what was typed
        // is said.
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, headlineCentre(0));
        QVERIFY(view()->inlineEditor());
        const layout::Document before = m_window->document()->document();
        after = before;
        after.page.blocks.clear();
        m_window->document()->change(QStringLiteral("Take every block off"), after);
        view()->inlineEditor()->setText(QStringLiteral("typed while it went"));
        QTest::keyClick(view()->inlineEditor(), Qt::Key_Return);
        QVERIFY(m_window->document()->document().stories == before.stories);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(
                         QStringLiteral("typed while it went")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void theStoryEditorGivesBackTheStoryAsEdited() {
        const layout::Story& story = m_window->document()->document().stories[0];
        banmian::app::StoryEditor editor(story);
        editor.headline()->setText(QString::fromUtf8("新标题"));
        editor.body()->setPlainText(QString::fromUtf8("第一段。\n\n  第二段。  \n"));
        const auto edited = editor.story();
        QVERIFY(edited);
        QCOMPARE(edited->headline, std::string("新标题"));
        QCOMPARE(edited->paragraphs, (std::vector<std::string>{"第一段。", "第二段。"}));
        QCOMPARE(edited->bylines, story.bylines);
    }
};

QTEST_MAIN(PageEditingTest)
#include "PageEditingTest.moc"
