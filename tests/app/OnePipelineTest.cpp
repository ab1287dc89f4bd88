// One pipeline for the window and the command: a page is composed automatically only when a person
// asks for it (never because it is empty), and the window's Export PDF and Export Proof write the
// very bytes `banmian export` writes of the same page with the same options.
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include "app/edit/PageDocument.h"
#include "app/render/GlyphPaths.h"
#include "app/render/PagePainter.h"
#include "app/ui/ComposeActions.h"
#include "app/ui/ExportActions.h"
#include "app/ui/LayoutChoiceDialog.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StoryTableModel.h"
#include "app/view/PageView.h"
#include "layout/document/Document.h"
#include "layout/pdf/PdfExporter.h"
#include "tests/app/Desk.h"
#include "tests/app/ScreenAndPdf.h"
#include "tests/app/SeedStories.h"
#include "tests/pdfx/PdfxCheck.h"

using banmian::app::ComposeActions;
using banmian::app::MainWindow;

// Long enough for auto-compose in a debug build under the sanitizers.
constexpr int kComposing = 120000;

class OnePipelineTest : public QObject {
    Q_OBJECT

private:
    static std::size_t storyBlocks(const MainWindow& window) {
        std::size_t count = 0;
        for (const auto& block : window.document()->page().blocks)
            count += block.kind == banmian::layout::BlockKind::Story;
        return count;
    }

    static QAction* action(const MainWindow& window, const QString& text) {
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* item : menu->menu()->actions()) {
                if (item->text() == text) return item;
            }
        }
        return nullptr;
    }

    static QByteArray contents(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return {};
        return file.readAll();
    }

    // `banmian export` run as a person runs it; its exit code.
    static int runExport(const QStringList& arguments) {
        QProcess banmian;
        banmian.start(QStringLiteral(BANMIAN_EXECUTABLE),
                      QStringList{QStringLiteral("export")} + arguments);
        if (!banmian.waitForFinished(60000)) return -1;
        return banmian.exitCode();
    }

