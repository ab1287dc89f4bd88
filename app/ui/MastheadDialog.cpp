#include "app/ui/MastheadDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "app/ui/InkField.h"
#include "app/ui/StoryTableModel.h"
#include "layout/model/MastheadText.h"

namespace banmian::app {
namespace {

QDate qtDate(const layout::CalendarDate& d) {
    return QDate(d.year, d.month, d.day);
}

layout::CalendarDate calendarDate(const QDate& d) {
    return {d.year(), d.month(), d.day()};
}

}  // namespace

MastheadDialog::MastheadDialog(QWidget* parent)
    : QDialog(parent),
      m_title(new QLineEdit),
      m_pinyin(new QLineEdit),
      m_date(new QDateEdit),
      m_keepDateText(new QCheckBox),
      m_issue(new QLineEdit),
      m_totalIssue(new QLineEdit),
      m_reference(new QLineEdit),
      m_postalCode(new QLineEdit),
      m_preview(new QLabel) {
    setWindowTitle(tr("Masthead"));
    m_date->setCalendarPopup(true);
    // Year, month, day in digits: read the same way in every language the window speaks.
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_title->setPlaceholderText(QStringLiteral("例：徐汇报"));
    m_pinyin->setPlaceholderText(QStringLiteral("例：XUHUI BAO"));
    m_issue->setPlaceholderText(QStringLiteral("例：245"));
    m_totalIssue->setPlaceholderText(QStringLiteral("例：12345"));
    m_reference->setPlaceholderText(QStringLiteral("例：31-0001"));
    m_postalCode->setPlaceholderText(QStringLiteral("例：3-9"));
    m_keepDateText->setVisible(false);
    m_preview->setWordWrap(true);
    // Room for the issue and registration lines, each wrapping once, without growing the dialog.
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 4);

    auto* form = m_form = new QFormLayout;
    form->addRow(tr("Name"), m_title);
    form->addRow(tr("Pinyin or English line"), m_pinyin);
    form->addRow(tr("Publication date"), m_date);
    form->addRow(QString(), m_keepDateText);
    form->addRow(tr("Issue (期号)"), m_issue);
    form->addRow(tr("Total issue (总期号)"), m_totalIssue);
    form->addRow(tr("CN number"), m_reference);
    form->addRow(tr("Postal code (邮发代号)"), m_postalCode);
    form->addRow(tr("Printed"), m_preview);
    auto* help =
            new QLabel(tr("A number alone is printed with its words: 245 as 第245期, "
                          "11-0000 as 国内统一连续出版物号 CN 11-0000."));
    help->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    for (QLineEdit* field : {m_issue, m_totalIssue, m_reference, m_postalCode})
        connect(field, &QLineEdit::textChanged, this, &MastheadDialog::updatePreview);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        // A date chosen replaces the words an older file had.
        m_keepDateText->setChecked(false);
        updatePreview();
    });
    connect(m_keepDateText, &QCheckBox::toggled, this, &MastheadDialog::updatePreview);
}

void MastheadDialog::setMasthead(const layout::Masthead& m) {
    m_original = m;
    m_title->setText(qtText(m.title));
    m_pinyin->setText(qtText(m.pinyin));
    m_issue->setText(qtText(m.issue));
    m_totalIssue->setText(qtText(m.totalIssue));
    m_reference->setText(qtText(m.reference));
    m_postalCode->setText(qtText(m.postalCode));
    const bool words = !m.publication && !m.date.empty();
    {
        const QSignalBlocker quiet(m_date);
        m_date->setDate(qtDate(m.publication.value_or(layout::tomorrow())));
    }
    m_keepDateText->setVisible(words);
    m_keepDateText->setChecked(words);
    m_keepDateText->setText(
            tr("Print “%1” as the date: it is no day of the calendar, or its weekday is not that "
               "day's. Choose a date to replace it.")
                    .arg(qtText(m.date)));
    updatePreview();
}

void MastheadDialog::setColour(const std::vector<layout::Swatch>& swatches,
                               const layout::Ink& ink) {
    if (!m_colour) {
        m_colour = new InkField(swatches, tr("Black"), this);
        m_form->insertRow(1, tr("Colour of the name (套红)"), m_colour);
    }
    m_colour->setInk(ink);
}

std::optional<layout::Ink> MastheadDialog::colour() const {
    if (!m_colour) return std::nullopt;
    return m_colour->ink();
}

layout::Masthead MastheadDialog::masthead() const {
    layout::Masthead m = m_original;
    m.title = m_title->text().trimmed().toStdString();
    m.pinyin = m_pinyin->text().trimmed().toStdString();
    m.issue = m_issue->text().trimmed().toStdString();
    m.totalIssue = m_totalIssue->text().trimmed().toStdString();
    m.reference = m_reference->text().trimmed().toStdString();
    m.postalCode = m_postalCode->text().trimmed().toStdString();
    const bool words = !m_original.publication && !m_original.date.empty();
    if (words && m_keepDateText->isChecked()) {
        m.publication.reset();  // the words stay the date
    } else {
        m.publication = calendarDate(m_date->date());
        m.date.clear();
    }
    return m;
}

void MastheadDialog::updatePreview() {
    const layout::Masthead m = masthead();
    m_preview->setText(
            qtText(layout::mastheadIssueLine(m) + "\n" + layout::mastheadRegistrationLine(m)));
}

}  // namespace banmian::app
