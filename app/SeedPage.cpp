#include "app/SeedPage.h"

#include <QFile>

namespace banmian::app {

namespace {
const QString kSeedResource = QStringLiteral(":/seeds/xuhui-front-page.txt");
}

QByteArray seedPageBytes() {
    QFile file(kSeedResource);
    if (!file.open(QIODevice::ReadOnly)) return {};  // only if the build lost its resources
    return file.readAll();
}

QString seedPageName() {
    return QStringLiteral("xuhui-front-page.txt");
}

}  // namespace banmian::app
