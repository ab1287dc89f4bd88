// File → Import Proof Marks… in the window: a proof exported from the page, annotated as a PDF
// viewer annotates it (tests/app/annotate_proof.py), read back as one undo step, the status bar
// saying what came of it; undone, the page's marks are as they were. A PDF that is no proof of
// the page changes nothing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "app/edit/PageDocument.h"
#include "app/edit/Proofreading.h"
#include "app/ui/MainWindow.h"
#include "app/ui/ProofActions.h"
#include "layout/output/TextOnPage.h"
#include "layout/pipeline/PageExport.h"
#include "tests/app/SeedStories.h"

namespace layout = banmian::layout;
using banmian::app::MainWindow;

class ProofImportWindowTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_folder;

    banmian::app::PageDocument& document() { return *m_window->document(); }
    const layout::Document& doc() { return document().document(); }

    // The characters from..to (bytes) of story 0's first paragraph, as a viewer's quadrilaterals
    // in points from the trim's top-left.
    QJsonArray areas(std::size_t from, std::size_t to) {
        const std::string& story = doc().stories[0].id;
        QJsonArray boxes;
        for (const layout::Rect& r :
             layout::rangeRects(*document().layout(), {{story, layout::StoryField::Body, 0, from},
                                                       {story, layout::StoryField::Body, 0, to}})) {
            boxes.append(QJsonArray{layout::toPoints(r.x) - 0.5, layout::toPoints(r.y) - 1,
                                    layout::toPoints(r.width) + 1, layout::toPoints(r.height) + 2});
        }
        return boxes;
    }

private slots:
    void init() {
        QVERIFY(m_folder.isValid());
        m_window = std::make_unique<MainWindow>();
        layout::Document page = seedStoriesOnABroadsheet();
        layout::Block block;
        block.id = "block";
        block.story = page.stories[0].id;
        block.area = {{0, 3, 10, 60}};
        page.page.blocks = {block};
        document().reset(page, QString());
        m_window->show();
    }
    void cleanup() {
        document().undoStack()->setClean();
        m_window.reset();
    }

    void anAnnotatedProofIsOneUndoStep() {
        layout::ExportOptions options;
        options.kind = layout::ExportKind::Proof;
        const auto exported =
                layout::exportPage(doc(), *document().layout(), document().composer(), options);
        QVERIFY(exported);
        const QString proof = m_folder.filePath(QStringLiteral("proof.pdf"));
        QFile out(proof);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported.value().bytes.data(), qint64(exported.value().bytes.size()));
        out.close();

        // Characters 1–2 (bytes 3–9) struck out, 5–7 queried: the paragraph is CJK, three bytes
        // a character.
        const auto S = [](const char* utf8) { return QString::fromUtf8(utf8); };
        const QJsonArray spec{QJsonObject{{S("subtype"), S("StrikeOut")},
                                          {S("areas"), areas(3, 9)},
                                          {S("author"), S("李明")}},
                              QJsonObject{{S("subtype"), S("Highlight")},
                                          {S("areas"), areas(15, 24)},
                                          {S("contents"), S("出处？")},
                                          {S("author"), S("李明")}}};
        QFile specFile(m_folder.filePath(QStringLiteral("spec.json")));
        QVERIFY(specFile.open(QIODevice::WriteOnly));
        specFile.write(QJsonDocument(spec).toJson());
        specFile.close();
        const QString annotated = m_folder.filePath(QStringLiteral("annotated.pdf"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(BANMIAN_SOURCE_DIR "/tests/app/annotate_proof.py"), proof,
                      annotated, specFile.fileName()});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

        const int steps = document().undoStack()->count();
        QVERIFY(doc().marks.empty());
        m_window->proof()->importProofMarksFrom(annotated);
        QCOMPARE(doc().marks.size(), std::size_t(2));
        QCOMPARE(document().undoStack()->count(), steps + 1);
        const std::string& paragraph = doc().stories[0].paragraphs[0];
        QCOMPARE(doc().marks[0].kind, layout::MarkKind::Delete);
        QCOMPARE(doc().marks[0].text, paragraph.substr(3, 6));
        QCOMPARE(doc().marks[1].kind, layout::MarkKind::Query);
        QCOMPARE(doc().marks[1].text, paragraph.substr(15, 9));
        QCOMPARE(doc().marks[1].correction, std::string("出处？"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(
                         QStringLiteral("2 added, 0 updated, 0 kept, 0 orphaned")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        document().undoStack()->undo();
        QVERIFY(doc().marks.empty());

        // No proof of this page: refused, with why, and nothing changed.
        QFile notes(m_folder.filePath(QStringLiteral("notes.pdf")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a PDF\n");
        notes.close();
        const auto refused = banmian::app::importProofMarks(document(), notes.fileName());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.find("is not a PDF") != std::string::npos);
        QVERIFY(doc().marks.empty());
        QCOMPARE(document().undoStack()->count(), steps + 1);  // the undone step, to redo
    }
};

QTEST_MAIN(ProofImportWindowTest)
#include "ProofImportWindowTest.moc"
