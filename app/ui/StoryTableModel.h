#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "layout/model/Story.h"

namespace banmian::app {

/// The imported stories as the story list shows them: kind, headline, reporters, paragraph and
/// character counts, and whether each is on the page — what a designer checks before placing copy.
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

    explicit StoryTableModel(QObject* parent = nullptr);

    /// Replaces the list with `stories`.
    void setStories(std::vector<layout::Story> stories);
    /// Which stories a block of the page shows (by story index).
    void setPlaced(std::vector<bool> placed);
    bool isPlaced(int row) const;
    const std::vector<layout::Story>& stories() const { return m_stories; }
    const layout::Story& story(int row) const {
        return m_stories.at(static_cast<std::size_t>(row));
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
    std::vector<layout::Story> m_stories;
    std::vector<bool> m_placed;
};

/// Text for display, from the engine's UTF-8.
inline QString qtText(const std::string& utf8) {
    return QString::fromStdString(utf8);
}

}  // namespace banmian::app
