// The front page's furniture in the window and the print file: Format → Frame and Colour on a
// story block, column rules, swatches — each one undo step —; and a page with every kind of
// furniture drawn on screen as Poppler draws its PDF, in colour, with the plates as a RIP makes
// them (the reversed kicker knocked out of its band, black text only on the black plate).
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/ui/FormatActions.h"
#include "app/ui/FurnitureDialog.h"
#include "app/ui/InkField.h"
#include "app/ui/MainWindow.h"
#include "app/ui/SwatchesDialog.h"
#include "app/view/PageView.h"
#include "layout/base/Id.h"
#include "layout/compose/PageFurniture.h"
#include "layout/image/RasterImage.h"
#include "layout/pdf/PdfExporter.h"
#include "layout/pipeline/PageComposer.h"
#include "tests/app/ScreenAndPdf.h"
#include "tests/pdfx/PdfxCheck.h"

using namespace banmian;

class FurnitureTest : public QObject {
    Q_OBJECT

private:
    // The first story block of the window's page.
    static std::size_t firstStoryBlock(const app::MainWindow& window) {
        const auto& blocks = window.document()->page().blocks;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            if (blocks[b].kind == layout::BlockKind::Story) return b;
        }
        return blocks.size();
    }

    // Runs `answer` on the dialog of type T the next modal window is, then accepts it.
    template <typename T>
    static void whenOpen(std::function<void(T&)> answer) {
        QTimer::singleShot(50, [answer] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            answer(*dialog);
            dialog->accept();
        });
    }

    static bool run(const QString& program, const QStringList& arguments) {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    }

    // A page with every furniture kind: a lead story whose headline spans three of its five
    // columns, in the masthead's red; a sidebar boxed in a 花边 of diamonds on a pale blue tint
    // with its kicker reversed out of a red band; an L-shaped story (题文拐弯) framed round its
    // shape; a story in a double rule; column rules; the red masthead and its rule.
    static layout::Document furniturePage() {
        using namespace layout;
        Document d;
        d.page.grid = pageGrid(PagePreset::Broadsheet);
        d.page.masthead = {"徐汇报", "", "1234", "31-0001"};
        d.page.masthead.pinyin = "XUHUI BAO";
        d.page.masthead.publication = CalendarDate{2026, 12, 5};
        d.page.columnRules = true;
        auto story = [&](const std::string& kicker, const std::string& headline, int paragraphs) {
            Story s;
            s.id = newId();
            s.kicker = kicker;
            s.headline = headline;
            for (int i = 0; i < paragraphs; ++i)
                s.paragraphs.push_back("6月28日，华泾镇在社区广场举办庆祝建党102周年主题活动，"
                                       "居民踊跃参与，现场气氛热烈。活动分为文艺演出、知识问答"
                                       "和志愿服务三个部分。");
            d.stories.push_back(s);
            return s.id;
        };
        Block masthead;
        masthead.id = newId();
        masthead.kind = BlockKind::Masthead;
        masthead.area = {{0, 8, 0, 9}};
        Block lead;
        lead.id = newId();
        lead.story = story("", "区长带队开展走访活动", 21);
        lead.area = {{0, 5, 10, 34}};
        lead.lead = true;
        lead.headColumns = 3;
        lead.headlineInk = {"报头红", 100};
        // A photo cropped and scaled in its frame, its caption with the photographer's credit.
        PhotoFrame photo{{3, 2, 12, 16}, BANMIAN_SOURCE_DIR "/tests/data/images/patches-rgb-800x1000.jpg",
                         "选手们在赛场上", std::nullopt};
        photo.id = newId();
        photo.captionId = newId();
        photo.crop = {1.6, 0.3, 0.35};
        photo.credit = "本报记者 张三 摄";
        lead.photos = {photo};
        Block sidebar;
        sidebar.id = newId();
        sidebar.story = story("国际禁毒日", "华泾镇举办禁毒宣传活动", 11);
        sidebar.area = {{5, 3, 10, 34}};
        sidebar.boxed = true;
        sidebar.border = BorderKind::Diamonds;
        sidebar.frameInk = {"报头红", 100};
        sidebar.background = {"浅蓝", 100};
        sidebar.kickerBand = {"报头红", 100};
        Block turn;  // 题文拐弯: the head and text over three columns, the text turning into two
        turn.id = newId();
        turn.story = story("", "徐汇十余场重磅论坛等你来", 9);
        turn.area = {{0, 3, 46, 14}, {0, 2, 60, 16}};
        turn.boxed = true;  // one frame round the L, 文武线
        turn.border = BorderKind::ThickThin;
        turn.background = {"白", 100};
        Block boxed;  // a plain box in a double rule, on no tint (白: the box's grey taken off)
        boxed.id = newId();
        boxed.story = story("链接", "人工智能大会今日开幕", 6);
        boxed.area = {{5, 3, 46, 20}};
        boxed.boxed = true;
        boxed.border = BorderKind::Double;
        boxed.background = {"白", 100};
        d.page.blocks = {masthead, lead, sidebar, turn, boxed};
        // The 报眼 in the masthead's right columns.
        addEar(d.page);  // the test checks it is there
        for (Block& block : d.page.blocks) {
            if (block.kind == BlockKind::Ear) {
                block.earTitle = "今日天气";
                block.earText = "多云转晴\n18～26℃\n东南风3级";
            }
        }
        return d;
    }

