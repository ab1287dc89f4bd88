#include "app/ui/NewsroomDialog.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace banmian::app {

namespace {

// The dialog's words, translated under its own name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NewsroomDialog)
};

constexpr auto kUrlKey = "newsroom/url";
constexpr auto kPageKey = "newsroom/page";

}  // namespace

std::optional<NewsroomAddress> askForNewsroomPage(QWidget* parent, bool withPage) {
    QDialog dialog(parent);
    dialog.setWindowTitle(withPage ? Text::tr("Open from Newsroom")
                                   : Text::tr("Page Plan from Newsroom"));
    QSettings settings;
    auto* url = new QLineEdit(settings.value(QLatin1String(kUrlKey)).toString());
    url->setObjectName(QStringLiteral("newsroomUrl"));
    url->setPlaceholderText(QStringLiteral("postgresql://user@host/newsroom"));
    url->setToolTip(
            Text::tr("The password is never kept here: it is taken from PGPASSWORD or "
                     "~/.pgpass"));
    url->setMinimumWidth(360);
    // A page is made the day before it comes out: tomorrow's edition first.
    auto* date = new QDateEdit(QDate::currentDate().addDays(1));
    date->setObjectName(QStringLiteral("newsroomDate"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    auto* page = new QSpinBox;
    page->setObjectName(QStringLiteral("newsroomPage"));
    page->setRange(1, 999);
    page->setValue(settings.value(QLatin1String(kPageKey), 1).toInt());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto enableOpen = [&] {
        buttons->button(QDialogButtonBox::Open)->setEnabled(!url->text().trimmed().isEmpty());
    };
    QObject::connect(url, &QLineEdit::textChanged, &dialog, enableOpen);
    enableOpen();

    auto* form = new QFormLayout(&dialog);
    form->addRow(Text::tr("&Database:"), url);
    form->addRow(Text::tr("&Edition of:"), date);
    if (withPage)
        form->addRow(Text::tr("&Page:"), page);
    else
        page->hide();
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;

    settings.setValue(QLatin1String(kUrlKey), url->text().trimmed());
    if (withPage) settings.setValue(QLatin1String(kPageKey), page->value());
    const QDate day = date->date();
    return NewsroomAddress{url->text().trimmed(),
                           {day.year(), day.month(), day.day()},
                           withPage ? page->value() : 0};
}

}  // namespace banmian::app
