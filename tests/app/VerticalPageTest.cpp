// A page with vertical text (竖排) drawn as its PDF prints it: a story set vertically under a
// vertical headline (竖题) at its right, a story whose headline stands at its left beside a
// horizontal body, and a vertical sidebar; the vertical text kept as text in the PDF (Identity-V)
// and read back in order.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "app/render/PagePainter.h"
#include "layout/base/Id.h"
#include "layout/pdf/PdfExporter.h"
#include "layout/pipeline/PageComposer.h"
#include "tests/app/ScreenAndPdf.h"
#include "tests/pdfx/PdfxCheck.h"

using namespace banmian;

class VerticalPageTest : public QObject {
    Q_OBJECT

private:
    static QString run(const QString& program, const QStringList& arguments) {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static const std::vector<std::string>& paragraphs() {
        static const std::vector<std::string> text = {
                "6月26日是国际禁毒日。华泾镇在社区广场举办禁毒宣传活动，居民踊跃参与，"
                "现场气氛热烈。",
                "活动分为展板宣传、知识问答和志愿服务三个部分，共发放资料3000余份，"
                "12名志愿者为居民讲解“珍爱生命，远离毒品”。",
                "据介绍，2023年全区共破获毒品案件58起，缴获毒品800余公斤。"};
        return text;
    }

    static layout::Document verticalPage() {
        using namespace layout;
        Document d;
        d.page.grid = pageGrid(PagePreset::Broadsheet);
        auto story = [&](const std::string& kicker, const std::string& headline, int times) {
            Story s;
            s.id = newId();
            s.kicker = kicker;
            s.headline = headline;
            for (int i = 0; i < times; ++i) {
                for (const std::string& p : paragraphs()) s.paragraphs.push_back(p);
            }
            d.stories.push_back(s);
            return s.id;
        };
        Block upright;  // 竖排 under a 竖题 at its right
        upright.id = newId();
        upright.story = story("国际禁毒日", "集中销毁八百余公斤", 2);
        upright.area = {{0, 3, 0, 40}};
        upright.headSide = HeadSide::Right;
        upright.verticalBody = true;
        Block beside;  // a 竖题 at the left of a horizontal body
        beside.id = newId();
        beside.story = story("", "徐汇十余场论坛等你来", 2);
        beside.area = {{3, 3, 0, 40}};
        beside.headSide = HeadSide::Left;
        Block sidebar;  // a vertical sidebar, boxed
        sidebar.id = newId();
        sidebar.story = story("链接", "禁毒知识", 1);
        sidebar.area = {{6, 2, 0, 40}};
        sidebar.verticalBody = true;
        sidebar.boxed = true;
        d.page.blocks = {upright, beside, sidebar};
        return d;
    }

private slots:
    void drawsAVerticalPageAsThePdfPrintsIt() {
        layout::PageComposer composer;
        auto page = composer.layout(verticalPage());
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().message.c_str());
        const layout::PageLayout& layout = page.value();
        int upright = 0, across = 0, sideways = 0;
        for (const layout::PageRun& run : layout.runs) {
            upright += run.orientation == layout::GlyphOrientation::Upright;
            across += run.orientation == layout::GlyphOrientation::Across;
            sideways += run.orientation == layout::GlyphOrientation::Sideways;
        }
        QVERIFY(upright > 0 && across > 0 && sideways > 0);
        for (const layout::Copyfit& fit : layout.copyfit) QCOMPARE(fit.oversetLines, 0);

        QTemporaryDir dir;
        QString pdfPath;
        const QImage printed = renderedPdf(layout, composer.registry(), dir.path(), &pdfPath);
        QVERIFY(!printed.isNull());
        QCOMPARE(QString::fromStdString(pdfxFailures(pdfPath.toStdString())), QString());
        const QImage screen = paintedPage(layout, composer.registry(), printed.size());
        keepForDocs(screen, printed, QStringLiteral("vertical"));
        const auto [different, cells] = differingCells(screen, printed, 48, false);
        QVERIFY2(different * 100 < cells,
                 qPrintable(QStringLiteral("%1 of %2 cells differ").arg(different).arg(cells)));

        QVERIFY(run(QStringLiteral("pdffonts"), {pdfPath}).contains(QStringLiteral("Identity-V")));
        // The vertical story read back: its paragraphs whole and in order (Poppler gives a
        // character a line in raw order).
        QString text = run(QStringLiteral("pdftotext"),
                           {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                            pdfPath, QStringLiteral("-")});
        text.remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
        QString story;
        for (int i = 0; i < 2; ++i) {
            for (const std::string& p : paragraphs()) story += QString::fromStdString(p);
        }
        QVERIFY2(text.contains(story), qPrintable(text.left(400)));
    }
};

QTEST_MAIN(VerticalPageTest)
#include "VerticalPageTest.moc"
