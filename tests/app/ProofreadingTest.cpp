// Proofreading on screen, driven through the real widgets: text selected with the mouse across
// a column break, marked, the block moved, the text reflowed and another correction applied — the
// mark still on the same characters; accepting and rejecting change the story exactly, and undo
// takes each step back.
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <algorithm>

#include "app/edit/PageDocument.h"
#include "app/edit/ProofRounds.h"
#include "app/edit/Proofreading.h"
#include "app/render/PagePainter.h"
#include "app/ui/ExportActions.h"
#include "app/ui/MainWindow.h"
#include "app/ui/MarksPanel.h"
#include "app/ui/ProofActions.h"
#include "app/ui/RedCheckDialog.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/output/TextOnPage.h"
#include "layout/proof/Rounds.h"
#include "tests/app/SeedStories.h"

using banmian::app::MainWindow;
using banmian::app::PageView;
namespace layout = banmian::layout;

namespace {

// The seed's first two stories: story 1 in short columns (5–7, thirty lines), so that its
// paragraphs run from one column into the next on one screen.
layout::Document testPage() {
    layout::Document document = seedStoriesOnABroadsheet();
    layout::Block left;
    left.id = "left";
    left.story = document.stories[0].id;
    left.area = {{0, 3, 10, 60}};
    layout::Block right;
    right.id = "right";
    right.story = document.stories[1].id;
    right.area = {{4, 3, 10, 30}};
    document.page.blocks = {left, right};
    return document;
}

QPointF pointsOf(layout::LayoutUnit x, layout::LayoutUnit y) {
    return {layout::toPoints(x), layout::toPoints(y)};
}

}  // namespace

class ProofreadingTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    PageView* view() { return m_window->pageView(); }
    banmian::app::PageDocument& document() { return *m_window->document(); }
    const layout::Document& doc() { return document().document(); }
    const layout::PageLayout& composed() { return *document().layout(); }
    // The id of the seed's second story, the one the tests mark.
    std::string storyOne() { return doc().stories[1].id; }
    std::string textOf(const layout::TextRange& range) {
        return layout::DocumentText(doc().stories).textOf(range);
    }
    QPoint at(layout::LayoutUnit x, layout::LayoutUnit y) {
        return view()->viewPointOf(pointsOf(x, y));
    }
    void drag(QPoint from, QPoint to) {
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(view()->viewport(), from + (to - from) * i / 4);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, to);
    }
    // The line pieces of a paragraph of story 1 that runs on into the next column: the piece
    // that ends the column and the one that starts the next.
    std::pair<layout::Rect, layout::Rect> columnBreak() {
        const layout::Story& story = doc().stories[1];
        for (std::size_t p = 0; p < story.paragraphs.size(); ++p) {
            const auto pieces = layout::rangeRects(
                    composed(),
                    {{storyOne(), layout::StoryField::Body, p, 0},
                     {storyOne(), layout::StoryField::Body, p, story.paragraphs[p].size()}});
            for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
                if (pieces[i + 1].x > pieces[i].right() && pieces[i + 1].y < pieces[i].y)
                    return {pieces[i], pieces[i + 1]};
            }
        }
        return {};
    }
    banmian::app::MarksPanel* panel() { return m_window->proof()->panel(); }
    void clickAccept() {
        auto* accept = panel()->findChildren<QPushButton*>().at(0);
        QCOMPARE(accept->text(), QStringLiteral("Accept"));
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
    }

