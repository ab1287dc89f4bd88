// A designer's session for RecoveryTest to kill: the seed page open, five changes made (enough
// for a recovery copy), then waiting for the SIGKILL with the page unsaved.
#include <QApplication>
#include <cstdio>

#include "app/edit/PageDocument.h"
#include "app/ui/MainWindow.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    banmian::app::MainWindow window;
    if (window.loadSeedPage()) return 2;
    banmian::app::PageDocument& document = *window.document();
    for (int i = 1; i <= 5; ++i) {
        banmian::layout::Document after = document.document();
        after.page.blocks[1].headlineSize = banmian::layout::fromPoints(20 + i);
        document.change(QStringLiteral("headline size"), after);
    }
    std::printf("edited\n");
    std::fflush(stdout);
    return app.exec();
}
