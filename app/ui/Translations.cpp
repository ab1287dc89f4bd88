#include "app/ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace banmian::app {

namespace {

void install(QCoreApplication& app, const QLocale& locale, const QString& name,
             const QString& folder) {
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

}  // namespace

QLocale::Language installTranslations(QCoreApplication& app, const QLocale& locale) {
    const QString ours = QStringLiteral(":/i18n");
    // Chinese newsrooms are the users: Chinese unless the desktop is set to English.
    if (locale.language() == QLocale::English) {
        install(app, QLocale(QLocale::English), QStringLiteral("banmian"), ours);  // plural forms
        return QLocale::English;
    }
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    install(app, chinese, QStringLiteral("banmian"), ours);
    // Qt's own strings (buttons of standard dialogs) in the same language.
    install(app, chinese, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return QLocale::Chinese;
}

}  // namespace banmian::app
