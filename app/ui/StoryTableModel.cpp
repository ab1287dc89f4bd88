#include "app/ui/StoryTableModel.h"

#include <QMimeData>
#include <QStringList>

#include "app/edit/PageDocument.h"
#include "app/view/PageView.h"

namespace banmian::app {

StoryTableModel::StoryTableModel(const PageDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(&document, &PageDocument::storiesAboutToChange, this,
            &StoryTableModel::beginResetModel);
    connect(&document, &PageDocument::storiesChanged, this, &StoryTableModel::endResetModel);
    connect(&document, &PageDocument::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, PlacedColumn), index(rowCount() - 1, PlacedColumn));
    });
}

const std::vector<layout::Story>& StoryTableModel::stories() const {
    return m_document.document().stories;
}

QString StoryTableModel::mimeType() {
    return PageView::storyMimeType();
}

Qt::ItemFlags StoryTableModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) |
           (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList StoryTableModel::mimeTypes() const {
    return {mimeType()};
}

QMimeData* StoryTableModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty()) return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), QByteArray::fromStdString(story(indexes.front().row()).id));
    data->setText(qtText(story(indexes.front().row()).headline));
    return data;
}

bool StoryTableModel::isPlaced(int row) const {
    const std::string& id = story(row).id;
    for (const layout::Block& block : m_document.page().blocks) {
        if (block.story == id) return true;
    }
    return false;
}

int StoryTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(stories().size());
}

int StoryTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const layout::Story& s = story(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= ParagraphsColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == HeadlineColumn) {
        QStringList parts;
        if (!s.kicker.empty()) parts << tr("Kicker: %1").arg(qtText(s.kicker));
        parts << tr("Headline: %1").arg(qtText(s.headline));
        if (!s.subtitle.empty()) parts << tr("Subtitle: %1").arg(qtText(s.subtitle));
        return parts.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case KindColumn:
            return s.kind == layout::StoryKind::Sidebar ? tr("Sidebar") : tr("Article");
        case HeadlineColumn:
            return s.headline.empty() ? tr("(no headline)") : qtText(s.headline);
        case ReportersColumn: {
            QStringList names;
            for (const std::string& name : s.people()) names << qtText(name);
            return names.join(QStringLiteral("、"));
        }
        case ParagraphsColumn:
            return static_cast<qulonglong>(s.paragraphs.size());
        case CharactersColumn:
            return static_cast<qulonglong>(s.characterCount());
        case PlacedColumn:
            return isPlaced(index.row()) ? tr("On the page") : tr("Not placed");
        default:
            return {};
    }
}

QVariant StoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case KindColumn:
            return tr("Kind");
        case HeadlineColumn:
            return tr("Headline");
        case ReportersColumn:
            return tr("Reporters");
        case ParagraphsColumn:
            return tr("Paragraphs");
        case CharactersColumn:
            return tr("Characters");
        case PlacedColumn:
            return tr("Placed");
        default:
            return {};
    }
}

}  // namespace banmian::app
