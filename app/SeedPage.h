#pragma once

#include <QByteArray>
#include <QString>

namespace banmian::app {

/// The seed page's articles (a district newspaper's front page), built into the executable so that
/// `banmian` with no arguments always has a page to show.
QByteArray seedPageBytes();

/// The name the seed page goes by in titles and messages.
QString seedPageName();

}  // namespace banmian::app
