#include "app/ui/EarDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "app/ui/StoryTableModel.h"

namespace banmian::app {

EarDialog::EarDialog(QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit), m_text(new QPlainTextEdit) {
    setWindowTitle(tr("Ear"));
    m_title->setPlaceholderText(QStringLiteral("今日天气"));
    m_text->setPlaceholderText(QStringLiteral("晴转多云\n12～18℃"));
    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Text"), m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, 300);
}

void EarDialog::setText(const std::string& title, const std::string& text) {
    m_title->setText(qtText(title));
    m_text->setPlainText(qtText(text));
}

std::string EarDialog::title() const {
    return m_title->text().trimmed().toStdString();
}

std::string EarDialog::text() const {
    return m_text->toPlainText().trimmed().toStdString();
}

}  // namespace banmian::app
