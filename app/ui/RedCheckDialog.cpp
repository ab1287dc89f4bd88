#include "app/ui/RedCheckDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/edit/PageDocument.h"
#include "app/edit/Proofreading.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

QString shown(const std::string& text) {
    return QString::fromStdString(text).replace(QLatin1Char('\n'), QStringLiteral(" ¶ "));
}

}  // namespace

RedCheckDialog::RedCheckDialog(const PageDocument& document, QWidget* parent)
    : QDialog(parent), m_result(layout::checkTheRed(document.document())) {
    setWindowTitle(tr("核红 Check the Red"));
    using S = layout::CorrectionState;
    auto* summary = new QLabel(tr("%1 accepted corrections: %2 made, %3 NOT MADE, %4 changed "
                                  "since, %5 not recorded (check by eye)")
                                       .arg(m_result.corrections.size())
                                       .arg(m_result.count(S::Made))
                                       .arg(m_result.count(S::NotMade))
                                       .arg(m_result.count(S::ChangedSince))
                                       .arg(m_result.count(S::Unrecorded)));
    m_corrections = new QTreeWidget;
    m_corrections->setRootIsDecorated(false);
    m_corrections->setHeaderLabels({tr("Result"), tr("Round"), tr("Kind"), tr("Story"), tr("Was"),
                                    tr("Became"), tr("Now"), tr("Accepted by")});
    for (const layout::CorrectionCheck& c : m_result.corrections) {
        auto* item = new QTreeWidgetItem;
        const QString state = c.state == S::Made           ? tr("made")
                              : c.state == S::NotMade      ? tr("NOT MADE")
                              : c.state == S::ChangedSince ? tr("changed since")
                                                           : tr("not recorded");
        item->setText(0, state);
        item->setText(1, QString::fromStdString(layout::roundName({c.round, false, {}, {}})));
        item->setText(2, kindName(c.kind));
        item->setText(3, document.storyTitle(c.story));
        item->setText(4, shown(c.was));
        item->setText(5, shown(c.became));
        item->setText(6, c.state == S::Made ? QString() : shown(c.now));
        item->setText(7, QString::fromStdString(c.reviewer));
        item->setData(0, Qt::UserRole, QString::fromStdString(c.mark));
        if (c.state == S::NotMade) item->setForeground(0, QColor(0xD0, 0x10, 0x10));
        if (c.state == S::ChangedSince) item->setForeground(0, QColor(0xE0, 0x70, 0x00));
        m_corrections->addTopLevelItem(item);
    }
    m_corrections->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* since = new QLabel(
            tr("Changed since the manuscript (稿件原文): %1").arg(m_result.changes.size()));
    m_changes = new QTreeWidget;
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Story"), tr("Manuscript"), tr("Page"), tr("After")});
    for (const layout::ManuscriptChange& c : m_result.changes) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, document.storyTitle(c.story));
        item->setText(1, shown(c.removed));
        item->setText(2, shown(c.added));
        item->setText(3, QStringLiteral("…") + shown(c.before));
        m_changes->addTopLevelItem(item);
    }
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_corrections, 2);
    layout->addWidget(since);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

}  // namespace banmian::app
