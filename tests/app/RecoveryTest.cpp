// Nothing lost: a real app process with unsaved changes is killed (SIGKILL), and the next start
// finds its recovery copy and restores the work up to the last copy.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "app/edit/Autosave.h"
#include "app/edit/PageDocument.h"
#include "app/ui/MainWindow.h"

using namespace banmian;

class RecoveryTest : public QObject {
    Q_OBJECT

private slots:
    void aKilledSessionIsRestoredUpToItsLastCopy() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QProcess session;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BANMIAN_RECOVERY_DIR"), folder.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        session.setProcessEnvironment(env);
        session.start(QStringLiteral(RECOVERY_CHILD), {});
        QVERIFY(session.waitForStarted());
        QVERIFY(session.waitForReadyRead(30000));
        QCOMPARE(session.readLine().trimmed(), QByteArray("edited"));
        // The copy is written on the session's worker thread: wait for its notes.
        const QString notes =
                folder.filePath(QString::number(session.processId()) + QStringLiteral(".json"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(notes), 10000);

        session.kill();  // SIGKILL: no chance to clean up
        QVERIFY(session.waitForFinished());
        QCOMPARE(session.exitStatus(), QProcess::CrashExit);

        const auto left = app::Autosave::leftBehind(folder.path());
        QCOMPARE(left.size(), 1u);
        QCOMPARE(left.front().document.page.blocks[1].headlineSize, layout::fromPoints(25));
        QVERIFY(left.front().savedAt.isValid());

        app::MainWindow window;
        window.restore(left.front());
        QCOMPARE(window.document()->page().blocks[1].headlineSize, layout::fromPoints(25));
        QVERIFY(window.document()->isModified());  // never saved: Save asks where
        window.autosave()->waitForWrites();
        // The dead session's copy is gone; this session keeps its own.
        QVERIFY(!QFile::exists(notes));
        QVERIFY(app::Autosave::leftBehind(folder.path()).empty());  // ours is alive
        window.document()->undoStack()->setClean();
        window.autosave()->waitForWrites();
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());  // saved: no copy
    }

    void aSessionStillRunningIsNotOffered() {
        QTemporaryDir folder;
        QFile notes(folder.filePath(QStringLiteral("1.json")));  // pid 1 is always running
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(R"({"pid": 1, "path": "", "name": "x", "savedAt": "2026-11-25T23:30:00"})");
        notes.close();
        QVERIFY(app::Autosave::leftBehind(folder.path()).empty());
    }
};

QTEST_MAIN(RecoveryTest)
#include "RecoveryTest.moc"
