#pragma once

#include <QLocale>

class QCoreApplication;

namespace banmian::app {

/// Installs the UI's translations for `locale`: Chinese (zh_CN) unless the locale asks for English,
/// with Qt's own strings (standard dialogs) in the same language. Returns the language chosen.
QLocale::Language installTranslations(QCoreApplication& app, const QLocale& locale);

}  // namespace banmian::app