private slots:
    void init() {
        banmian::app::setProofreaderName(QStringLiteral("校对甲"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        document().reset(testPage(), QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->actualSize();
        const layout::Rect block = doc().page.grid.rect(doc().page.blocks[1].area.front());
        view()->centerOn(QRectF(layout::toPoints(block.x), layout::toPoints(block.y),
                                layout::toPoints(block.width), layout::toPoints(block.height))
                                 .center());
        m_window->proof()->proofModeAction()->setChecked(true);
        QVERIFY(view()->proofMode());
    }
    void cleanup() {
        document().undoStack()->setClean();
        m_window.reset();
    }

    void aMarkAcrossAColumnBreakStaysOnItsCharactersThroughMovesReflowAndCorrections() {
        const auto [end, start] = columnBreak();
        QVERIFY(end.width > 0);
        const layout::LayoutUnit em = end.height;
        // From the left quarter of the column's second-last character to the right quarter of the
        // next column's second character.
        const QPoint from = at(end.right() - 2 * em + em / 4, end.y + em / 2);
        const QPoint to = at(start.x + 2 * em - em / 4, start.y + em / 2);
        QVERIFY(view()->viewport()->rect().contains(from));
        QVERIFY(view()->viewport()->rect().contains(to));
        drag(from, to);
        QVERIFY(view()->textSelection());
        const layout::TextRange selected = *view()->textSelection();
        QCOMPARE(layout::rangeRects(composed(), selected).size(), std::size_t(2));
        const std::string marked = textOf(selected);
        QCOMPARE(QString::fromStdString(marked).size(), 4);  // two characters each side

        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Replace,
                                                  QStringLiteral("改正")));
        QCOMPARE(doc().marks.size(), std::size_t(1));
        const layout::ProofMark mark = doc().marks[0];
        QCOMPARE(mark.text, marked);
        QCOMPARE(mark.author, std::string("校对甲"));
        QCOMPARE(panel()->list()->topLevelItemCount() >= 1, true);

        // The designer moves the block a column left and makes it longer: the text reflows.
        m_window->proof()->proofModeAction()->setChecked(false);
        layout::Document moved = doc();
        moved.page.blocks[1].area = {{3, 3, 10, 40}};
        document().change(QStringLiteral("Move"), moved);
        QCOMPARE(textOf(doc().marks[0].range), marked);
        QVERIFY(!layout::rangeRects(composed(), doc().marks[0].range).empty());

        // Another correction earlier in the story is accepted: the text before the mark changes.
        m_window->proof()->proofModeAction()->setChecked(true);
        const std::string first = doc().stories[1].paragraphs[0];
        const std::size_t two = QString::fromStdString(first).left(2).toStdString().size();
        view()->selectText(layout::TextRange{{storyOne(), layout::StoryField::Body, 0, 0},
                                             {storyOne(), layout::StoryField::Body, 0, two}});
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Delete));
        panel()->selectMark(doc().marks[1].id);
        clickAccept();
        QCOMPARE(doc().stories[1].paragraphs[0], first.substr(two));
        QCOMPARE(doc().marks[1].status, layout::MarkStatus::Accepted);

        // The first mark is still on the same characters, open, and drawn over them.
        QCOMPARE(doc().marks[0].status, layout::MarkStatus::Open);
        QVERIFY(!doc().marks[0].orphaned);
        QCOMPARE(textOf(doc().marks[0].range), marked);
        const auto pieces = layout::rangeRects(composed(), doc().marks[0].range);
        QVERIFY(!pieces.empty());
        bool drawn = false;
        for (const auto& shape : view()->pageItem()->overlay().marks.marks)
            drawn |= !shape.hint && shape.mark == doc().marks[0].id && !shape.pieces.empty();
        QVERIFY(drawn);
    }

    void acceptingAndRejectingChangeTheStoryExactlyWithUndo() {
        const std::string paragraph = doc().stories[1].paragraphs[1];
        const std::size_t six = QString::fromStdString(paragraph).left(6).toStdString().size();
        const std::size_t two = QString::fromStdString(paragraph).left(2).toStdString().size();
        view()->selectText(layout::TextRange{{storyOne(), layout::StoryField::Body, 1, two},
                                             {storyOne(), layout::StoryField::Body, 1, six}});
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Replace,
                                                  QStringLiteral("替换")));
        view()->selectText(layout::TextRange{{storyOne(), layout::StoryField::Body, 1, six},
                                             {storyOne(), layout::StoryField::Body, 1, six}});
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Insert,
                                                  QStringLiteral("（新）")));
        QCOMPARE(doc().marks.size(), std::size_t(2));
        const int steps = document().undoStack()->index();

        panel()->selectMark(doc().marks[0].id);
        clickAccept();
        const std::string replaced = paragraph.substr(0, two) + "替换" + paragraph.substr(six);
        QCOMPARE(doc().stories[1].paragraphs[1], replaced);
        // The insertion after the replaced characters followed them.
        QCOMPARE(doc().marks[1].range.begin.offset, two + std::string("替换").size());
        panel()->selectMark(doc().marks[1].id);
        clickAccept();
        QCOMPARE(doc().stories[1].paragraphs[1],
                 paragraph.substr(0, two) + "替换（新）" + paragraph.substr(six));

        document().undoStack()->undo();
        document().undoStack()->undo();
        QCOMPARE(document().undoStack()->index(), steps);
        QCOMPARE(doc().stories[1].paragraphs[1], paragraph);
        QCOMPARE(doc().marks[0].status, layout::MarkStatus::Open);
        document().undoStack()->redo();
        QCOMPARE(doc().stories[1].paragraphs[1], replaced);

        // Rejected: the story stays; the mark is kept as history.
        panel()->selectMark(doc().marks[1].id);
        auto* reject = panel()->findChildren<QPushButton*>().at(1);
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(doc().marks[1].status, layout::MarkStatus::Rejected);
        QCOMPARE(doc().marks[1].reviewer, std::string("校对甲"));
        QCOMPARE(doc().stories[1].paragraphs[1], replaced);
        document().undoStack()->undo();
        QCOMPARE(doc().marks[1].status, layout::MarkStatus::Open);
    }

    void everyOpenMarkByOneAuthorAtOnceAndMarksAreSaved() {
        // The first character of each of three paragraphs, two by one proofreader.
        const std::vector<std::string> before = doc().stories[1].paragraphs;
        auto firstCharacter = [&](std::size_t p) {
            return QString::fromStdString(before[p]).left(1).toStdString().size();
        };
        for (std::size_t p : {0u, 1u, 2u}) {
            if (p == 2) document().setProofreader(QStringLiteral("校对乙"));
            view()->selectText(layout::TextRange{
                    {storyOne(), layout::StoryField::Body, p, 0},
                    {storyOne(), layout::StoryField::Body, p, firstCharacter(p)}});
            QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Delete));
        }
        panel()->selectMark(doc().marks[0].id);
        panel()->reviewAllByAuthor(true);
        QCOMPARE(doc().stories[1].paragraphs[0], before[0].substr(firstCharacter(0)));
        QCOMPARE(doc().stories[1].paragraphs[1], before[1].substr(firstCharacter(1)));
        QCOMPARE(doc().stories[1].paragraphs[2], before[2]);  // 校对乙's stays open
        QCOMPARE(doc().marks[2].status, layout::MarkStatus::Open);
        QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Accept all marks by 校对甲"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("proof.banmian"));
        QVERIFY(!m_window->saveTo(path));
        const auto read = layout::readDocument(path.toStdString());
        QVERIFY(read);
        QCOMPARE(read.value().marks, doc().marks);

        // File → Export Proof carries the open mark; the print PDF carries none.
        const QString proof = dir.filePath(QStringLiteral("proof.pdf"));
        const QString print = dir.filePath(QStringLiteral("print.pdf"));
        QVERIFY(!m_window->exports()->exportProof(proof));
        QVERIFY(!m_window->exports()->exportPdf(print));
        auto bytes = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(bytes(proof).contains("/Subtype /StrikeOut"));
        QVERIFY(!bytes(print).contains("/Annots"));
    }

    // A mark pasted in from another copy of the page, where the desk has since put text before
    // it: the page draws it on its own characters (not at its old offsets), and Accept changes
    // exactly those.
    void aMarkFromAnotherCopyIsDrawnAndAcceptedOnItsOwnCharacters() {
        layout::Document copy = testPage();
        const std::string word = "徐江西岸";
        const std::string& text = copy.stories[1].paragraphs[0];
        layout::ProofMark mark;
        mark.id = "from-the-other-copy";
        mark.kind = layout::MarkKind::Replace;
        mark.correction = "徐汇西岸";
        mark.author = "校对乙";
        const std::string& story = copy.stories[1].id;
        mark.range = {{story, layout::StoryField::Body, 0, text.find(word)},
                      {story, layout::StoryField::Body, 0, text.find(word) + word.size()}};
        layout::recordMarkText(copy.stories, mark);
        layout::Document page = copy;
        std::string& edited = page.stories[1].paragraphs[0];
        edited.insert(edited.find("本届大会"), "由上海市政府主办的");
        page.marks = {mark};  // its offsets the other copy's
        document().reset(page, QString());
        m_window->proof()->proofModeAction()->setChecked(true);

        const std::size_t at = edited.find(word);
        const layout::TextRange right{{storyOne(), layout::StoryField::Body, 0, at},
                                      {storyOne(), layout::StoryField::Body, 0, at + word.size()}};
        QVERIFY(textOf(mark.range) != word);  // where its offsets point now
        const auto& shapes = view()->pageItem()->overlay().marks.marks;  // the hints' too
        const auto shape = std::find_if(shapes.begin(), shapes.end(),
                                        [](const layout::DrawnMark& s) { return !s.hint; });
        QVERIFY(shape != shapes.end());
        const std::vector<layout::Rect> expected = layout::rangeRects(composed(), right);
        QVERIFY(!expected.empty());
        QCOMPARE(shape->pieces, expected);

        std::vector<layout::Story> corrected = doc().stories;
        corrected[1].paragraphs[0].replace(at, word.size(), "徐汇西岸");
        panel()->selectMark(doc().marks[0].id);
        clickAccept();
        QCOMPARE(doc().marks[0].status, layout::MarkStatus::Accepted);
        QVERIFY(doc().stories == corrected);  // every story: that one change, nothing else
    }

    // The newsroom's list beside the page (known-mistakes.txt) is the hints' in the window, as it
    // is the command's: saved into its folder the page finds 徐江; opened where the list is not
    // one, the hints go on without it and the status bar says why.
    void theNewsroomsListBesideThePageIsItsHints() {
        auto knownMistakes = [&] {
            return std::count_if(document().hints().begin(), document().hints().end(),
                                 [](const auto& hint) { return hint.rule == "known-mistake"; });
        };
        QCOMPARE(knownMistakes(), 0);
        QTemporaryDir dir;
        {
            QFile list(dir.filePath(QStringLiteral("known-mistakes.txt")));
            QVERIFY(list.open(QIODevice::WriteOnly));
            list.write("徐江→徐汇\n");
        }
        const QString path = dir.filePath(QStringLiteral("page.banmian"));
        QVERIFY(!m_window->saveTo(path));
        QCOMPARE(knownMistakes(), 1);
        QCOMPARE(document().knownMistakes().size(), std::size_t{1});

        QTemporaryDir other;
        {
            QFile list(other.filePath(QStringLiteral("known-mistakes.txt")));
            QVERIFY(list.open(QIODevice::WriteOnly));
            list.write("徐江 徐汇\n");
        }
        const QString copy = other.filePath(QStringLiteral("page.banmian"));
        QVERIFY(QFile::copy(path, copy));
        QSignalSpy notices(&document(), &banmian::app::PageDocument::notice);
        QVERIFY(m_window->openFile(copy));
        QCOMPARE(knownMistakes(), 0);
        QCOMPARE(notices.count(), 1);
        QVERIFY2(
                notices.front().front().toString().contains(QStringLiteral("known-mistakes.txt:1")),
                qPrintable(notices.front().front().toString()));
    }

    // The newsroom's list set once in the settings is every page's; the list beside a page wins
    // for the same text; a list taken off leaves the common slips.
    void theNewsroomsListInTheSettingsIsEveryPagesHints() {
        auto correctionOf = [&](const std::string& wrong) -> std::optional<std::string> {
            for (const auto& hint : document().hints()) {
                if (hint.rule == "known-mistake" && hint.text == wrong) return hint.correction;
            }
            return std::nullopt;
        };
        QVERIFY(!correctionOf("徐江"));
        QTemporaryDir dir;
        const QString settingsList = dir.filePath(QStringLiteral("newsroom.txt"));
        {
            QFile list(settingsList);
            QVERIFY(list.open(QIODevice::WriteOnly));
            list.write("# 本报常见差错\n徐江→徐汇\n");
        }
        banmian::app::setNewsroomListPath(settingsList);
        document().reloadKnownMistakes();
        QCOMPARE(correctionOf("徐江"), std::optional<std::string>("徐汇"));

        // A page in a folder with its own list: its word for 徐江 is taken.
        {
            QFile list(dir.filePath(QStringLiteral("known-mistakes.txt")));
            QVERIFY(list.open(QIODevice::WriteOnly));
            list.write("徐江→徐汇区\n");
        }
        QVERIFY(!m_window->saveTo(dir.filePath(QStringLiteral("page.banmian"))));
        QCOMPARE(correctionOf("徐江"), std::optional<std::string>("徐汇区"));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("known-mistakes.txt"))));

        banmian::app::setNewsroomListPath({});
        document().reloadKnownMistakes();
        QVERIFY(!correctionOf("徐江"));
    }

    // Two proofreaders at one machine, a window each: each window signs its own marks, and a
    // mark says when it was made with its offset from UTC.
    void eachWindowSignsItsOwnMarksWithTheTimeAndItsZone() {
        banmian::app::PageDocument other;
        other.reset(testPage(), QString());
        QCOMPARE(other.proofreader(), QStringLiteral("校对甲"));  // the name set last
        other.setProofreader(QStringLiteral("校对乙"));
        const layout::TextRange range{{storyOne(), layout::StoryField::Body, 0, 0},
                                      {storyOne(), layout::StoryField::Body, 0, 3}};
        banmian::app::addMark(other, layout::MarkKind::Delete, range, QString());
        banmian::app::addMark(document(), layout::MarkKind::Delete, range, QString());
        QCOMPARE(other.document().marks.back().author, std::string("校对乙"));
        QCOMPARE(doc().marks.back().author, std::string("校对甲"));
        document().setProofreader(QStringLiteral("校对甲"));  // the next test's name, as set last
        const QString created = QString::fromStdString(doc().marks.back().created);
        QVERIFY2(QRegularExpression(
                         QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$)"))
                         .match(created)
                         .hasMatch(),
                 qPrintable(created));
    }

    void theMarkShownStaysTheSameWhenMarksBeforeItComeAndGo() {
        // The seed's automatic hints (five in story 1) follow the marks in the list.
        const std::vector<layout::ProofMark> hints = document().hints();
        QVERIFY(hints.size() >= 2);
        const std::string last = hints.back().id;
        panel()->selectMark(last);
        QCOMPARE(panel()->selectedMark(), std::optional(last));
        auto shownOnThePage = [&] {
            std::vector<std::string> selected;
            const auto& overlay = view()->pageItem()->overlay();
            for (const auto& shape : overlay.marks.marks) {
                if (shape.mark == overlay.shownMark) selected.push_back(shape.mark);
            }
            return selected;
        };
        const auto shown = shownOnThePage();
        QVERIFY(shown.empty() || shown == std::vector{last});  // drawn when its text is set
        // The first hint taken up: it becomes a mark, and every hint after it moves up the list;
        // then undone. The same hint stays selected in the list and on the page throughout.
        QVERIFY(!banmian::app::acceptHint(document(), hints.front()));
        QVERIFY(document().hints().size() < hints.size());
        QCOMPARE(document().hints().back().id, last);
        QCOMPARE(panel()->selectedMark(), std::optional(last));
        QCOMPARE(shownOnThePage(), shown);
        document().undoStack()->undo();
        QCOMPARE(document().hints().size(), hints.size());
        QCOMPARE(panel()->selectedMark(), std::optional(last));
        QCOMPARE(shownOnThePage(), shown);
    }

    // 签样: a signed page takes no edit — marks, corrections, blocks, undo — from any path, says so
    // in the status bar, and takes them again once the sign-off is lifted; both are recorded.
    void aSignedPageRefusesEveryEditUntilTheSignOffIsLifted() {
        const std::string paragraph = doc().stories[1].paragraphs[1];
        const std::size_t two = QString::fromStdString(paragraph).left(2).toStdString().size();
        const layout::TextRange first{{storyOne(), layout::StoryField::Body, 1, 0},
                                      {storyOne(), layout::StoryField::Body, 1, two}};
        view()->selectText(first);
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Replace,
                                                  QStringLiteral("甲乙")));
        QCOMPARE(doc().marks.back().round, 1);
        QVERIFY(!banmian::app::openNextRound(document(), false));
        QVERIFY(panel()->header()->text().startsWith(QStringLiteral("二校")));
        view()->selectText(first);
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Query, QStringLiteral("？")));
        QCOMPARE(doc().marks.back().round, 2);  // made in 二校

        QVERIFY(!banmian::app::signOffPage(document(), QStringLiteral("张三")));
        QVERIFY(layout::currentSignOff(doc()));
        QVERIFY(!document().undoStack()->canUndo());  // no undo past the signature
        QVERIFY(document().isModified());             // the signature is to be saved
        QVERIFY(panel()->header()->text().contains(QStringLiteral("张三")));
        QVERIFY(m_window->proof()->liftAction()->isEnabled());
        QVERIFY(!m_window->proof()->signOffAction()->isEnabled());

        const std::string before = layout::documentToJson(doc());
        view()->selectText(first);
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Delete));  // asked, refused
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("signed off")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("张三")));
        panel()->selectMark(doc().marks[0].id);
        clickAccept();
        layout::Document moved = doc();
        moved.page.blocks[1].area.front().line += 2;
        QVERIFY(!document().change(QStringLiteral("Move"), moved));
        QVERIFY(!document().apply(moved));
        document().preview(moved.page);
        document().commit(QStringLiteral("Move"), moved);
        banmian::app::rejectMark(document(), doc().marks[1].id);
        QVERIFY(banmian::app::openNextRound(document(), false));
        QVERIFY(!document().undoStack()->canUndo());
        QCOMPARE(layout::documentToJson(doc()), before);  // nothing changed by any of them

        QVERIFY(!banmian::app::liftSignOff(document(), QStringLiteral("李四"),
                                           QStringLiteral("标题改字")));
        QVERIFY(!layout::currentSignOff(doc()));
        QCOMPARE(doc().signOffs.size(), std::size_t(2));
        QCOMPARE(doc().signOffs[1].by, std::string("李四"));
        // `moved` was made while the page was signed: it moves the block, and signs nothing.
        QVERIFY(document().change(QStringLiteral("Move"), moved));
        QCOMPARE(doc().page.blocks[1].area.front().line, moved.page.blocks[1].area.front().line);
        QCOMPARE(doc().signOffs.size(), std::size_t(2));
        QVERIFY(document().undoStack()->canUndo());
    }

    // 核红 in the window: the same engine function as `banmian proof check`.
    void theRedCheckListsAcceptedCorrections() {
        const std::string paragraph = doc().stories[1].paragraphs[1];
        const std::size_t two = QString::fromStdString(paragraph).left(2).toStdString().size();
        view()->selectText(layout::TextRange{{storyOne(), layout::StoryField::Body, 1, 0},
                                             {storyOne(), layout::StoryField::Body, 1, two}});
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Replace,
                                                  QStringLiteral("甲乙")));
        panel()->selectMark(doc().marks[0].id);
        clickAccept();
        QCOMPARE(doc().marks[0].status, layout::MarkStatus::Accepted);
        {
            banmian::app::RedCheckDialog dialog(document());
            QCOMPARE(dialog.corrections()->topLevelItemCount(), 1);
            QCOMPARE(dialog.corrections()->topLevelItem(0)->text(0), QStringLiteral("made"));
        }
        // The old text typed back (an edit that knows nothing of marks): NOT MADE.
        layout::Document typedBack = doc();
        typedBack.stories[1].paragraphs[1] = paragraph;
        QVERIFY(document().change(QStringLiteral("Edit"), typedBack));
        banmian::app::RedCheckDialog dialog(document());
        QCOMPARE(dialog.corrections()->topLevelItem(0)->text(0), QStringLiteral("NOT MADE"));
    }

    // Another copy's marks merged in one undo step; a different ask of the same characters is a
    // conflict the list shows (冲突) with the other mark's id.
    void marksMergedFromACopyShowTheirConflicts() {
        const std::string paragraph = doc().stories[1].paragraphs[1];
        const std::size_t two = QString::fromStdString(paragraph).left(2).toStdString().size();
        const layout::TextRange first{{storyOne(), layout::StoryField::Body, 1, 0},
                                      {storyOne(), layout::StoryField::Body, 1, two}};
        layout::Document copy = doc();
        layout::ProofMark theirs;
        theirs.id = "theirs";
        theirs.kind = layout::MarkKind::Replace;
        theirs.range = first;
        layout::recordMarkText(copy.stories, theirs);
        theirs.correction = "丙丁";
        theirs.author = "校对乙";
        theirs.created = "2026-12-05T21:00:00+08:00";
        copy.marks.push_back(theirs);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("copy.banmian"));
        QVERIFY(!layout::writeDocument(copy, path.toStdString()));

        view()->selectText(first);
        QVERIFY(!m_window->proof()->markSelection(layout::MarkKind::Replace,
                                                  QStringLiteral("甲乙")));
        const int steps = document().undoStack()->index();
        const auto outcome = banmian::app::mergeMarksFrom(document(), path);
        QVERIFY2(outcome.merged, qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("1 conflicts")));
        QCOMPARE(document().undoStack()->index(), steps + 1);
        QCOMPARE(doc().marks.size(), std::size_t(2));
        QCOMPARE(doc().marks[0].conflictsWith, std::string("theirs"));
        const QString status = panel()->list()->topLevelItem(0)->text(0);
        QVERIFY2(status.contains(QStringLiteral("冲突")) &&
                         status.contains(QStringLiteral("theirs")),
                 qPrintable(status));
        document().undoStack()->undo();
        QCOMPARE(doc().marks.size(), std::size_t(1));
    }
};

QTEST_MAIN(ProofreadingTest)
#include "ProofreadingTest.moc"