private slots:
    void initTestCase() { qputenv("SOURCE_DATE_EPOCH", "1782000000"); }

    // Format → Frame and Colour on the selected story: a 花边 in red, a tint, a reversed kicker;
    // one undo step, undone.
    void setsAStorysFrameAndColour() {
        app::MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const std::size_t block = firstStoryBlock(window);
        window.pageView()->select({{layout::PagePart::Kind::Block, block, 0}});
        QAction* action = window.format()->menu()->actions().front();
        QVERIFY(action->isEnabled());
        const layout::Block before = window.document()->page().blocks[block];
        const auto shapesBefore = window.page()->shapes.size();
        whenOpen<app::FurnitureDialog>([](app::FurnitureDialog& dialog) {
            dialog.boxedBox()->setChecked(true);
            dialog.borderBox()->setCurrentIndex(static_cast<int>(layout::BorderKind::Diamonds));
            dialog.frameField()->swatchBox()->setCurrentIndex(
                    dialog.frameField()->swatchBox()->findData(QStringLiteral("报头红")));
            dialog.backgroundField()->swatchBox()->setCurrentIndex(
                    dialog.backgroundField()->swatchBox()->findData(QStringLiteral("浅蓝")));
            dialog.backgroundField()->tintBox()->setValue(50);
            dialog.kickerBandField()->swatchBox()->setCurrentIndex(
                    dialog.kickerBandField()->swatchBox()->findData(QStringLiteral("报头红")));
        });
        action->trigger();
        const layout::Block& after = window.document()->page().blocks[block];
        QVERIFY(after.boxed);
        QCOMPARE(after.border, layout::BorderKind::Diamonds);
        QCOMPARE(after.frameInk.swatch, std::string("报头红"));
        QCOMPARE(after.background.tint, 50);
        QCOMPARE(after.kickerBand.swatch, std::string("报头红"));
        QVERIFY(window.page()->shapes.size() > shapesBefore + 40);  // the diamonds, drawn
        QCOMPARE(window.document()->undoStack()->undoText().left(20),
                 QStringLiteral("Frame and colour of "));
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->page().blocks[block] == before);
        // With nothing (or a masthead) selected there is nothing to frame.
        window.pageView()->select({});
        QVERIFY(!action->isEnabled());
    }

    void turnsColumnRulesOnAndOff() {
        app::MainWindow window;
        QVERIFY(!window.loadSeedPage());
        QAction* rules = window.format()->columnRulesAction();
        QVERIFY(!rules->isChecked());
        auto upright = [&] {
            std::size_t count = 0;
            for (const auto& rule : window.page()->rules) count += rule.x1 == rule.x2;
            return count;
        };
        const std::size_t frames = upright();  // the boxed sidebar's sides
        rules->trigger();
        QVERIFY(window.document()->page().columnRules);
        QVERIFY2(upright() >= frames + 6, qPrintable(QString::number(upright())));
        window.document()->undoStack()->undo();
        QVERIFY(!window.document()->page().columnRules);
        QVERIFY(!rules->isChecked());  // the menu follows the page
    }

    // Format → Swatches: a new spot ink, named and given its look-alike; then a headline in it.
    void addsASwatch() {
        app::MainWindow window;
        QVERIFY(!window.loadSeedPage());
        whenOpen<app::SwatchesDialog>([](app::SwatchesDialog& dialog) {
            dialog.put({"专栏绿", "PANTONE 347 C", {0.9, 0, 1, 0}});
        });
        QAction* swatches = window.format()->menu()->actions().back();
        swatches->trigger();
        const layout::Swatch* green = window.document()->document().styles.swatch("专栏绿");
        QVERIFY(green);
        QCOMPARE(green->spot, std::string("PANTONE 347 C"));
        // The editor refuses what would break the sheet, saying why.
        app::SwatchEditor editor({"", "", {}}, {QStringLiteral("专栏绿")});
        QVERIFY(!editor.problem().isEmpty());
        editor.nameEdit()->setText(QStringLiteral("专栏绿"));
        QVERIFY(editor.problem().contains(QStringLiteral("Another swatch")));
        editor.nameEdit()->setText(QStringLiteral("黑"));
        QVERIFY(editor.problem().contains(QStringLiteral("built in")));
        editor.nameEdit()->setText(QStringLiteral("橙"));
        editor.spotBox()->setChecked(true);
        QVERIFY(editor.problem().contains(QStringLiteral("spot ink")));
        editor.inkEdit()->setText(QStringLiteral("PANTONE 151 C"));
        QVERIFY(editor.problem().isEmpty());
        window.document()->undoStack()->undo();
        QVERIFY(!window.document()->document().styles.swatch("专栏绿"));
    }

    // The page with every furniture kind — a coloured rule, a 花边 box with a tint, a reversed
    // kicker, a 报眼, a caption with its credit, a cropped and scaled photo, an L-shaped block, a
    // headline spanning fewer columns than its body — on screen and from its PDF (Poppler), in colour: the
    // same but for antialiasing and the soft proof's shades. Its plates (Ghostscript's tiffsep):
    // the sidebar's kicker knocked out of its red band, the black plate empty there.
    void drawsTheFurnitureAsThePdfPrintsIt() {
        layout::PageComposer composer;
        const layout::Document d = furniturePage();
        QVERIFY(std::any_of(d.page.blocks.begin(), d.page.blocks.end(), [](const auto& block) {
            return block.kind == layout::BlockKind::Ear;
        }));
        auto page = composer.layout(d);
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().message.c_str());
        const layout::PageLayout& layout = page.value();
        QVERIFY(!layout.shapes.empty());
        QTemporaryDir dir;
        QString pdfPath;
        const QImage printed = renderedPdf(layout, composer.registry(), dir.path(), &pdfPath);
        QVERIFY(!printed.isNull());
        QCOMPARE(QString::fromStdString(pdfxFailures(pdfPath.toStdString())), QString());
        const QImage screen = paintedPage(layout, composer.registry(), printed.size());
        keepForDocs(screen, printed, QStringLiteral("furniture"));
        // Each channel: the soft proof shows newsprint's red and black a shade duller than
        // Poppler's plain formula, never another colour.
        const auto [different, cells] = differingCells(screen, printed, 56, true);
        QVERIFY2(different * 100 < cells,
                 qPrintable(QStringLiteral("%1 of %2 cells differ").arg(different).arg(cells)));
        const double bleed = pdfBleed();

        // The plates, at 72 dpi: one point a pixel.
        QVERIFY(run(QStringLiteral("gs"), {QStringLiteral("-q"), QStringLiteral("-r72"),
                                           QStringLiteral("-o"), dir.filePath(QStringLiteral("plate.tif")),
                                           QStringLiteral("-sDEVICE=tiffsep"), pdfPath}));
        auto plate = [&](const QString& ink) {
            const auto bytes = layout::readImageFile(
                    dir.filePath(QStringLiteral("plate(%1).tif").arg(ink)).toStdString());
            if (!bytes) return layout::RasterImage{};
            auto image = layout::decodeRasterImage(*bytes);
            return image.ok() ? std::move(image).value() : layout::RasterImage{};
        };
        const layout::RasterImage red = plate(QStringLiteral("PANTONE 485 C"));
        const layout::RasterImage black = plate(QStringLiteral("Black"));
        const layout::RasterImage cyan = plate(QStringLiteral("Cyan"));
        QVERIFY(red.width > 0 && black.width > 0 && cyan.width > 0);
        // The band: the first box filled in red.
        const layout::PageBox* band = nullptr;
        for (const layout::PageBox& box : layout.boxes) {
            if (box.fill && box.fill->spot == "PANTONE 485 C") {
                band = &box;
                break;
            }
        }
        QVERIFY(band);
        const int offset = qRound(bleed);
        auto inked = [&](const layout::RasterImage& p, const layout::Rect& r) {
            int ink = 0, all = 0;
            for (int y = qRound(layout::toPoints(r.y)) + 1; y < qRound(layout::toPoints(r.bottom())) - 1; ++y) {
                for (int x = qRound(layout::toPoints(r.x)) + 1; x < qRound(layout::toPoints(r.right())) - 1; ++x) {
                    ++all;
                    ink += p.samples[static_cast<std::size_t>((y + offset) * p.width + x + offset)] < 250;
                }
            }
            return all ? static_cast<double>(ink) / all : 0.0;
        };
        const double bandRed = inked(red, band->rect);
        QVERIFY2(bandRed > 0.5 && bandRed < 0.97,
                 qPrintable(QStringLiteral("red on %1 of the band: the kicker is not knocked out")
                                    .arg(bandRed)));
        QCOMPARE(inked(black, band->rect), 0.0);  // reversed text is the paper, not black
        QCOMPARE(inked(cyan, band->rect), 0.0);   // the band knocks out the blue tint
        // The sidebar's tint: on the cyan plate, with the black text over it.
        const layout::Rect sidebar = d.page.grid.rect(d.page.blocks[2].area.front());
        QVERIFY(inked(cyan, sidebar) > 0.5);
    }
};

QTEST_MAIN(FurnitureTest)
#include "FurnitureTest.moc"
