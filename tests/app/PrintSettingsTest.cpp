// File → Print Settings: the plant's profile chosen and checked by the engine (a version 4, an RGB
// and a file that is no profile refused, the choice before kept), the resolutions that cannot be
// inverted, and the settings applied to the document as one undo step that is saved with it.
#include <QApplication>
#include <QDebug>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

#include "app/edit/PageDocument.h"
#include "app/ui/ExportActions.h"
#include "app/ui/MainWindow.h"
#include "app/ui/PrintSettingsDialog.h"
#include "layout/base/Id.h"
#include "layout/colour/IccProfile.h"
#include "layout/document/Document.h"

using banmian::app::MainWindow;
using banmian::app::PrintSettingsDialog;
using banmian::layout::PrintSettings;
using banmian::layout::RenderingIntent;

namespace {

// Ghostscript's profiles, which the setup installs: a version 2 CMYK output profile, a version 4
// one, and an RGB display profile.
const QString kProfiles = QStringLiteral("/usr/share/color/icc/ghostscript/");
const QString kCmykV2 = kProfiles + QStringLiteral("default_cmyk.icc");
const QString kCmykV4 = kProfiles + QStringLiteral("ps_cmyk.icc");
const QString kRgb = kProfiles + QStringLiteral("srgb.icc");

std::string bytesOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

QAction* printSettingsAction(const MainWindow& window) {
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* item : menu->menu()->actions()) {
            if (item->text() == QStringLiteral("Prin&t Settings…")) return item;
        }
    }
    return nullptr;
}

// Opens File → Print Settings and runs `act` on the dialog once it is up; whatever `act` leaves
// open is cancelled, so that a test never hangs on the dialog.
void withPrintSettings(MainWindow& window, const std::function<void(PrintSettingsDialog&)>& act) {
    QTimer poll;
    bool done = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<PrintSettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog || done) return;
        done = true;
        act(*dialog);
        if (dialog->isVisible()) dialog->reject();
    });
    poll.start(10);
    QAction* action = printSettingsAction(window);
    QVERIFY(action);
    action->trigger();
    QVERIFY(done);
}

void clickOk(PrintSettingsDialog& dialog) {
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// What the production desk sets for its plant: the settings the window tests apply.
PrintSettings plantSettings() {
    PrintSettings s;
    s.inkLimit = 220;
    s.intent = RenderingIntent::Perceptual;
    s.minPhotoPpi = 120;
    s.goodPhotoPpi = 180;
    return s;
}

}  // namespace

class PrintSettingsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        for (const QString& profile : {kCmykV2, kCmykV4, kRgb})
            QVERIFY2(QFile::exists(profile), qPrintable(profile + QStringLiteral(" missing")));
    }

    void startsWithNewsprintsFigures() {
        PrintSettingsDialog dialog;
        QCOMPARE(dialog.settings(), PrintSettings{});
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("profile"))
                        ->text()
                        .contains(QStringLiteral("IFRA26")));
    }

    void showsTheSettingsItIsGiven() {
        PrintSettingsDialog dialog;
        PrintSettings s = plantSettings();
        s.outputProfile = kCmykV2.toStdString();
        s.outputProfileName = "Artifex CMYK SWOP Profile";
        dialog.setSettings(s);
        QCOMPARE(dialog.settings(), s);
    }

    void takesAVersion2CmykProfile() {
        const auto info = banmian::layout::readIccProfile(bytesOf(kCmykV2));
        QVERIFY(info);
        QCOMPARE(info.value().description, std::string("Artifex CMYK SWOP Profile"));

        PrintSettingsDialog dialog;
        QCOMPARE(dialog.chooseProfile(kCmykV2), std::nullopt);
        QCOMPARE(dialog.settings().outputProfile, kCmykV2.toStdString());
        QCOMPARE(dialog.settings().outputProfileName, info.value().description);
        const QString shown = dialog.findChild<QLabel*>(QStringLiteral("profile"))->text();
        QVERIFY2(shown.contains(QStringLiteral("Artifex CMYK SWOP Profile")) &&
                         shown.contains(kCmykV2),
                 qPrintable(shown));
        QVERIFY(dialog.problem().isEmpty());

        dialog.clearProfile();
        QVERIFY(dialog.settings().outputProfile.empty());
        QVERIFY(dialog.settings().outputProfileName.empty());
    }

    // Refused as the engine refuses it at export, with its message; the profile before stays.
    void refusesAVersion4ProfileAndKeepsTheOneBefore() {
        const auto engine = banmian::layout::checkPlantProfile(bytesOf(kCmykV4));
        QVERIFY(engine);
        PrintSettingsDialog dialog;
        QVERIFY(!dialog.chooseProfile(kCmykV2));
        const auto refused = dialog.chooseProfile(kCmykV4);
        QVERIFY(refused);
        QCOMPARE(engine->kind, std::string("profile-version"));
        // The engine's reason, in the window's words (English here: no translator installed).
        QCOMPARE(*refused,
                 QStringLiteral("the profile “Artifex PS CMYK Profile” is an ICC version 4 "
                                "profile; a PDF/X-1a:2001 file carries version 2 "
                                "profiles only: ask the plant for the version 2 profile "
                                "of its condition"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("ps_cmyk.icc was not taken")) &&
                         dialog.problem().contains(*refused),
                 qPrintable(dialog.problem()));
        QCOMPARE(dialog.settings().outputProfile, kCmykV2.toStdString());
        QCOMPARE(dialog.settings().outputProfileName, std::string("Artifex CMYK SWOP Profile"));
        // The refusal is information, not a fault of the settings: they can still be taken.
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        // A profile taken next clears it.
        QVERIFY(!dialog.chooseProfile(kCmykV2));
        QVERIFY(dialog.problem().isEmpty());
    }

    void refusesAnRgbProfile() {
        PrintSettingsDialog dialog;
        const auto refused = dialog.chooseProfile(kRgb);
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("not CMYK")), qPrintable(*refused));
        QVERIFY(dialog.problem().contains(*refused));
        QVERIFY(dialog.settings().outputProfile.empty());
    }

    void refusesAFileThatIsNoProfile() {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("profile.icc"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("这不是色彩特性文件 — not a profile at all\n");
        file.close();
        PrintSettingsDialog dialog;
        const auto refused = dialog.chooseProfile(text);
        QVERIFY(refused);
        QVERIFY2(refused->contains(QStringLiteral("not an ICC colour profile")),
                 qPrintable(*refused));
        QVERIFY(dialog.settings().outputProfile.empty());

        const auto missing = dialog.chooseProfile(dir.filePath(QStringLiteral("gone.icc")));
        QVERIFY(missing);
        QVERIFY2(missing->contains(QStringLiteral("cannot be read")), qPrintable(*missing));
        QVERIFY(dialog.settings().outputProfile.empty());
    }

    // A profile chosen once and moved since is said before anyone exports.
    void saysAProfileThatIsGone() {
        PrintSettingsDialog dialog;
        PrintSettings s;
        s.outputProfile = "/nonexistent/plant.icc";
        s.outputProfileName = "Plant Coldset 2024";
        dialog.setSettings(s);
        const QString shown = dialog.findChild<QLabel*>(QStringLiteral("profile"))->text();
        QVERIFY2(shown.contains(QStringLiteral("Plant Coldset 2024")) &&
                         shown.contains(QStringLiteral("missing")),
                 qPrintable(shown));
        QCOMPARE(dialog.settings(), s);  // kept until someone chooses otherwise
    }

    void goodUnderMinimumCannotBeAccepted() {
        PrintSettingsDialog dialog;
        dialog.show();
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        PrintSettings s;
        s.minPhotoPpi = 200;
        s.goodPhotoPpi = 150;
        dialog.setSettings(s);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("under the minimum")),
                 qPrintable(dialog.problem()));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);

        s.goodPhotoPpi = 200;  // equal is allowed: the document file takes it
        dialog.setSettings(s);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Through the window: one undo step, undone and redone, saved and read back.
    void appliesTheSettingsAsOneUndoStep() {
        QTemporaryDir dir;  // outlives the window, which holds the saved file's lock
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();
        const PrintSettings before = window.document()->document().print;
        QCOMPARE(before, PrintSettings{});

        PrintSettings wanted = plantSettings();
        wanted.outputProfile = kCmykV2.toStdString();
        wanted.outputProfileName = "Artifex CMYK SWOP Profile";
        withPrintSettings(window, [&](PrintSettingsDialog& dialog) {
            QCOMPARE(dialog.settings(), before);
            dialog.setSettings(plantSettings());
            QVERIFY(!dialog.chooseProfile(kCmykV2));
            clickOk(dialog);
        });
        QCOMPARE(window.document()->document().print, wanted);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Print Settings"));
        QVERIFY(window.document()->isModified());

        undo->undo();
        QCOMPARE(window.document()->document().print, before);
        undo->redo();
        QCOMPARE(window.document()->document().print, wanted);

        const QString path = dir.filePath(QStringLiteral("plant.banmian"));
        QVERIFY(!window.saveTo(path));
        const auto read = banmian::layout::readDocument(path.toStdString());
        QVERIFY(read);
        QCOMPARE(read.value().print, wanted);

        // The window's Export PDF prints to the plant's condition, named from its profile and
        // carrying it; undone, to newsprint again.
        auto exported = [&](const QString& name) {
            const QString pdf = dir.filePath(name);
            const auto error = window.exports()->exportPdf(pdf);
            if (error) qWarning() << *error;
            QFile file(pdf);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray plant = exported(QStringLiteral("plant.pdf"));
        QVERIFY(
                plant.contains("/OutputConditionIdentifier (Custom) /OutputCondition (Artifex "
                               "CMYK SWOP Profile)"));
        QVERIFY(plant.contains("/DestOutputProfile"));
        QVERIFY(!plant.contains("IFRA26"));
        undo->undo();
        const QByteArray newsprint = exported(QStringLiteral("newsprint.pdf"));
        QVERIFY(newsprint.contains("/OutputConditionIdentifier (IFRA26)"));
        QVERIFY(!newsprint.contains("/DestOutputProfile"));
        undo->redo();

        // Shown again as they are now.
        withPrintSettings(window, [&](PrintSettingsDialog& dialog) {
            QCOMPARE(dialog.settings(), wanted);
            dialog.reject();
        });
    }

    void cancelAndNoChangeAddNoStep() {
        MainWindow window;
        QVERIFY(!window.loadSeedPage());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack* undo = window.document()->undoStack();
        const int steps = undo->count();

        withPrintSettings(window, [](PrintSettingsDialog& dialog) {
            dialog.setSettings(plantSettings());
            dialog.reject();
        });
        QCOMPARE(window.document()->document().print, PrintSettings{});
        withPrintSettings(window, [](PrintSettingsDialog& dialog) { clickOk(dialog); });
        QCOMPARE(undo->count(), steps);
        // Inverted figures: OK does nothing, and the dialog is left as it came.
        withPrintSettings(window, [](PrintSettingsDialog& dialog) {
            PrintSettings s;
            s.minPhotoPpi = 300;
            s.goodPhotoPpi = 200;
            dialog.setSettings(s);
            clickOk(dialog);
            QVERIFY(dialog.isVisible());
        });
        QCOMPARE(window.document()->document().print, PrintSettings{});
        QCOMPARE(undo->count(), steps);
        QVERIFY(!window.document()->isModified());
    }

    // The Findings panel judges photos by the new figures as soon as they are set, and by the
    // old ones again after Undo.
    void findingsFollowTheFigures() {
        banmian::layout::Document d;
        banmian::layout::Story story;
        story.headline = "华泾镇举办主题活动";
        story.paragraphs = {"6月28日，华泾镇举办庆祝建党102周年主题活动。"};
        story.id = banmian::layout::newId();
        d.stories = {story};
        d.page.grid = banmian::layout::pageGrid(banmian::layout::PagePreset::Broadsheet);
        banmian::layout::Block block;
        block.id = "story-0";
        block.story = story.id;
        block.area = {{0, 3, 0, 40}};
        block.photos = {{{0, 3, 10, 20},
                         BANMIAN_SOURCE_DIR "/tests/data/images/photo-cmyk-600x400.jpg",
                         "",
                         std::nullopt}};
        d.page.blocks = {block};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.banmian"));
        QVERIFY(!banmian::layout::writeDocument(d, path.toStdString()));

        MainWindow window;
        QVERIFY(!window.importFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget* findings = window.notes();
        const auto saysUnder = [findings](int ppi) {
            const QString figure = QStringLiteral("under the %1 ppi").arg(ppi);
            for (int i = 0; i < findings->count(); ++i) {
                if (findings->item(i)->text().contains(figure)) return true;
            }
            return false;
        };
        QTRY_VERIFY(!saysUnder(2400));

        withPrintSettings(window, [](PrintSettingsDialog& dialog) {
            PrintSettings s;
            s.minPhotoPpi = 2400;  // no photo on any page reaches it
            s.goodPhotoPpi = 2400;
            dialog.setSettings(s);
            clickOk(dialog);
        });
        QTRY_VERIFY(saysUnder(2400));
        window.document()->undoStack()->undo();
        QTRY_VERIFY(!saysUnder(2400));
    }
};

QTEST_MAIN(PrintSettingsTest)
#include "PrintSettingsTest.moc"
