// The bad-input catalogue in the window: each kind of bad input given as a designer gives it —
// File → Import Articles…, Open…, Open Recent, Export PDF…, Save As… through their file dialogs —
// is answered by one dialog saying what is wrong, and the page in the window (with its unsaved
// change) and every file in the folder are exactly as they were. The same inputs on the command
// line: BadInputTest.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <functional>
#include <map>
#include <optional>

#include "app/edit/PageDocument.h"
#include "app/ui/DiagnosticsPanel.h"
#include "app/ui/MainWindow.h"
#include "app/ui/PropertiesPanel.h"
#include "app/view/PageView.h"
#include "layout/compose/Preflight.h"
#include "layout/document/Document.h"
#include "tests/app/Desk.h"
#include "tests/app/DropFiles.h"
#include "tests/app/SeedStories.h"

using banmian::app::MainWindow;
namespace layout = banmian::layout;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray edited(QByteArray text, const QByteArray& from, const QByteArray& to) {
    const qsizetype at = text.indexOf(from);
    if (at >= 0) text.replace(at, from.size(), to);
    return text;
}

// Every file in `folder` with its bytes: what the user had, to compare after.
std::map<QString, QByteArray> filesIn(const QString& folder) {
    std::map<QString, QByteArray> files;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        files[file.fileName()] = readAll(file.absoluteFilePath());
    return files;
}

// What the window shows of the page: the document, whether it has unsaved changes, its title.
QString shown(const MainWindow& window) {
    return QString::fromStdString(layout::documentToJson(window.document()->document())) +
           (window.document()->isModified() ? QStringLiteral("\n(modified)") : QString()) +
           QStringLiteral("\n") + window.windowTitle();
}

}  // namespace

class BadInputWindowTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Today's page open in a window, with a change not yet saved.
    void openToday(MainWindow& window) {
        QVERIFY(window.openFile(path(QStringLiteral("today.banmian"))));
        layout::Document changed = window.document()->document();
        changed.page.masthead.issue = "第2期";
        window.document()->change(QStringLiteral("issue"), changed);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    // Does what `act` does — a key pressed, a menu item or a button — with `chosen` the file
    // chosen in the file dialog, and expects one message box saying `message`, the page shown and
    // the folder's files as they were.
    void giveBadInput(MainWindow& window, const std::function<void()>& act, const QString& chosen,
                      const QString& message) {
        const QString before = shown(window);
        const auto files = filesIn(m_dir.path());
        Desk desk(chosen);
        act();
        QTRY_COMPARE(desk.seen.size(), 1);  // a drop opens its file once the drop is over
        QVERIFY2(desk.seen.front().contains(message), qPrintable(desk.seen.front()));
        QCOMPARE(shown(window), before);
        QVERIFY(filesIn(m_dir.path()) == files);
    }

    // Clicks the middle of the page's first photo frame, as a designer selects it: its block in
    // `block`, and the Properties panel showing it in `panel`.
    static void selectFirstPhotoFrame(MainWindow& window, std::size_t& block,
                                      banmian::app::PropertiesPanel*& panel) {
        const auto& blocks = window.document()->page().blocks;
        const auto framed = std::find_if(blocks.begin(), blocks.end(),
                                         [](const layout::Block& b) { return !b.photos.empty(); });
        QVERIFY(framed != blocks.end());
        block = static_cast<std::size_t>(framed - blocks.begin());
        const layout::Rect frame = window.document()->page().grid.rect(framed->photos.front().area);
        const QPointF middle(layout::toPoints(frame.x + frame.width / 2),
                             layout::toPoints(frame.y + frame.height / 2));
        window.pageView()->ensureVisible(QRectF(middle, QSizeF(1, 1)));
        QTest::mouseClick(window.pageView()->viewport(), Qt::LeftButton, {},
                          window.pageView()->viewPointOf(middle));
        panel = window.findChild<banmian::app::PropertiesPanel*>();
        QVERIFY(panel);
        QVERIFY(!panel->choosePhoto()->isHidden());
    }

    static std::function<void()> pressing(MainWindow& window, const QString& keys) {
        return [&window, keys] { QTest::keySequence(&window, QKeySequence(keys)); };
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Today's page: the seed's stories, composed on a broadsheet.
        banmian::app::PageDocument composer;
        layout::Document today = seedStoriesOnABroadsheet();
        auto page = composer.composer().autoCompose(today, std::nullopt);
        QVERIFY(page.ok());
        today.page = std::move(page).value();
        composer.reset(today, QString());
        QVERIFY(composer.save(path(QStringLiteral("today.banmian"))) == std::nullopt);
    }

    void refusesAndKeepsEverything_data() {
        QTest::addColumn<QString>("shortcut");  // the keys pressed, or "recent", or "drop"
        QTest::addColumn<QString>("file");      // chosen in the file dialog
        QTest::addColumn<QByteArray>("bytes");  // what that file holds (null: nothing written)
        QTest::addColumn<QString>("message");   // the dialog: "title: … text …"

        const QByteArray good = composedPage();
        QTest::newRow("a binary file as articles")
                << "Ctrl+I"
                << "photo.jpg" << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)
                << "Cannot import articles: line 1: this is a binary file";
        QTest::newRow("a wrong encoding (Latin-1 bytes)")
                << "Ctrl+I"
                << "latin1.txt" << QByteArray("Headline\n\nCaf\xE9 au lait\xFF\xFF\n")
                << "Cannot import articles: line 3: bytes that are not UTF-8";
        QTest::newRow("an empty article file")
                << "Ctrl+I"
                << "empty.txt" << QByteArray("\n\n  \n")
                << "Cannot import articles: the file holds only blank lines";
        QByteArray huge = "巨稿\n\n";
        while (huge.size() < (65 << 20)) huge += QByteArray(1 << 20, 'x') + "\n";
        QTest::newRow("a 65 MB article file")
                << "Ctrl+I"
                << "huge.txt" << huge << "huge.txt is too large for an article file";
        QTest::newRow("a truncated document") << "Ctrl+O"
                                              << "cut.banmian" << good.left(good.size() / 3)
                                              << "cut.banmian: the document breaks off";
        QTest::newRow("a document cut short, zeros after")
                << "Ctrl+O"
                << "zeros.banmian" << good.left(good.size() / 3) + QByteArray(4096, '\0')
                << QStringLiteral("zeros.banmian: the document is damaged near line %1 (zero bytes")
                           .arg(good.left(good.size() / 3).count('\n') + 1);
        QTest::newRow("a hand edit that broke the JSON")
                << "Ctrl+O"
                << "comma.banmian" << edited(good, "\"banmian\",", "\"banmian\"")
                << "comma.banmian: the document is damaged near line 3: was it edited by hand?";
        QTest::newRow("a hand-edited value of the wrong kind")
                << "Ctrl+O"
                << "boxed.banmian" << edited(good, "\"boxed\": false", "\"boxed\": \"no\"")
                << "boxed: should be true or false";
        QTest::newRow("a hand-edited block off the grid")
                << "Ctrl+O"
                << "off-grid.banmian" << edited(good, "\"area\": [", "\"area\": [[40, 4, 0, 1],")
                << "outside the page grid";
        QTest::newRow("a hand-edited proof mark of no known kind")
                << "Ctrl+O"
                << "mark.banmian" << markedWith(good, "erase")
                << "/marks/0/kind: \"erase\" is not one Banmian knows";
        QTest::newRow("a document from a newer Banmian")
                << "Ctrl+O"
                << "newer.banmian" << edited(good, "\"version\": 3", "\"version\": 9")
                << "newer.banmian: made by a newer Banmian";
        QTest::newRow("a document saved as GBK by a text editor")
                << "Ctrl+O"
                << "gbk.banmian" << edited(good, "\"报名\"", "\"\xB1\xA8\xC3\xFB\"")
                << "not UTF-8 text at line";
        QTest::newRow("a photo named as a document")
                << "Ctrl+O"
                << "photo.banmian" << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)
                << "photo.banmian: a binary file, not a Banmian document";
        QTest::newRow("a recent page moved away since")
                << "recent"
                << "moved.banmian" << QByteArray() << "moved.banmian: No such file or directory";
        QTest::newRow("a binary file dropped on the page")
                << "drop"
                << "dropped.jpg" << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)
                << "Cannot import articles: line 1: this is a binary file";
        QTest::newRow("a folder that takes no files (Save As)")
                << "Ctrl+Shift+S"
                << "/proc/today.banmian" << QByteArray()
                << "Cannot save: cannot write /proc/today.banmian";
        QTest::newRow("a folder that takes no files (Export PDF)")
                << "Ctrl+E"
                << "/proc/today.pdf" << QByteArray()
                << "Cannot export the PDF: cannot write /proc/today.pdf";
    }

    void refusesAndKeepsEverything() {
        QFETCH(QString, shortcut);
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString chosen = QDir::isAbsolutePath(file) ? file : path(file);
        if (!bytes.isNull()) write(chosen, bytes);
        QSettings().setValue(QStringLiteral("recentFiles"),
                             QStringList{path(QStringLiteral("moved.banmian"))});
        MainWindow window;
        openToday(window);
        // Export PDF: the page's empty photo frames taken off, so that the preflight lets the
        // export go on to the folder, which is what is tested.
        if (shortcut == QStringLiteral("Ctrl+E")) {
            layout::Document ready = window.document()->document();
            for (layout::Block& block : ready.page.blocks) block.photos.clear();
            window.document()->change(QStringLiteral("no photo frames"), ready);
        }
        // File → Open Recent, or the keys.
        const auto recent = [&window, &chosen] {
            QAction* recent = nullptr;
            for (QAction* action : window.findChildren<QAction*>())
                if (action->text() == QFileInfo(chosen).fileName()) recent = action;
            QVERIFY(recent);
            recent->trigger();
        };
        // Dragged from the desktop and dropped on the page.
        const auto drop = [&window, &chosen] {
            QVERIFY(dropFiles(window.pageView()->viewport(), {chosen}));
        };
        giveBadInput(window,
                     shortcut == QStringLiteral("recent") ? recent
                     : shortcut == QStringLiteral("drop") ? drop
                                                          : pressing(window, shortcut),
                     chosen, message);
        if (shortcut == QStringLiteral("recent")) {  // said once, then gone from the list
            const QStringList recent =
                    QSettings().value(QStringLiteral("recentFiles")).toStringList();
            QVERIFY2(!recent.contains(chosen), qPrintable(recent.join(QLatin1Char(' '))));
            QVERIFY(recent.contains(path(QStringLiteral("today.banmian"))));
        }
        if (!bytes.isNull()) QFile::remove(chosen);
    }

    // A photo whose file is gone: the page opens and shows the frame; Export PDF says the plant
    // would reject it, and (the user letting it be) yesterday's PDF stays as it was.
    void anUnreadablePhotoStopsTheExportNotThePage() {
        QByteArray page = composedPage();
        const QByteArray gone = path(QStringLiteral("gone.jpg")).toUtf8();
        while (page.contains("\"image\": \"\""))  // every frame's photo, none left empty
            page = edited(page, "\"image\": \"\"", "\"image\": \"" + gone + "\"");
        QVERIFY(page.contains(gone));
        write(path(QStringLiteral("photo-page.banmian")), page);
        write(path(QStringLiteral("yesterday.pdf")), "%PDF-1.6 yesterday's page\n");
        MainWindow window;
        QVERIFY(window.openFile(path(QStringLiteral("photo-page.banmian"))));
        QVERIFY(window.page());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        giveBadInput(window, pressing(window, QStringLiteral("Ctrl+E")),
                     path(QStringLiteral("yesterday.pdf")),
                     QStringLiteral("gone.jpg cannot be read\n\nFix it first, or export it "
                                    "anyway."));
    }

    // A character no installed face has (U+10FFFD) in the articles: the page opens, the Findings
    // panel lists it as an error with its place, a double-click there selects its block, and
    // Export PDF says the plant would reject the page (Cancel: nothing written).
    void aCharacterNoFontHasIsListedAndStopsTheExport() {
        const QString articles = path(QStringLiteral("missing-glyph.txt"));
        write(articles,
              "集中销毁八百余公斤\n\n□记者 解景昇\n\n"
              "　　6月26日，全市禁毒宣传活动在徐汇举行。\n\n"
              "　　现场集中销毁毒品八百余公斤。\n\n"
              "　　这一段里有一个字\xF4\x8F\xBF\xBD没有字体。\n");
        MainWindow window;
        QVERIFY(window.openFile(articles));
        QVERIFY(window.page());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        banmian::app::DiagnosticsPanel* panel = window.notes();
        QVERIFY(panel->isVisible());
        QListWidgetItem* missing = nullptr;
        QTRY_VERIFY((missing = [panel]() -> QListWidgetItem* {
            const auto found = panel->findItems(QStringLiteral("U+10FFFD"), Qt::MatchContains);
            return found.isEmpty() ? nullptr : found.front();
        }()));
        QCOMPARE(panel->row(missing), 0);  // errors first
        QCOMPARE(
                missing->text(),
                QStringLiteral("“集中销毁八百余公斤” · paragraph 3: U+10FFFD (“\U0010FFFD”) has no "
                               "glyph in any installed font: it would print as a box"));
        QVERIFY2(missing->toolTip().startsWith(QStringLiteral("Error (missing-glyph)")),
                 qPrintable(missing->toolTip()));
        // The block that shows story 0, by its id.
        const auto& blocks = window.document()->page().blocks;
        const std::string& story = window.document()->document().stories.at(0).id;
        const auto block = std::find_if(blocks.begin(), blocks.end(),
                                        [&](const layout::Block& b) { return b.story == story; });
        QVERIFY(block != blocks.end());
        QCOMPARE(missing->data(banmian::app::DiagnosticsPanel::BlockRole).toString(),
                 QString::fromStdString(block->id));

        QVERIFY(window.pageView()->selection().empty());
        panel->scrollToItem(missing);
        const QPoint at = panel->visualItemRect(missing).center();
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(panel->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.pageView()->selection(),
                 (std::vector<layout::PagePart>{{layout::PagePart::Kind::Block,
                                                 static_cast<std::size_t>(block - blocks.begin()),
                                                 0}}));

        giveBadInput(
                window, pressing(window, QStringLiteral("Ctrl+E")),
                path(QStringLiteral("missing-glyph.pdf")),
                QStringLiteral("Not ready for print: The printing plant would reject this "
                               "page:\n\nstory [0] (集中销毁八百余公斤): paragraph 3: U+10FFFD"));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing-glyph.pdf"))));
        QFile::remove(articles);
    }

    // A photo chosen for a frame in the Properties panel: a file that is no image the print PDF
    // takes is refused with the reason; a good one is placed, one undo step.
    void aPhotoThatCannotBePrintedIsNotPlaced() {
        MainWindow window;
        openToday(window);
        std::size_t block = 0;
        banmian::app::PropertiesPanel* panel = nullptr;
        selectFirstPhotoFrame(window, block, panel);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(panel->photoFile()->text(),
                 QStringLiteral("No photo file yet: the frame prints as a marked box"));

        const QString broken = path(QStringLiteral("broken.jpg"));
        write(broken, QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) + QByteArray(300, 'x'));
        giveBadInput(
                window, [panel] { panel->choosePhoto()->click(); }, broken,
                QStringLiteral("Cannot place the photo: ") + broken + QStringLiteral(": "));

        const QString good =
                QStringLiteral(BANMIAN_SOURCE_DIR "/tests/data/images/photo-cmyk-600x400.jpg");
        Desk desk(good);
        panel->choosePhoto()->click();
        QVERIFY(desk.seen.isEmpty());
        QCOMPARE(window.document()->page().blocks[block].photos.front().image, good.toStdString());
        QCOMPARE(panel->photoFile()->text(), QStringLiteral("photo-cmyk-600x400.jpg"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->page().blocks[block].photos.front().image, std::string());
        QFile::remove(broken);
    }

    // A photo chosen for a frame it fills at too few pixels an inch is said at once — in the
    // status bar with its figure, and in the Findings panel, without waiting for the export: an
    // error under the document's minimum (the print export will refuse it), a warning under its
    // good resolution.
    void aPhotoTooCoarseForItsFrameIsSaidAtOnce() {
        MainWindow window;
        openToday(window);
        std::size_t block = 0;
        banmian::app::PropertiesPanel* panel = nullptr;
        selectFirstPhotoFrame(window, block, panel);
        if (QTest::currentTestFailed()) return;
        // What the preflight makes of `file` where the frame prints, as the export will.
        const auto resolution = [&window, block](const QString& file) {
            const auto info = layout::photoInfo(file.toStdString());
            const banmian::app::PageDocument* page = window.document();
            return layout::photoResolution(
                    info.value(), layout::photoRect(page->page(), *page->layout(), block, 0),
                    page->document().print);
        };
        // The finding about the frame's photo, read as soon as the photo is placed.
        const auto finding = [&window](const QString& says) -> QListWidgetItem* {
            const auto found = window.notes()->findItems(says, Qt::MatchContains);
            return found.isEmpty() ? nullptr : found.front();
        };

        const QString coarse =
                QStringLiteral(BANMIAN_SOURCE_DIR "/tests/data/images/photo-cmyk-120x80.jpg");
        const int ppi = resolution(coarse).ppi;
        QVERIFY2(ppi < 150, qPrintable(QString::number(ppi)));
        {
            Desk desk(coarse);
            panel->choosePhoto()->click();
            QVERIFY(desk.seen.isEmpty());  // said, not asked: placed, as the designer chose
        }
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("photo-cmyk-120x80.jpg prints at %1 ppi in this frame, under the "
                                "150 ppi the print PDF needs: the export will refuse it; choose a "
                                "larger photo or make the frame smaller")
                         .arg(ppi));
        const QString said = QStringLiteral("photo-cmyk-120x80.jpg prints at %1 ppi").arg(ppi);
        QListWidgetItem* item = finding(said);
        QVERIFY2(item, "the Findings panel lists it at once, not a moment later");
        QVERIFY2(item->toolTip().startsWith(QStringLiteral("Error (photo-resolution)")),
                 qPrintable(item->toolTip()));

        // The document's own figures: a frame it fills at P ppi, under a good resolution of P + 10
        // and over a minimum of P - 10, is a warning.
        const QString fine =
                QStringLiteral(BANMIAN_SOURCE_DIR "/tests/data/images/photo-cmyk-600x400.jpg");
        const int finePpi = resolution(fine).ppi;
        layout::Document lenient = window.document()->document();
        lenient.print = {finePpi - 10, finePpi + 10};
        window.document()->change(QStringLiteral("print settings"), lenient);
        {
            Desk desk(fine);
            panel->choosePhoto()->click();
        }
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("photo-cmyk-600x400.jpg prints at %1 ppi in this frame, under the "
                                "%2 ppi of a sharp print: it will print soft")
                         .arg(finePpi)
                         .arg(finePpi + 10));
        item = finding(QStringLiteral("photo-cmyk-600x400.jpg prints at %1 ppi").arg(finePpi));
        QVERIFY(item);
        QVERIFY2(item->toolTip().startsWith(QStringLiteral("Warning (photo-resolution)")),
                 qPrintable(item->toolTip()));
        QVERIFY(finding(said) == nullptr);  // the coarse photo's finding went with it
    }

    // No Chinese fonts on this machine (BANMIAN_FONT_PATH names an empty folder): the page is not
    // replaced by one that cannot be shown, and the message names the font and its package.
    void aMissingFontIsNamedWithItsPackage() {
        QTemporaryDir noFonts;
        qputenv("BANMIAN_FONT_PATH", noFonts.path().toUtf8());
        qputenv("BANMIAN_FONT_CACHE", "off");
        MainWindow window;
        qunsetenv("BANMIAN_FONT_PATH");
        qunsetenv("BANMIAN_FONT_CACHE");
        const auto error = window.loadSeedPage();
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("font 'Noto Serif CJK SC' (书宋) is not installed: "
                                                "install the Debian package fonts-noto-cjk")),
                 qPrintable(*error));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        giveBadInput(window, pressing(window, QStringLiteral("Ctrl+O")),
                     path(QStringLiteral("today.banmian")),
                     QStringLiteral("today.banmian cannot be shown on this machine: font 'Noto "
                                    "Serif CJK SC' (书宋) is not installed"));
    }

private:
    QByteArray composedPage() const { return readAll(path(QStringLiteral("today.banmian"))); }

    // `good` with one proof mark of `kind` on the first story's first paragraph.
    static QByteArray markedWith(const QByteArray& good, const char* kind) {
        QByteArray text = good;
        const QByteArray mark =
                QByteArray(",\n\t\"marks\": [{\"id\": \"m1\", \"kind\": \"") + kind +
                "\", \"story\": 0, \"begin\": {\"field\": \"body\", \"paragraph\": 0, \"offset\": "
                "0}, \"end\": {\"field\": \"body\", \"paragraph\": 0, \"offset\": 3}, \"text\": "
                "\"上\", \"author\": \"李校对\", \"created\": \"2026-11-25T21:30:00\", "
                "\"status\": \"open\"}]\n}";
        text.truncate(text.lastIndexOf('}'));
        while (text.endsWith('\n') || text.endsWith('\t')) text.chop(1);
        return text + mark;
    }
};

QTEST_MAIN(BadInputWindowTest)
#include "BadInputWindowTest.moc"
