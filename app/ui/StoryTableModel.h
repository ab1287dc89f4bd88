#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "layout/model/Story.h"

namespace banmian::app {

class PageDocument;

/// The open page's stories as the story list shows them: kind, headline, reporters, paragraph and
/// character counts, and whether a block of the page shows each — what a designer checks before
/// placing copy. It reads the page itself (no copy of the stories to fall out of step): the list
/// is laid out again when the stories change, its Placed column when the page does.
class StoryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        HeadlineColumn,
        ReportersColumn,
        ParagraphsColumn,
        CharactersColumn,
        PlacedColumn,
        ColumnCount
    };

    StoryTableModel(const PageDocument& document, QObject* parent = nullptr);

    /// Whether a block of the page shows the story of `row`.
    bool isPlaced(int row) const;
    const std::vector<layout::Story>& stories() const;
    const layout::Story& story(int row) const {
        return stories().at(static_cast<std::size_t>(row));
    }

    /// A story dragged from the list carries its index under this type.
    static QString mimeType();

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const PageDocument& m_document;
};

/// Text for display, from the engine's UTF-8.
inline QString qtText(const std::string& utf8) {
    return QString::fromStdString(utf8);
}

}  // namespace banmian::app