private slots:
    void initTestCase() {
        // Both sides stamp the slug line and the proof's dates with this time.
        qputenv("SOURCE_DATE_EPOCH", "1782000000");
    }

    void newPageIsBlank() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(storyBlocks(window) > 3);  // articles imported: a page composed, as asked

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(window.document()->page().blocks.empty());
        QCOMPARE(window.document()->document().stories.size(), std::size_t{6});
        QVERIFY(window.page());  // a blank page shown, not an error
        QVERIFY(window.page()->runs.empty());
    }

    // Blocks all taken off, saved, opened again: the page stays as it was left.
    void anEmptiedPageStaysEmpty() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("emptied.banmian"));
        {
            MainWindow window;
            QVERIFY(!window.loadSeedPage());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            std::vector<banmian::layout::PagePart> all;
            for (std::size_t b = 0; b < window.document()->page().blocks.size(); ++b)
                all.push_back({banmian::layout::PagePart::Kind::Block, b, 0});
            const QModelIndex placed =
                    window.storyModel()->index(0, banmian::app::StoryTableModel::PlacedColumn);
            QCOMPARE(placed.data().toString(), QStringLiteral("On the page"));
            window.pageView()->select(all);
            window.pageView()->setFocus();
            QTest::keyClick(window.pageView(), Qt::Key_Delete);
            QVERIFY(window.document()->page().blocks.empty());
            // The story list reads the page: every story is off it now.
            QCOMPARE(placed.data().toString(), QStringLiteral("Not placed"));

            Desk desk(path);
            QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY2(desk.seen.isEmpty(), qPrintable(desk.seen.join(QLatin1Char('\n'))));
            QVERIFY(!window.document()->isModified());
        }
        MainWindow again;
        QVERIFY(again.openFile(path));
        QVERIFY(again.document()->page().blocks.empty());
        QCOMPARE(again.document()->document().stories.size(), std::size_t{6});
    }

    // The window tells a page from articles by what the file holds, as the command does: a page
    // saved under another name opens as the page; a PDF is refused, not read as articles.
    void opensAFileByWhatItHolds() {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        const QString page = dir.filePath(QStringLiteral("page.banmian"));
        QVERIFY(!window.document()->save(page));
        const QString renamed = dir.filePath(QStringLiteral("page-copy.txt"));
        QVERIFY(QFile::copy(page, renamed));

        MainWindow other;
        QVERIFY(!other.importFile(renamed));
        QCOMPARE(other.document()->page().blocks.size(), window.document()->page().blocks.size());
        QCOMPARE(other.document()->document().stories.size(), std::size_t{6});

        const QString pdf = dir.filePath(QStringLiteral("articles.txt"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< >>\nendobj\n");
        file.close();
        const auto refused = other.importFile(pdf);
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("is a PDF file")), qPrintable(*refused));
        QCOMPARE(other.document()->document().stories.size(), std::size_t{6});  // as it was
    }

    // Edit → Auto-Compose the Page is how a blank page gets its blocks: one undo step.
    void autoComposingIsAskedFor() {
        QTemporaryDir dir;
        banmian::layout::Document blank;
        banmian::layout::Story story;
        story.headline = "区长带队开展走访活动";
        story.paragraphs = {"6月28日，区委副书记带队开展走访活动，听取居民意见。"};
        blank.stories = {story, story};
        blank.page.grid = banmian::layout::pageGrid(banmian::layout::PagePreset::Broadsheet);
        blank.page.masthead = {"徐汇报", "2026年12月4日 星期五", "", ""};
        const QString path = dir.filePath(QStringLiteral("blank.banmian"));
        QVERIFY(!banmian::layout::writeDocument(blank, path.toStdString()));

        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->page().blocks.empty());

        QAction* compose = action(window, ComposeActions::tr("Auto-&Compose the Page"));
        QVERIFY(compose);
        QSignalSpy composed(window.compose(), &ComposeActions::finished);
        compose->trigger();
        QVERIFY(composed.wait(kComposing));  // on a worker: the window goes on meanwhile
        QCOMPARE(storyBlocks(window), std::size_t{2});
        QCOMPARE(window.document()->page().masthead.title, std::string("徐汇报"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.document()->page().blocks.empty());
    }

    // Edit → Choose an Auto-Composed Layout shows the three best layouts side by side, the best
    // chosen; the designer clicks the second and takes it: the page becomes that layout, one
    // undo step, and it is not the one Auto-Compose would have taken.
    void aLayoutIsChosenFromThree() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* best = action(window, ComposeActions::tr("Auto-&Compose the Page"));
        QVERIFY(best);
        QSignalSpy composed(window.compose(), &ComposeActions::finished);
        best->trigger();
        QVERIFY(composed.wait(kComposing));
        // The status line says what the page's measure found.
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("empty cell")),
                 qPrintable(window.statusBar()->currentMessage()));
        const std::vector<banmian::layout::Block> bestBlocks = window.document()->page().blocks;
        const int steps = window.document()->undoStack()->count();

        // The chooser opens once the worker has found the layouts: looked for until it does.
        bool shown = false;
        QTimer look;
        look.setInterval(10);
        connect(&look, &QTimer::timeout, [&shown, &look]() {
            for (QWidget* top : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<banmian::app::LayoutChoiceDialog*>(top);
                if (!dialog) continue;
                shown = true;
                look.stop();
                const auto close = qScopeGuard([dialog] { dialog->accept(); });  // even failing
                QCOMPARE(dialog->chosen(), 0);                                   // the best, chosen
                QVERIFY(dialog->choice(2));  // three to choose from
                QVERIFY(!dialog->choice(1)->icon().isNull());
                QTest::mouseClick(dialog->choice(1), Qt::LeftButton);
                QCOMPARE(dialog->chosen(), 1);
            }
        });
        look.start();
        QAction* choose = action(window, ComposeActions::tr("Choose an Auto-Composed &Layout…"));
        QVERIFY(choose);
        choose->trigger();
        QVERIFY(composed.wait(kComposing));
        QVERIFY(shown);
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        const auto& chosen = window.document()->page().blocks;
        std::vector<banmian::layout::GridRect> chosenAreas, bestAreas;
        for (const auto& b : chosen)
            chosenAreas.insert(chosenAreas.end(), b.area.begin(), b.area.end());
        for (const auto& b : bestBlocks)
            bestAreas.insert(bestAreas.end(), b.area.begin(), b.area.end());
        QVERIFY(chosenAreas != bestAreas);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->page().blocks.size(), bestBlocks.size());
    }

    // Export PDF (Ctrl+E) and Export Proof in the window, and `banmian export` of the same saved
    // page, with the same options: the same bytes, slug line included. The seed's photo frames are
    // empty: the window asks, and the designer exports anyway, as --force does on the command.
    void theWindowExportsAsTheCommandDoes() {
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("page.banmian"));
        const QString fromWindow = dir.filePath(QStringLiteral("window.pdf"));
        const QString proofFromWindow = dir.filePath(QStringLiteral("window-proof.pdf"));
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.document()->save(page));
        {
            Desk desk(fromWindow, Desk::GoOn);
            QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
            QCOMPARE(desk.seen.size(), 1);
            QVERIFY2(desk.seen.front().startsWith(
                             QStringLiteral("Not ready for print: The printing plant would reject "
                                            "this page:")) &&
                             desk.seen.front().contains(QStringLiteral("a photo frame with no "
                                                                       "photo yet")),
                     qPrintable(desk.seen.front()));
        }
        QVERIFY(!window.exports()->exportProof(proofFromWindow));

        const QString fromCommand = dir.filePath(QStringLiteral("command.pdf"));
        const QString proofFromCommand = dir.filePath(QStringLiteral("command-proof.pdf"));
        QCOMPARE(runExport({page, QStringLiteral("-o"), fromCommand}), 1);  // the empty frames
        QCOMPARE(runExport({page, QStringLiteral("-o"), fromCommand, QStringLiteral("--force")}),
                 0);
        QCOMPARE(runExport(
                         {page, QStringLiteral("-o"), proofFromCommand, QStringLiteral("--proof")}),
                 0);

        const QByteArray print = contents(fromWindow);
        QVERIFY(print.startsWith("%PDF-1.3"));
        QVERIFY(print == contents(fromCommand));
        const std::string failures = pdfxFailures(fromWindow.toStdString());
        QVERIFY2(failures.empty(), failures.c_str());
        const QByteArray proof = contents(proofFromWindow);
        QVERIFY(proof.startsWith("%PDF-1.6"));
        QVERIFY(proof == contents(proofFromCommand));
    }

    // A photo cropped by the designer — scaled up and moved off centre in its frame — is placed
    // on the screen where the PDF places it: the page painted and the PDF rendered by Poppler
    // show the same grays in the frame. The same page painted as if uncropped does not: the
    // comparison sees a crop placed wrongly.
    void theScreenAndThePdfCropAPhotoAlike() {
        namespace layout = banmian::layout;
        QTemporaryDir dir;
        // Gray, every place its own: a ramp across, bands down.
        QImage picture(600, 400, QImage::Format_Grayscale8);
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x)
                picture.scanLine(y)[x] = static_cast<uchar>(x * 180 / 600 + ((y / 40) % 2) * 70);
        }
        const QString image = dir.filePath(QStringLiteral("picture.png"));
        QVERIFY(picture.save(image));
        layout::Document d = seedStoriesOnABroadsheet();
        layout::Block block;
        block.id = "block";
        block.story = d.stories[0].id;
        block.area = {{0, 4, 10, 60}};
        block.photos.push_back({{0, 4, 14, 30}, image.toStdString(), "", std::nullopt});
        block.photos[0].crop = {2.2, 0.3, 0.65};
        d.page.blocks = {block};
        MainWindow window;
        window.document()->reset(d, QString());
        const layout::PageLayout* page = window.page();
        QVERIFY(page && page->images.size() == 1);
        QCOMPARE(page->images[0].crop, (layout::PhotoCrop{2.2, 0.3, 0.65}));

        const QImage printed = renderedPdf(*page, *window.fontRegistry(), dir.path());
        QVERIFY(!printed.isNull());
        // The cells of 4 × 4 pixels inside the frame whose mean grays differ by more than 12.
        const QRectF frame =
                banmian::app::rectOf(page->images[0].rect).translated(pdfBleed(), pdfBleed());
        const QRect inside(QPoint(qCeil(frame.left()) + 1, qCeil(frame.top()) + 1),
                           QPoint(qFloor(frame.right()) - 2, qFloor(frame.bottom()) - 2));
        auto differing = [&](const layout::PageLayout& shown) {
            return differingCells(paintedPage(shown, *window.fontRegistry(), printed.size()),
                                  printed, 12, false, inside);
        };
        const auto [different, cells] = differing(*page);
        QVERIFY(cells > 1000);
        QVERIFY2(different * 100 < cells * 2,
                 qPrintable(QStringLiteral("%1 of %2 cells differ").arg(different).arg(cells)));
        layout::PageLayout uncropped = *page;
        uncropped.images[0].crop = {};
        const auto [wrong, all] = differing(uncropped);
        QVERIFY2(wrong * 100 > all * 30,
                 qPrintable(QStringLiteral("uncropped: only %1 of %2 cells differ")
                                    .arg(wrong)
                                    .arg(all)));
    }
};

QTEST_MAIN(OnePipelineTest)
#include "OnePipelineTest.moc"
