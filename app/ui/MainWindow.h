#pragma once

#include <QMainWindow>
#include <optional>

#include "layout/import/ArticleImporter.h"

class QListWidget;
class QTableView;
class QLabel;

namespace banmian::app {

class StoryPreview;
class StoryTableModel;

/// The designer's window: the day's stories in a list, the selected story's copy in the middle
/// (where the page view will live), and what the importer repaired or could not decide below.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Shows the stories of an article file's bytes; returns the error message when they cannot
    /// be read, and then keeps what was shown before.
    std::optional<QString> loadArticles(const QByteArray& bytes, const QString& name);
    /// loadArticles() on a file.
    std::optional<QString> importFile(const QString& path);

    StoryTableModel* storyModel() const { return m_model; }
    QTableView* storyList() const { return m_list; }
    StoryPreview* preview() const { return m_preview; }
    QListWidget* notes() const { return m_notes; }

private:
    void createActions();
    void showSelectedStory();
    void chooseArticleFile();
    void showNotes(const layout::ImportResult& result);

    StoryTableModel* m_model;
    QTableView* m_list;
    StoryPreview* m_preview;
    QListWidget* m_notes;
    QLabel* m_summary;
};

}  // namespace banmian::app
