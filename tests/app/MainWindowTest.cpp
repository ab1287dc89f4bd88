// The designer's window, driven as a person drives it: the seed's stories in the list, a click on
// a row, the copy in the middle, the importer's notes below, the language of the labels.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

#include "app/SeedPage.h"
#include "app/edit/PageDocument.h"
#include "app/print/PagePrinter.h"
#include "app/render/PagePainter.h"
#include "app/ui/ExportActions.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StoryPreview.h"
#include "app/ui/StoryTableModel.h"
#include "app/ui/Translations.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/document/Document.h"
#include "layout/pdf/PdfExporter.h"
#include "tests/app/DropFiles.h"
#include "tests/app/ScreenAndPdf.h"

using banmian::app::MainWindow;
using banmian::app::StoryTableModel;

// The page was composed with the window's fonts; printing needs the same registry.
static const banmian::fonts::FontRegistry* banmianRegistry(MainWindow& window) {
    return window.fontRegistry();
}

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    static QString cell(const MainWindow& window, int row, int column) {
        return window.storyModel()->index(row, column).data().toString();
    }

    // A page of one story, unplaced, saved at `path`; the path.
    static QString writeOneStoryPage(const QString& path) {
        banmian::layout::Document document;
        banmian::layout::Story story;
        story.headline = "区长带队开展走访活动";
        story.paragraphs = {"6月28日，区委副书记带队开展走访活动。"};
        document.stories = {story};
        document.page.grid = banmian::layout::pageGrid(banmian::layout::PagePreset::Broadsheet);
        if (banmian::layout::writeDocument(document, path.toStdString())) return {};
        return path;
    }

    static void removeTranslators() {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private slots:
    void listsTheSeedStoriesWithReportersAndCounts() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        QCOMPARE(window.storyModel()->rowCount(), 6);
        QCOMPARE(cell(window, 0, StoryTableModel::HeadlineColumn),
                 QStringLiteral("喜报！徐汇区代表队斩获团体铜奖"));
        QCOMPARE(cell(window, 2, StoryTableModel::HeadlineColumn),
                 QStringLiteral("集中销毁八百余公斤"));
        QCOMPARE(cell(window, 4, StoryTableModel::ReportersColumn),
                 QStringLiteral("姚丽敏、刘晓晶"));
        QCOMPARE(cell(window, 5, StoryTableModel::ReportersColumn),
                 QStringLiteral("曹香玉、王卫民"));
        QCOMPARE(cell(window, 0, StoryTableModel::ParagraphsColumn), QStringLiteral("4"));
        QCOMPARE(cell(window, 3, StoryTableModel::ParagraphsColumn), QStringLiteral("2"));
        const int characters = cell(window, 1, StoryTableModel::CharactersColumn).toInt();
        QVERIFY2(characters > 700 && characters < 800, qPrintable(QString::number(characters)));
        // Two guesses to check and the repairs the importer made, each with its line, beside the
        // page's findings (two photo placeholders).
        QVERIFY(window.notes()->count() >= 2 + 10 + 2);
        const auto line55 = window.notes()->findItems(QStringLiteral("55"), Qt::MatchContains);
        QVERIFY(!line55.isEmpty());
        QVERIFY2(line55.front()->toolTip().contains(QStringLiteral("import-warning")),
                 qPrintable(line55.front()->toolTip()));
    }

    void clickingAStoryShowsItsCopy() {
        MainWindow window;
        window.loadSeedPage();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTableView* list = window.storyList();
        const QModelIndex sidebar = window.storyModel()->index(3, StoryTableModel::HeadlineColumn);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(sidebar).center());
        QCOMPARE(list->currentIndex().row(), 3);
        const QString shown = window.preview()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("国际禁毒日（International Day Against Drug Abuse")));
        QVERIFY2(shown.contains(QStringLiteral("集中销毁八百余公斤")),
                 qPrintable(shown));  // the story it explains

        const QModelIndex story = window.storyModel()->index(4, StoryTableModel::HeadlineColumn);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(story).center());
        QVERIFY(window.preview()->toPlainText().contains(QStringLiteral("姚丽敏 刘晓晶")));
    }

    void aBadFileLeavesThePageAsItWas() {
        MainWindow window;
        window.loadSeedPage();
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("photo.jpg"));
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
        file.close();

        const auto error = window.importFile(binary);
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("binary")), qPrintable(*error));
        QCOMPARE(window.storyModel()->rowCount(), 6);
        QVERIFY(window.importFile(dir.filePath(QStringLiteral("missing.txt"))));
    }

    void opensAComposedPageAndRefusesADamagedOne() {
        QTemporaryDir dir;
        const QString path = writeOneStoryPage(dir.filePath(QStringLiteral("page.banmian")));
        MainWindow window;
        QVERIFY(!window.importFile(path));
        QCOMPARE(window.storyModel()->rowCount(), 1);
        QCOMPARE(cell(window, 0, StoryTableModel::HeadlineColumn),
                 QStringLiteral("区长带队开展走访活动"));

        QFile cut(dir.filePath(QStringLiteral("cut.banmian")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(QByteArray("{\"format\": \"banmian\", \"vers"));
        cut.close();
        const auto error = window.importFile(cut.fileName());
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("truncated")), qPrintable(*error));
        QCOMPARE(window.storyModel()->rowCount(), 1);  // what was shown stays
    }

    // A page dragged from the file manager and dropped on the page view opens, as File → Open.
    void aFileDroppedOnThePageOpens() {
        QTemporaryDir dir;
        const QString path = writeOneStoryPage(dir.filePath(QStringLiteral("dropped.banmian")));
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        QVERIFY(dropFiles(window.pageView()->viewport(), {path}));
        QTRY_COMPARE(window.storyModel()->rowCount(), 1);
        QCOMPARE(window.document()->path(), QFileInfo(path).absoluteFilePath());
    }

    void showsTheComposedPageInTheMiddleAndZooms() {
        MainWindow window;
        window.resize(1400, 900);
        window.loadSeedPage();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        banmian::app::PageView* view = window.pageView();
        QCOMPARE(window.centralWidget(), view);
        QVERIFY(view->pageItem());
        const QRectF page = view->pageItem()->pageRect();
        QCOMPARE(qRound(page.width()), 1106);  // 390 mm in points
        view->fitPage();
        const QRect onScreen = view->mapFromScene(page).boundingRect();
        QVERIFY(onScreen.height() <= view->viewport()->height() + 2);
        QVERIFY(onScreen.height() >= view->viewport()->height() - 60);
        view->actualSize();
        QCOMPARE(view->zoom(), view->logicalDpiX() / 72.0);
        const double before = view->zoom();
        QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)),
                          QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > before);  // Ctrl+wheel zooms in
    }

    void composesThePageAndExportsAndPrintsIt() {
        MainWindow window;
        window.loadSeedPage();
        const banmian::layout::PageLayout* page = window.page();
        QVERIFY2(page, qPrintable(window.pageError().value_or(QString())));
        QVERIFY(page->runs.size() > 100);
        for (const auto& fit : page->copyfit) QCOMPARE(fit.oversetLines, 0);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
        QVERIFY(!window.exports()->exportPdf(pdf));
        QFile exported(pdf);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.read(8).startsWith("%PDF-1.3"));

        // Printing goes through Qt PrintSupport with the page painter; printed to a file here.
        QPrinter printer(QPrinter::HighResolution);
        banmian::app::preparePrinter(printer, *page, QStringLiteral("seed"));
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(!banmian::app::printPage(printer, *page, *banmianRegistry(window)));
        QVERIFY(QFileInfo(printed).size() > 10000);
        QCOMPARE(qRound(printer.pageLayout().fullRect(QPageLayout::Millimeter).width()), 390);
    }

    // A broadsheet printed on its own paper, fitted to A3 and tiled on A4: the whole page every
    // time, never clipped; Print to File writes the export's bytes.
    void printsTheWholePageOnAnyPaper() {
        MainWindow window;
        window.loadSeedPage();
        const banmian::layout::PageLayout* page = window.page();
        QVERIFY(page);
        QTemporaryDir dir;
        // The sheets a printer would get, as PDF (Qt's printer to file stands in for the device),
        // rendered at 20 dpi: each sheet's pixels, and the extent of its ink.
        auto printOn = [&](const QPageSize& paper, banmian::app::PrintFit fit,
                           const QString& name) {
            QPrinter printer(QPrinter::HighResolution);
            banmian::app::preparePrinter(printer, *page, QStringLiteral("seed"));
            if (paper.isValid()) printer.setPageSize(paper);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(dir.filePath(name + QStringLiteral(".pdf")));
            const auto error =
                    banmian::app::printPage(printer, *page, *banmianRegistry(window), fit);
            if (error) qWarning() << *error;
            QProcess render;
            render.start(QStringLiteral("pdftoppm"),
                         {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"),
                          dir.filePath(name + QStringLiteral(".pdf")), dir.filePath(name)});
            render.waitForFinished(60000);
            std::vector<QImage> sheets;
            for (const QString& file :
                 QDir(dir.path())
                         .entryList({name + QStringLiteral("-*.png")}, QDir::Files, QDir::Name))
                sheets.push_back(
                        QImage(dir.filePath(file)).convertToFormat(QImage::Format_Grayscale8));
            return sheets;
        };
        auto ink = [](const QImage& sheet) {
            QRect extent;
            for (int y = 0; y < sheet.height(); ++y) {
                const uchar* row = sheet.constScanLine(y);
                for (int x = 0; x < sheet.width(); ++x) {
                    if (row[x] < 160) extent |= QRect(x, y, 1, 1);
                }
            }
            return extent;
        };
        // Its own size: one sheet of 390 × 545 mm, the masthead near the top, the folio near the
        // bottom.
        const auto own = printOn(QPageSize(), banmian::app::PrintFit::Fit, QStringLiteral("own"));
        QCOMPARE(own.size(), std::size_t(1));
        QVERIFY(qAbs(own[0].width() - qRound(390 / 25.4 * 20)) <= 1);
        const QRect ownInk = ink(own[0]);
        QVERIFY2(ownInk.top() < own[0].height() * 0.12 && ownInk.bottom() > own[0].height() * 0.85,
                 qPrintable(QStringLiteral("ink %1–%2 of %3")
                                    .arg(ownInk.top())
                                    .arg(ownInk.bottom())
                                    .arg(own[0].height())));

        // Fitted to A3 portrait: one sheet, the page scaled down whole, its text still top to
        // bottom in the page's proportions.
        const auto a3 = printOn(QPageSize(QPageSize::A3), banmian::app::PrintFit::Fit,
                                QStringLiteral("a3"));
        QCOMPARE(a3.size(), std::size_t(1));
        QVERIFY(qAbs(a3[0].width() - qRound(297 / 25.4 * 20)) <= 1);
        const QRect a3Ink = ink(a3[0]);
        const double scale = std::min(297.0 / 390, 420.0 / 545);
        const double pageHeight = 545 * scale / 25.4 * 20;  // in pixels
        QVERIFY2(a3Ink.height() > pageHeight * 0.75 && a3Ink.height() <= pageHeight + 1,
                 qPrintable(QStringLiteral("ink %1 px high of %2")
                                    .arg(a3Ink.height())
                                    .arg(pageHeight)));
        QVERIFY(a3Ink.top() > 0 && a3Ink.bottom() < a3[0].height() - 1);  // not cut at the edges
        QVERIFY(a3Ink.left() > 0 && a3Ink.right() < a3[0].width() - 1);

        // Tiled on A4 at full size: four sheets (two across, two down, 10 mm overlap), each with
        // ink, together as tall as the page's text.
        const auto a4 = printOn(QPageSize(QPageSize::A4), banmian::app::PrintFit::Tile,
                                QStringLiteral("a4"));
        QCOMPARE(a4.size(), std::size_t(4));
        for (const QImage& sheet : a4) {
            QVERIFY(qAbs(sheet.width() - qRound(210 / 25.4 * 20)) <= 1);
            QVERIFY(!ink(sheet).isEmpty());
        }

        // Print to File: the print-ready PDF, the same bytes as Export PDF.
        qputenv("SOURCE_DATE_EPOCH", "1780000000");
        const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY(!window.exports()->exportPdf(exported));
        QPrinter toFile(QPrinter::HighResolution);
        banmian::app::preparePrinter(toFile, *page, QStringLiteral("seed"));
        toFile.setOutputFormat(QPrinter::PdfFormat);
        toFile.setOutputFileName(dir.filePath(QStringLiteral("printed-to-file.pdf")));
        QVERIFY(!window.exports()->print(toFile, banmian::app::PrintFit::Fit));
        qunsetenv("SOURCE_DATE_EPOCH");
        QFile a(exported), b(toFile.outputFileName());
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
    }

    // What the designer sees is what is printed: the page painted on screen and the page rendered
    // from its PDF by Poppler, at the same resolution, match but for antialiasing.
    void drawsThePageAsThePdfPrintsIt() {
        MainWindow window;
        window.loadSeedPage();
        const banmian::layout::PageLayout* page = window.page();
        QVERIFY(page);
        QTemporaryDir dir;
        const QImage printed = renderedPdf(*page, *window.fontRegistry(), dir.path());
        QVERIFY(!printed.isNull());
        const QImage drawn = paintedPage(*page, *window.fontRegistry(), printed.size());
        const auto [different, cells] = differingCells(drawn, printed, 48, false);
        QVERIFY2(different * 100 < cells,
                 qPrintable(QStringLiteral("%1 of %2 cells differ").arg(different).arg(cells)));
    }

    void speaksChineseByDefaultAndEnglishWhenAsked() {
        QCOMPARE(
                banmian::app::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China)),
                QLocale::Chinese);
        {
            MainWindow window;
            QCOMPARE(window.storyModel()
                             ->headerData(StoryTableModel::HeadlineColumn, Qt::Horizontal)
                             .toString(),
                     QStringLiteral("标题"));
            QCOMPARE(window.windowTitle(), QStringLiteral("版面"));
        }
        removeTranslators();
        QCOMPARE(banmian::app::installTranslations(*qApp, QLocale(QLocale::C)), QLocale::Chinese);
        removeTranslators();
        QCOMPARE(banmian::app::installTranslations(
                         *qApp, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QLocale::English);
        MainWindow window;
        QCOMPARE(window.storyModel()
                         ->headerData(StoryTableModel::HeadlineColumn, Qt::Horizontal)
                         .toString(),
                 QStringLiteral("Headline"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
