#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <cstdlib>
#include <iostream>

#include "app/SeedPage.h"
#include "app/cli/CommandLine.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/Pictures.h"
#include "app/edit/Autosave.h"
#include "app/render/GalleyImage.h"
#include "app/render/PagePainter.h"
#include "app/ui/MainWindow.h"
#include "app/ui/NewsroomActions.h"
#include "app/ui/PagePlanActions.h"
#include "app/ui/PhotoActions.h"
#include "app/ui/Translations.h"
#include "app/view/PageView.h"

namespace {

// Without a display QApplication would abort; say so and do the job the CLI can do instead.
bool hasDisplay() {
    auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
}

// BANMIAN_QUIT_AFTER_PAINT=1: the app quits once the page has been painted, which is how
// scripts/bench times start-up (DESIGN.md: start to the composed seed page painted, ≤ 1 s).
class QuitAfterPaint : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

// banmian-app: the window, and the commands that draw pictures (the `banmian` command starts it
// for those; see cli/main.cpp).
int main(int argc, char** argv) {
    banmian::app::setPictures({[](const auto& page, const auto& registry, const std::string& path) {
                                   return banmian::app::writePageImage(page, registry, path);
                               },
                               banmian::app::writeGalleyImage});
    if (auto exitCode = banmian::app::runCommandLine(argc, argv)) return *exitCode;

    if (!hasDisplay() && argc >= 2) {
        // A file to open, and nowhere to show it: said, not replaced by the seed page.
        std::cerr << "banmian: no display (DISPLAY is not set), so no window to open " << argv[1]
                  << " in; run it on a desktop or under xvfb-run, or give it to a subcommand "
                     "(see banmian --help)\n";
        return banmian::app::kExitUsage;
    }
    if (!hasDisplay()) {
        std::cerr << "banmian: no display (DISPLAY is not set), so no window; "
                     "composing the seed page instead. "
                     "Run it on a desktop, or under xvfb-run, to see the app.\n";
        return banmian::app::composeSeedPage();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Banmian"));
    QApplication::setApplicationVersion(QStringLiteral(BANMIAN_VERSION));
    banmian::app::installTranslations(app, QLocale::system());

    banmian::app::MainWindow window;
    if (qEnvironmentVariableIsSet("BANMIAN_QUIT_AFTER_PAINT"))
        window.pageView()->viewport()->installEventFilter(new QuitAfterPaint(&window));
    // A page left behind by a session that did not close properly is offered back first.
    // Copies that cannot be read are said and set aside; the newest one that can is offered.
    bool restored = false;
    for (const auto& page :
         banmian::app::Autosave::leftBehind(banmian::app::Autosave::defaultFolder())) {
        restored = banmian::app::askToRestore(&window, page);
        if (restored) window.restore(page);
        if (restored || page.damage.isEmpty()) break;
    }
    if (restored) {
        window.show();
    } else if (banmian::app::asksForNewsroomPage(argc, argv)) {
        // `banmian --db URL --date D --page N` (the options checked: refuseNewsroomPage()).
        banmian::app::NewsroomPageArgs args;
        banmian::app::refuseNewsroomPage(argc, argv, &args);
        window.show();
        const QString url = QString::fromStdString(args.url);
        if (args.page > 0) {
            window.newsroom()->openPageShown({url, args.date, args.page});
        } else if (const auto error = window.pagePlan()->showNewsroomPlan(url, args.date)) {
            QMessageBox::warning(&window, banmian::app::MainWindow::tr("Cannot show the page plan"),
                                 *error);
        }
    } else if (argc == 2 && QFileInfo(QString::fromLocal8Bit(argv[1])).isDir()) {
        // `banmian DIR`: an edition's folder (refuseFileToOpen() checked its edition.json), shown
        // as its page plan to pick a page from.
        window.show();
        if (const auto error = window.pagePlan()->showFolderPlan(QString::fromLocal8Bit(argv[1])))
            QMessageBox::warning(&window, banmian::app::MainWindow::tr("Cannot show the page plan"),
                                 *error);
    } else if (argc >= 2) {
        window.show();
        // `banmian FILE --photos DIR`: the day's photos onto the page opened (the command line
        // checked the folder: refuseFileToOpen()).
        if (window.openFile(QString::fromLocal8Bit(argv[1])) && argc == 4)
            window.photos()->importFolderShown(QString::fromLocal8Bit(argv[3]));
    } else {
        const auto error = window.loadSeedPage();
        window.show();
        if (error) {
            QMessageBox::warning(&window, banmian::app::MainWindow::tr("Cannot import articles"),
                                 *error);
        }
    }
    return app.exec();
}
