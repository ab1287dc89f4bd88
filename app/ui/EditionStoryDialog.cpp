#include "app/ui/EditionStoryDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace banmian::app {

namespace {

// The dialog's words, translated under its own name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EditionStoryDialog)
};

QString placedOn(const std::vector<int>& pages) {
    if (pages.empty()) return Text::tr("not placed");
    QStringList numbers;
    for (const int page : pages) numbers << QString::number(page);
    return Text::tr("placed on page %1").arg(numbers.join(QStringLiteral(", ")));
}

}  // namespace

std::optional<std::string> askForEditionStory(QWidget* parent,
                                              const std::vector<layout::EditionStory>& stories,
                                              int page) {
    QDialog dialog(parent);
    dialog.setWindowTitle(Text::tr("Place Story from Edition"));
    auto* list = new QTreeWidget;
    list->setObjectName(QStringLiteral("editionStories"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({Text::tr("Story"), Text::tr("Characters"), Text::tr("Placed")});
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->setMinimumWidth(520);
    for (const layout::EditionStory& story : stories) {
        auto* row = new QTreeWidgetItem({QString::fromStdString(story.title),
                                         QString::number(story.characters), placedOn(story.pages)});
        row->setData(0, Qt::UserRole, QString::fromStdString(story.id));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        list->addTopLevelItem(row);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(Text::tr("&Place"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QTreeWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    auto enablePlace = [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(list->currentItem() != nullptr);
    };
    QObject::connect(list, &QTreeWidget::currentItemChanged, &dialog, enablePlace);
    enablePlace();

    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
            Text::tr("Choose a story of the edition to place on page %1; it goes where the "
                     "page is free, and you can move it from there.")
                    .arg(page)));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem()) return std::nullopt;
    return list->currentItem()->data(0, Qt::UserRole).toString().toStdString();
}

}  // namespace banmian::app
