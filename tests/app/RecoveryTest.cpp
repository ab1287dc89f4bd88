// Nothing lost: a real app process with unsaved changes is killed (SIGKILL), and the next start
// finds its recovery copy and restores the work up to the last copy.
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "app/edit/Autosave.h"
#include "app/edit/PageDocument.h"
#include "app/ui/MainWindow.h"
#include "layout/document/Document.h"
#include "tests/app/Desk.h"

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

    void aPageOpenInAnotherWindowIsNotOpenedTwice() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("front.banmian"));
        auto first = std::make_unique<app::MainWindow>();
        QVERIFY(!first->loadSeedPage());
        QVERIFY(!first->saveTo(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));

        app::MainWindow second;
        QVERIFY(!second.loadSeedPage());
        const std::string shown = layout::documentToJson(second.document()->document());
        const auto refused = second.importFile(path);
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("another window")), qPrintable(*refused));
        QVERIFY(refused->contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(layout::documentToJson(second.document()->document()), shown);  // untouched
        // Nor saved over.
        QVERIFY(second.saveTo(path));

        first.reset();  // the first window closes its page
        QVERIFY(!second.importFile(path));
        QCOMPARE(second.document()->path(), QFileInfo(path).absoluteFilePath());
    }

    void aLockLeftByADeadProcessIsTakenOver() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("front.banmian"));
        {
            app::MainWindow window;
            QVERIFY(!window.loadSeedPage());
            QVERIFY(!window.saveTo(path));
        }
        // A lock as QLockFile writes one (pid, program, host, machine and boot ids), left by a
        // process that has ended since.
        QByteArray lines;
        {
            QLockFile real(path + QStringLiteral(".lock"));
            QVERIFY(real.tryLock(0));
            QFile written(path + QStringLiteral(".lock"));
            QVERIFY(written.open(QIODevice::ReadOnly));
            lines = written.readAll();
        }
        QProcess gone;
        gone.start(QStringLiteral("/bin/sleep"), {QStringLiteral("0.01")});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        lines.replace(0, lines.indexOf('\n'), QByteArray::number(pid));
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(lines);
        lock.close();
        app::MainWindow window;
        const auto error = window.importFile(path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    }

    void aCopyWhosePidWasReusedIsOffered() {
        // Notes naming pid 1 (always running) but a start time that is not init's: the session
        // died and its pid went to another program since.
        QTemporaryDir folder;
        QFile copy(folder.filePath(QStringLiteral("1.banmian")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        layout::Document document;
        document.page.grid = layout::pageGrid(layout::PagePreset::Broadsheet);
        copy.write(QByteArray::fromStdString(layout::documentToJson(document)));
        copy.close();
        QFile notes(folder.filePath(QStringLiteral("1.json")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(R"({"pid": 1, "started": 123456789, "path": "", "name": "x",
                       "savedAt": "2026-11-25T23:30:00"})");
        notes.close();
        QCOMPARE(app::Autosave::leftBehind(folder.path()).size(), 1u);
    }

    void aPageThatCannotBeSavedStaysInTheWindow() {
        app::MainWindow window;
        QVERIFY(!window.loadSeedPage());
        layout::Document after = window.document()->document();
        after.page.blocks[1].boxed = !after.page.blocks[1].boxed;
        window.document()->change(QStringLiteral("box"), after);
        const std::string page = layout::documentToJson(window.document()->document());
        // /proc takes no files, not even root's: like a read-only share or a full disk.
        const auto error = window.saveTo(QStringLiteral("/proc/banmian-test.banmian"));
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("banmian-test.banmian")), qPrintable(*error));
        QCOMPARE(layout::documentToJson(window.document()->document()), page);
        QVERIFY(window.document()->isModified());  // still unsaved, still there
        window.document()->undoStack()->setClean();
    }

    // A recovery folder that takes no files: the window says the work is not protected, in red,
    // until a copy can be written again.
    void aCopyThatCannotBeWrittenIsSaidInTheWindow() {
        const QByteArray folder = qgetenv("BANMIAN_RECOVERY_DIR");
        qputenv("BANMIAN_RECOVERY_DIR", "/proc/banmian-recovery");
        app::MainWindow window;
        qputenv("BANMIAN_RECOVERY_DIR", folder);
        QVERIFY(!window.loadSeedPage());
        auto* unprotected = window.findChild<QLabel*>(QStringLiteral("recoveryFailed"));
        QVERIFY(unprotected);
        QVERIFY(unprotected->isHidden());
        layout::Document after = window.document()->document();
        after.page.blocks[1].boxed = !after.page.blocks[1].boxed;
        window.document()->change(QStringLiteral("box"), after);
        window.autosave()->saveNow();
        window.autosave()->waitForWrites();
        QTRY_VERIFY(!unprotected->isHidden());
        QCOMPARE(unprotected->text(), QStringLiteral("No recovery copy: save often"));
        QVERIFY2(unprotected->toolTip().contains(QStringLiteral("/proc/banmian-recovery")),
                 qPrintable(unprotected->toolTip()));
        window.document()->undoStack()->setClean();
    }

    // A copy cut short (a disk that failed under it): said at the start with where it is kept,
    // never deleted, and not offered again.
    void aCopyThatCannotBeReadIsSaidAndKept() {
        QTemporaryDir folder;
        layout::Document document;
        document.page.grid = layout::pageGrid(layout::PagePreset::Broadsheet);
        const QByteArray whole = QByteArray::fromStdString(layout::documentToJson(document));
        QFile copy(folder.filePath(QStringLiteral("1.banmian")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(whole.left(whole.size() / 2));
        copy.close();
        QFile notes(folder.filePath(QStringLiteral("1.json")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(R"({"pid": 1, "started": 123456789, "path": "", "name": "今日头版",
                       "savedAt": "2026-11-25T23:30:00"})");
        notes.close();
        const auto left = app::Autosave::leftBehind(folder.path());
        QCOMPARE(left.size(), 1u);
        QVERIFY2(left.front().damage.contains(QStringLiteral("truncated")),
                 qPrintable(left.front().damage));

        Desk desk{QString()};
        QVERIFY(!app::askToRestore(nullptr, left.front()));
        const QString said = desk.seen.value(0);
        QVERIFY2(said.contains(QStringLiteral("今日头版")) && said.contains(copy.fileName()),
                 qPrintable(said));
        QVERIFY(app::Autosave::leftBehind(folder.path()).empty());  // not offered again
        QVERIFY(QFile::exists(copy.fileName()));                    // but kept
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
