#include "app/ui/StoryEditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

#include "app/edit/CreditLine.h"
#include "app/ui/StoryTableModel.h"

namespace banmian::app {

StoryEditor::StoryEditor(const layout::Story& story, QWidget* parent)
    : QDialog(parent),
      m_story(story),
      m_kicker(new QLineEdit(qtText(story.kicker))),
      m_headline(new QLineEdit(qtText(story.headline))),
      m_subtitle(new QLineEdit(qtText(story.subtitle))),
      m_credits(new QLineEdit),
      m_body(new QPlainTextEdit) {
    setWindowTitle(tr("Edit Story"));
    resize(720, 640);
    m_credits->setText(creditLineText(story.bylines));
    QStringList paragraphs;
    for (const std::string& p : story.paragraphs) paragraphs << qtText(p);
    m_body->setPlainText(paragraphs.join(QLatin1Char('\n')));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Kicker"), m_kicker);
    form->addRow(tr("Headline"), m_headline);
    form->addRow(tr("Subtitle"), m_subtitle);
    form->addRow(tr("Credit line"), m_credits);
    form->addRow(tr("Text (a paragraph a line)"), m_body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (this->story(&error))
            accept();
        else
            QMessageBox::warning(this, tr("Not a credit line"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<layout::Story> StoryEditor::story(QString* error) const {
    layout::Story edited = m_story;
    edited.kicker = m_kicker->text().trimmed().toStdString();
    edited.headline = m_headline->text().trimmed().toStdString();
    edited.subtitle = m_subtitle->text().trimmed().toStdString();
    QString why;
    auto bylines = creditLineFrom(m_credits->text(), why);
    if (!bylines) {
        if (error) *error = why;
        return std::nullopt;
    }
    edited.bylines = std::move(*bylines);
    edited.paragraphs.clear();
    for (const QString& line : m_body->toPlainText().split(QLatin1Char('\n'))) {
        const QString paragraph = line.trimmed();
        if (!paragraph.isEmpty()) edited.paragraphs.push_back(paragraph.toStdString());
    }
    return edited;
}

}  // namespace banmian::app
