#include "app/ui/MarksPanel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/edit/PageDocument.h"
#include "app/edit/ProofRounds.h"
#include "app/edit/Proofreading.h"

namespace banmian::app {

namespace {

enum Column { Status, Kind, Story, Text, Asked, Author, Time, Columns };
constexpr int kIdRole = Qt::UserRole;

QString shortTime(const std::string& iso) {
    // "2026-11-25T22:41:05+08:00" → "11-25 22:41" on this desk's clock: the evening's marks
    // differ by the minute. A time without its zone (marks before zones were kept) as written.
    const QString t = QString::fromStdString(iso);
    const QDateTime when = QDateTime::fromString(t, Qt::ISODate);
    if (when.isValid() && when.timeSpec() != Qt::LocalTime)
        return when.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
    return t.size() >= 16 ? t.mid(5, 5) + QLatin1Char(' ') + t.mid(11, 5) : t;
}

QString oneLine(const std::string& text) {
    return QString::fromStdString(text).replace(QLatin1Char('\n'), QStringLiteral(" ¶ "));
}

}  // namespace

MarksPanel::MarksPanel(PageDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_list = new QTreeWidget;
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(Columns);
    m_list->setHeaderLabels({tr("Status"), tr("Kind"), tr("Story"), tr("Text"), tr("Asked"),
                             tr("Author"), tr("Time")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_showHints = new QCheckBox(tr("Show automatic hints"));
    m_showHints->setChecked(true);
    m_accept = new QPushButton(tr("Accept"));
    m_reject = new QPushButton(tr("Reject"));
    m_acceptAuthor = new QPushButton(tr("Accept all by author"));
    m_rejectAuthor = new QPushButton(tr("Reject all by author"));
    m_accept->setToolTip(tr("Apply the correction to the story (Ctrl+Enter)"));
    m_accept->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_accept, m_reject, m_acceptAuthor, m_rejectAuthor})
        buttons->addWidget(b);
    buttons->addStretch();
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("proofState"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_showHints);

    connect(m_accept, &QPushButton::clicked, this, &MarksPanel::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &MarksPanel::rejectSelected);
    connect(m_acceptAuthor, &QPushButton::clicked, this, [this] { reviewAllByAuthor(true); });
    connect(m_rejectAuthor, &QPushButton::clicked, this, [this] { reviewAllByAuthor(false); });
    connect(m_showHints, &QCheckBox::toggled, this, [this](bool on) {
        refresh();
        emit hintsVisible(on);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        emit markSelected(selectedMark());
    });
    connect(&m_document, &PageDocument::changed, this, &MarksPanel::refresh);
    refresh();
}

void MarksPanel::refresh() {
    const auto selected = selectedMark();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const layout::Document& d = m_document.document();
    m_header->setText(proofStateText(m_document));  // the round and the sign-off
    auto add = [&](const layout::ProofMark& m, bool hint) {
        auto* item = new QTreeWidgetItem;
        item->setText(Status, statusName(m));
        item->setText(Kind, kindName(m.kind));
        item->setText(Story, m_document.storyTitle(m.range.begin.story));
        item->setText(Text, oneLine(m.text));
        item->setText(Asked, noteText(m));
        item->setText(Author, hint ? tr("automatic") : QString::fromStdString(m.author));
        item->setText(Time, shortTime(m.created));
        item->setData(0, kIdRole, QString::fromStdString(m.id));
        if (!m.open()) {
            for (int c = 0; c < Columns; ++c) item->setForeground(c, QColor(0x80, 0x80, 0x80));
        } else if (!m.conflictsWith.empty()) {
            item->setForeground(Status, QColor(0xD0, 0x10, 0x10));
            item->setForeground(Kind, QColor(0xD0, 0x10, 0x10));
        } else {
            item->setForeground(Kind, hint ? QColor(0xE0, 0x70, 0x00) : QColor(0xD0, 0x10, 0x10));
        }
        m_list->addTopLevelItem(item);
        if (m.id == selected) item->setSelected(true);
    };
    for (const layout::ProofMark& mark : d.marks) add(mark, false);
    if (m_showHints->isChecked()) {
        for (const layout::ProofMark& hint : m_document.hints()) add(hint, true);
    }
    updateButtons();
}

std::pair<const layout::ProofMark*, bool> MarksPanel::selected() const {
    const auto id = selectedMark();
    if (!id) return {nullptr, false};
    if (const layout::ProofMark* mark = layout::findMark(m_document.document().marks, *id))
        return {mark, false};
    const layout::ProofMark* hint = layout::findMark(m_document.hints(), *id);
    return {hint, hint != nullptr};
}

void MarksPanel::updateButtons() {
    const auto [m, hint] = selected();
    m_accept->setEnabled(m && m->open());
    m_reject->setEnabled(m && m->status == layout::MarkStatus::Open);
    m_acceptAuthor->setEnabled(m && !hint);
    m_rejectAuthor->setEnabled(m && !hint);
}

void MarksPanel::selectMark(const std::string& mark) {
    const QString id = QString::fromStdString(mark);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, kIdRole).toString() == id) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

std::optional<std::string> MarksPanel::selectedMark() const {
    const auto items = m_list->selectedItems();
    if (items.isEmpty()) return std::nullopt;
    return items.front()->data(0, kIdRole).toString().toStdString();
}

void MarksPanel::acceptSelected() {
    const auto [mark, hint] = selected();
    if (!mark) return;
    // Copied: accepting changes the document (and its hints) the mark is in.
    const layout::ProofMark chosen = *mark;
    const auto error = hint ? acceptHint(m_document, chosen) : acceptMark(m_document, chosen.id);
    if (error) emit message(tr("Not accepted: %1").arg(*error));
}

void MarksPanel::rejectSelected() {
    const auto [mark, hint] = selected();
    if (!mark) return;
    const layout::ProofMark chosen = *mark;
    if (hint)
        rejectHint(m_document, chosen);
    else
        rejectMark(m_document, chosen.id);
}

void MarksPanel::reviewAllByAuthor(bool accept) {
    const auto [mark, hint] = selected();
    if (!mark || hint) return;
    const std::string author = mark->author;
    const QStringList refused = reviewAllBy(m_document, author, accept);
    if (!refused.isEmpty())
        emit message(tr("Not accepted: %1").arg(refused.join(QStringLiteral("; "))));
}

}  // namespace banmian::app
