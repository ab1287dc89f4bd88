// File → Import Photos…: the day's photos chosen as a folder in the file dialog, read with their
// captions, given to their stories, kept in the document and the page composed again on the
// compose actions' worker — one undo step, once composed, that gives back both the photos and the
// page; a page changed meanwhile kept as it is; files left out said in a dialog; nothing read,
// nothing changed.
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include "app/edit/PageDocument.h"
#include "app/ui/ComposeActions.h"
#include "app/ui/MainWindow.h"
#include "app/ui/PhotoActions.h"
#include "app/ui/Translations.h"
#include "layout/document/Document.h"
#include "tests/app/Desk.h"
#include "tests/layout/import/PhotoFiles.h"

using banmian::app::ComposeActions;
using banmian::app::MainWindow;
namespace layout = banmian::layout;
using namespace banmian::layout::testing_photos;

namespace {

QAction* menuItem(const MainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions()) {
        if (!menu->menu()) continue;
        for (QAction* item : menu->menu()->actions()) {
            if (item->text() == text) return item;
        }
    }
    return nullptr;
}

// The picture desk's folder: two photos (one naming its story), and a file that is no photo.
fs::path desksFolder(const std::string& name) {
    const fs::path folder = freshFolder(name);
    writePhoto(folder / "photo1.jpg");
    writeBytes(folder / "photo1.txt",
               "禁毒民警清点待销毁的毒品。\n记者 解景昇 摄\n稿件：集中销毁\n");
    writePhoto(folder / "photo2.jpg", [](Exiv2::Image& image) {
        image.iptcData()["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        image.iptcData()["Iptc.Application2.Caption"] = "区长走访慰问老党员。";
    });
    writeBytes(folder / "schedule.docx", std::string("PK\x03\x04\x14\x00\x06\x00", 8) +
                                                 "[Content_Types].xml" + std::string(100, '\0'));
    return folder;
}

// Long enough for the seed composed in a debug build under the sanitizers.
constexpr int kComposing = 120000;

// Waits for the page composed with the photos imported: true once it is the window's.
bool composed(const MainWindow& window) {
    QSignalSpy finished(window.compose(), &ComposeActions::finished);
    return !window.compose()->isComposing() || finished.wait(kComposing);
}

std::string storyId(const layout::Document& d, const std::string& words) {
    for (const layout::Story& s : d.stories) {
        if (s.headline.find(words) != std::string::npos) return s.id;
    }
    return {};
}

}  // namespace

class ImportPhotosTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The summary's plurals come from the English translation, as a desktop in English shows.
        QCOMPARE(banmian::app::installTranslations(
                         *qApp, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QLocale::English);
    }

    void aFolderThroughTheMenuIsOneUndoStep() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QUndoStack* undo = window.document()->undoStack();
        // The designer took a block off the page first: composing again puts it back, and Undo
        // must bring back this page, not the one composed before.
        layout::Document edited = window.document()->document();
        edited.page.blocks.pop_back();
        window.document()->change(QStringLiteral("Take off"), edited);
        const std::string before = layout::documentToJson(window.document()->document());
        const std::size_t blocksBefore = window.document()->document().page.blocks.size();
        const int steps = undo->count();

        const fs::path folder = desksFolder("window");
        Desk desk(QString::fromStdString(folder.string()));
        QAction* import = menuItem(window, QStringLiteral("Import &Photos…"));
        QVERIFY(import);
        import->trigger();
        QVERIFY(window.compose()->isComposing());  // on the worker: the window goes on
        QCOMPARE(undo->count(), steps);
        QVERIFY(composed(window));

        const layout::Document& after = window.document()->document();
        QCOMPARE(after.photos.size(), std::size_t(2));
        QCOMPARE(after.photos[0].path, (folder / "photo1.jpg").string());
        QCOMPARE(after.photos[0].caption, std::string("禁毒民警清点待销毁的毒品。"));
        QCOMPARE(after.photos[0].story, storyId(after, "集中销毁"));
        QCOMPARE(after.photos[1].story, storyId(after, "区长带队"));
        QVERIFY(after.page.blocks.size() > blocksBefore);  // composed again
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Import photos"));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                         QStringLiteral("Read 2 photos from %1, 2 with captions, 1 file left out")
                                 .arg(QString::fromStdString(folder.string()))),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(desk.seen.size(), 1);
        QVERIFY2(desk.seen[0].contains(QStringLiteral("schedule.docx is left out")),
                 qPrintable(desk.seen.join(QLatin1Char('\n'))));

        undo->undo();
        QVERIFY(window.document()->document().photos.empty());
        QCOMPARE(layout::documentToJson(window.document()->document()), before);
        undo->redo();
        QCOMPARE(window.document()->document().photos.size(), std::size_t(2));
    }

    void readingAgainKeepsEachPhotosIdAndStory() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        const fs::path folder = desksFolder("window-again");
        banmian::app::PhotoActions& photos = *window.photos();
        const auto first = photos.importFolder(QString::fromStdString(folder.string()));
        QVERIFY(!first.error);
        QVERIFY(composed(window));
        const std::vector<layout::DayPhoto> once = window.document()->document().photos;
        writeBytes(folder / "photo2.txt", "新的说明\n");
        const auto second = photos.importFolder(QString::fromStdString(folder.string()));
        QVERIFY(!second.error);
        QVERIFY(composed(window));
        const std::vector<layout::DayPhoto>& twice = window.document()->document().photos;
        QCOMPARE(twice.size(), std::size_t(2));
        QCOMPARE(twice[1].id, once[1].id);
        QCOMPARE(twice[1].story, once[1].story);
        QCOMPARE(twice[1].caption, std::string("新的说明"));
    }

    // A block taken off the page while it composes with the photos: the page found was made for
    // the page before, so neither it nor the photos are taken; the designer's change stays and the
    // status bar says to import again.
    void aPageChangedWhileComposingKeepsThePhotosOut() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QUndoStack* undo = window.document()->undoStack();
        const auto import = window.photos()->importFolder(
                QString::fromStdString(desksFolder("window-changed").string()));
        QVERIFY(!import.error);
        QVERIFY(window.compose()->isComposing());
        layout::Document edited = window.document()->document();
        edited.page.blocks.pop_back();
        window.document()->change(QStringLiteral("Take off"), edited);
        QVERIFY(composed(window));

        QCOMPARE(undo->count(), 1);  // the change, and no import
        QVERIFY(window.document()->document().photos.empty());
        QVERIFY(window.document()->page().blocks == edited.page.blocks);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("import again")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void nothingReadChangesNothing() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        const std::string before = layout::documentToJson(window.document()->document());
        const int steps = window.document()->undoStack()->count();
        const fs::path folder = desksFolder("window-nothing");
        const auto import = window.photos()->importFiles(
                {QString::fromStdString((folder / "schedule.docx").string())});
        QVERIFY(import.error);
        QVERIFY(import.error->contains(QStringLiteral("No photos were read")));
        QCOMPARE(import.problems.size(), 1);
        QCOMPARE(window.document()->undoStack()->count(), steps);
        QCOMPARE(layout::documentToJson(window.document()->document()), before);

        const auto missing = window.photos()->importFolder(
                QString::fromStdString((folder / "nowhere").string()));
        QVERIFY(missing.error);
        QVERIFY(missing.error->contains(QStringLiteral("there is no folder")));
    }

    void theMenuSpeaksChinese() {
        QCOMPARE(
                banmian::app::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China)),
                QLocale::Chinese);
        MainWindow window;
        QVERIFY(menuItem(window, QStringLiteral("导入图片(&P)…")));
        QVERIFY(menuItem(window, QStringLiteral("导入图片文件(&F)…")));
        QVERIFY(!window.loadSeedPage());
        const auto import = window.photos()->importFolder(
                QString::fromStdString(desksFolder("window-chinese").string()));
        QVERIFY2(import.summary.contains(QStringLiteral("读入 2 张图片")),
                 qPrintable(import.summary));
    }
};

QTEST_MAIN(ImportPhotosTest)
#include "ImportPhotosTest.moc"
