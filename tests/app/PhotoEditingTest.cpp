// Photos and their captions handled as a designer does, through the real widgets with the mouse
// and the keyboard: a caption and its photographer's credit added, edited and deleted in
// Properties; a caption dragged on its own; a photo frame resized by its corners; the picture
// cropped in its frame (double-click, drag, wheel, the scale field), the resolution said as it
// changes, each step one undo step, and the crop found again in the saved file.
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include "app/edit/PageDocument.h"
#include "app/ui/MainWindow.h"
#include "app/view/PageItem.h"
#include "app/view/PageView.h"
#include "layout/document/Document.h"
#include "tests/app/SeedStories.h"

using banmian::app::MainWindow;
using banmian::app::PageView;
namespace layout = banmian::layout;

namespace {

// A gray picture of 600 × 400 pixels whose every place differs across (a ramp) and down (bands):
// a crop placed wrongly shows other grays.
QString writePicture(const QString& path) {
    QImage picture(600, 400, QImage::Format_Grayscale8);
    for (int y = 0; y < picture.height(); ++y) {
        uchar* row = picture.scanLine(y);
        for (int x = 0; x < picture.width(); ++x)
            row[x] = static_cast<uchar>(x * 180 / 600 + ((y / 50) % 2) * 70);
    }
    picture.save(path);
    return path;
}

// The seed's first story on a broadsheet with a photo of `image` (none: an empty frame) in
// columns 0–2, lines 40–55, captioned 选手们在赛场上; the second story beside it.
layout::Document photoPage(const QString& image = {}) {
    layout::Document document = seedStoriesOnABroadsheet();
    layout::Block left;
    left.id = "left";
    left.story = document.stories[0].id;
    left.area = {{0, 3, 10, 60}};
    left.photos.push_back({{0, 3, 40, 16}, image.toStdString(), "选手们在赛场上", std::nullopt});
    left.photos[0].id = "photo";
    left.photos[0].captionId = "caption";
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

class PhotoEditingTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    PageView* view() { return m_window->pageView(); }
    banmian::app::PageDocument* document() { return m_window->document(); }
    const layout::Page& page() { return document()->page(); }
    const layout::PhotoFrame& photo() { return page().blocks[0].photos[0]; }
    QUndoStack* undo() { return document()->undoStack(); }
    QPoint at(QPointF pagePoint) { return view()->viewPointOf(pagePoint); }
    QPoint at(layout::LayoutUnit x, layout::LayoutUnit y) { return at(pointsOf(x, y)); }
    // The picture's rectangle on the page now (the frame less the caption's lines).
    layout::Rect picture() {
        for (const layout::PageImage& image : document()->layout()->images) {
            if (image.block == 0 && image.photo == 0) return image.rect;
        }
        return {};
    }
    QPoint middleOf(const layout::Rect& r) { return at(r.x + r.width / 2, r.y + r.height / 2); }
    // The view offset of `columns` columns and `lines` grid lines.
    QPoint offset(double columns, double lines) {
        const layout::PageGrid& g = page().grid;
        const double pitch = layout::toPoints(g.columnWidth() + g.gutter());
        return at({pitch * columns, layout::toPoints(g.leading) * lines}) - at({0, 0});
    }
    void drag(QPoint from, QPoint by) {
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 4; ++i) QTest::mouseMove(view()->viewport(), from + by * i / 4);
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, from + by);
    }
    void wheel(QPoint where, int delta) {
        QWheelEvent event(where, view()->viewport()->mapToGlobal(QPointF(where)), QPoint(),
                          QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view()->viewport(), &event);
    }
    template <typename T>
    T* field(const char* name) {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    // Types `text` into `edit` as a person does: all of it selected and replaced (Chinese comes
    // from the input method, as a whole string: QTest types only Latin keys), then Enter.
    void type(QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            edit->insert(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    // The text of the caption's lines on the page, as the runs under the picture carry it.
    QString captionOnThePage() {
        const layout::PageImage& image = document()->layout()->images.front();
        QString text;
        for (const layout::PageRun& run : document()->layout()->runs) {
            if (run.y.empty() || run.y.front() < image.caption.y ||
                run.y.front() > image.caption.bottom() || run.x.front() < image.caption.x ||
                run.x.front() >= image.caption.right())
                continue;
            for (const std::string& t : run.text) text += QString::fromStdString(t);
        }
        return text;
    }
    void open(const layout::Document& d) {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        document()->reset(d, QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->actualSize();
        view()->centerOn(view()->pageItem()->boundingRect().topLeft() + QPointF(400, 600));
    }

private slots:
    void init() { open(photoPage()); }
    void cleanup() {
        undo()->setClean();  // nothing to save: no unsaved-changes question
        m_window.reset();
    }

    void aCaptionAndItsCreditAreAddedEditedAndDeletedInProperties() {
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, middleOf(picture()));
        QCOMPARE(view()->selection().size(), 1u);
        QCOMPARE(view()->selection().front().kind, layout::PagePart::Kind::Photo);
        auto* caption = field<QLineEdit>("photoCaption");
        auto* credit = field<QLineEdit>("photoCredit");
        QVERIFY(caption && credit);
        QVERIFY(caption->isVisible());
        QCOMPARE(caption->text(), QString::fromUtf8("选手们在赛场上"));

        type(credit, QString::fromUtf8("新华社记者 张三 摄"));
        QCOMPARE(photo().credit, std::string("新华社记者 张三 摄"));
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(captionOnThePage(), QString::fromUtf8("选手们在赛场上　新华社记者张三摄"));

        type(caption, QString::fromUtf8("徐汇区代表队的选手们在赛场上"));
        QCOMPARE(photo().caption, std::string("徐汇区代表队的选手们在赛场上"));
        QCOMPARE(undo()->count(), 2);
        QVERIFY(undo()->undoText().contains(QStringLiteral("caption")));

        // Cleared, the caption is deleted; the credit stays under the photo, alone.
        type(caption, QString());
        QCOMPARE(photo().caption, std::string());
        QCOMPARE(undo()->count(), 3);
        QVERIFY2(undo()->undoText().startsWith(QStringLiteral("Delete the caption")),
                 qPrintable(undo()->undoText()));
        QCOMPARE(captionOnThePage(), QString::fromUtf8("新华社记者张三摄"));
        type(credit, QString());
        QCOMPARE(photo().credit, std::string());
        QCOMPARE(document()->layout()->images.front().caption.height, 0);  // no lines left
        QCOMPARE(picture(), page().grid.rect(photo().area));               // the whole frame

        // Each was one step: back to the caption first written, then forward again.
        undo()->undo();
        undo()->undo();
        undo()->undo();
        QCOMPARE(photo().caption, std::string("选手们在赛场上"));
        QCOMPARE(photo().credit, std::string("新华社记者 张三 摄"));
        QCOMPARE(caption->text(), QString::fromUtf8("选手们在赛场上"));
        undo()->redo();
        QCOMPARE(photo().caption, std::string("徐汇区代表队的选手们在赛场上"));

        // A photo without a caption gets one from the field.
        type(caption, QString());
        type(credit, QString());
        type(caption, QString::fromUtf8("华泾镇的选手"));
        QVERIFY2(undo()->undoText().startsWith(QStringLiteral("Add a caption")),
                 qPrintable(undo()->undoText()));
        QCOMPARE(captionOnThePage(), QString::fromUtf8("华泾镇的选手"));
    }

    // The caption, its credit with it, still drags on its own away from the photo.
    void aCaptionWithItsCreditDragsOnItsOwn() {
        layout::Document d = photoPage();
        d.page.blocks[0].photos[0].credit = "记者 李四 摄";
        open(d);
        const layout::Rect caption = document()->layout()->images.front().caption;
        QVERIFY(caption.height > 0);
        drag(middleOf(caption), offset(0, 4));
        QCOMPARE(photo().area, (layout::GridRect{0, 3, 40, 16}));  // the photo stays
        QVERIFY(photo().captionArea);
        QVERIFY(photo().captionArea->line >= 56);
        QCOMPARE(undo()->count(), 1);
        QVERIFY(captionOnThePage().endsWith(QString::fromUtf8("记者李四摄")));
    }

    // Delete on a caption selected on the page deletes it, credit and all; on a photo, takes the
    // photo off its block. Each one undo step; the block stays.
    void deleteTakesACaptionOrAPhotoAway() {
        layout::Document d = photoPage();
        d.page.blocks[0].photos[0].credit = "记者 李四 摄";
        open(d);
        const layout::Rect caption = document()->layout()->images.front().caption;
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, middleOf(caption));
        QCOMPARE(view()->selection().front().kind, layout::PagePart::Kind::Caption);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(photo().caption, std::string());
        QCOMPARE(photo().credit, std::string());
        QCOMPARE(document()->layout()->images.front().caption.height, 0);
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(page().blocks.size(), 2u);

        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, middleOf(picture()));
        QCOMPARE(view()->selection().front().kind, layout::PagePart::Kind::Photo);
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(page().blocks[0].photos.empty());
        QCOMPARE(page().blocks.size(), 2u);
        QCOMPARE(undo()->count(), 2);
        undo()->undo();
        undo()->undo();
        QCOMPARE(photo().caption, std::string("选手们在赛场上"));
        QCOMPARE(photo().credit, std::string("记者 李四 摄"));
    }

    void aPhotoFrameResizesByItsCorners() {
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, middleOf(picture()));
        QCOMPARE(view()->pageItem()->overlay().photoHandles.size(), 4u);
        const layout::Rect frame = page().grid.rect(photo().area);
        // The bottom-right corner one column left and three lines down.
        drag(at(frame.right(), frame.bottom()), offset(-1, 3));
        QCOMPARE(photo().area, (layout::GridRect{0, 2, 40, 19}));
        QCOMPARE(undo()->count(), 1);  // one drag, one step
        QVERIFY2(undo()->undoText().startsWith(QStringLiteral("Resize the photo")),
                 qPrintable(undo()->undoText()));
        QCOMPARE(page().blocks[0].area.front(), (layout::GridRect{0, 3, 10, 60}));  // not the block
        // The top-left corner a column right and five lines up.
        const layout::Rect now = page().grid.rect(photo().area);
        drag(at(now.x, now.y), offset(1, -5));
        QCOMPARE(photo().area, (layout::GridRect{1, 1, 35, 24}));
        QCOMPARE(undo()->count(), 2);
        // Over the story beside it: refused, said, and the frame stays.
        const layout::Rect last = page().grid.rect(photo().area);
        QTest::mousePress(view()->viewport(), Qt::LeftButton, {}, at(last.right(), last.y));
        QTest::mouseMove(view()->viewport(), at(last.right(), last.y) + offset(4, 0));
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {},
                            at(last.right(), last.y) + offset(4, 0));
        QCOMPARE(photo().area, (layout::GridRect{1, 1, 35, 24}));
        QCOMPARE(undo()->count(), 2);
        undo()->undo();
        undo()->undo();
        QCOMPARE(photo().area, (layout::GridRect{0, 3, 40, 16}));
    }

    void aPhotoIsCroppedInItsFrameAndTheFileKeepsTheCrop() {
        const QString image = writePicture(m_dir.filePath(QStringLiteral("picture.png")));
        open(photoPage(image));
        const layout::Rect frame = picture();
        // Double-clicked, the photo is cropped: the status bar says so, with its resolution.
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, middleOf(frame));
        const QString status = m_window->statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("100 %")) && status.contains(QStringLiteral("ppi")),
                 qPrintable(status));
        QVERIFY(view()->pageItem()->overlay().cropPicture);
        auto* resolution = field<QLabel>("photoResolution");
        QVERIFY(resolution);
        const int filled = resolution->text().section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(filled > 30, qPrintable(resolution->text()));

        // Two notches of the wheel: one step, 121 %, the resolution down as much.
        wheel(middleOf(frame), 120);
        wheel(middleOf(frame), 120);
        QCOMPARE(undo()->count(), 1);
        // Away from the photo the wheel scrolls the page, and the picture stays as it is.
        wheel(middleOf(page().grid.rect(page().blocks[1].area.front())), 120);
        QCOMPARE(undo()->count(), 1);
        QVERIFY(std::abs(photo().crop.scale - 1.21) < 1e-9);
        const int scaled = resolution->text().section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(std::abs(scaled - filled / 1.21) <= 1, qPrintable(resolution->text()));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(
                         QStringLiteral("121 % of filling its frame, %1 ppi").arg(scaled)),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // A drag moves the picture, not the frame: one step, the frame where it was.
        const double before = photo().crop.centerX;
        drag(middleOf(frame), QPoint(40, 0));
        QCOMPARE(photo().area, (layout::GridRect{0, 3, 40, 16}));
        QCOMPARE(undo()->count(), 2);
        QVERIFY2(photo().crop.centerX < before, "moved right, a point further left is centred");
        QVERIFY(undo()->undoText().startsWith(QStringLiteral("Move the picture")));

        // The scale field: 250 %, one more step, the resolution with it.
        auto* scale = field<QDoubleSpinBox>("photoScale");
        QVERIFY(scale && scale->isEnabled());
        QCOMPARE(qRound(scale->value()), 121);
        scale->setValue(250);
        QCOMPARE(undo()->count(), 3);
        QVERIFY(std::abs(photo().crop.scale - 2.5) < 1e-9);
        QVERIFY(std::abs(resolution->text().section(QLatin1Char(' '), 0, 0).toInt() -
                         filled / 2.5) <= 1);

        // Escape leaves crop mode; then a drag on the photo moves its frame again.
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!view()->pageItem()->overlay().cropPicture);

        // Every step undoes (back to filling the frame, centred) and redoes.
        const layout::PhotoCrop crop = photo().crop;
        for (int i = 0; i < 3; ++i) undo()->undo();
        QCOMPARE(photo().crop, layout::PhotoCrop{});
        for (int i = 0; i < 3; ++i) undo()->redo();
        QCOMPARE(photo().crop, crop);

        // Saved, closed and opened again in a new window: the same crop.
        const QString path = m_dir.filePath(QStringLiteral("cropped.banmian"));
        QVERIFY(!document()->save(path));
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(path));
        QCOMPARE(photo().crop, crop);
        QCOMPARE(photo().image, image.toStdString());
    }

    // A frame without a picture has nothing to crop: said, and nothing changes.
    void anEmptyFrameSaysThereIsNothingToCrop() {
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, middleOf(picture()));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Choose a photo")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        wheel(middleOf(picture()), 120);
        QCOMPARE(undo()->count(), 0);
    }
};

QTEST_MAIN(PhotoEditingTest)
#include "PhotoEditingTest.moc"
