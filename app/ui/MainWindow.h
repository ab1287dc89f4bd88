#pragma once

#include <QMainWindow>
#include <memory>
#include <optional>

#include "fonts/FontRegistry.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "layout/page/PageLayout.h"
#include "layout/text/Typesetter.h"

class QListWidget;
class QTableView;
class QLabel;

namespace banmian::app {

class PageView;
class StoryPreview;
class StoryTableModel;

/// The designer's window: the front page in the middle, as it will print; the day's stories in
/// a list on one side, the selected story's copy on the other, and below what the importer
/// repaired or could not decide.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Shows the stories of an article file's bytes; returns the error message when they cannot
    /// be read, and then keeps what was shown before.
    std::optional<QString> loadArticles(const QByteArray& bytes, const QString& name);
    /// loadArticles() on the built-in seed page.
    std::optional<QString> loadSeedPage();
    /// loadArticles() on a file.
    std::optional<QString> importFile(const QString& path);

    StoryTableModel* storyModel() const { return m_model; }
    QTableView* storyList() const { return m_list; }
    StoryPreview* preview() const { return m_preview; }
    QListWidget* notes() const { return m_notes; }
    PageView* pageView() const { return m_pageView; }

    /// The front page of the stories shown: the opened document's, or one auto-composed from the
    /// imported articles. Nothing when no fonts could be found for it (the message says why).
    const layout::PageLayout* page();
    /// The error met composing the page, if any.
    const std::optional<QString>& pageError() const { return m_pageError; }
    /// The faces the page is set in (after page()).
    const fonts::FontRegistry* fontRegistry() const { return m_registry.get(); }
    /// Writes the page as a print-ready PDF; the error, if any.
    std::optional<QString> exportPdf(const QString& path);

private:
    // The page, or a message saying why there is none to print.
    const layout::PageLayout* pageToPrint();
    void printPage();
    void previewPage();
    void chooseExportFile();
    // The stories changed: the page is composed again when next asked for.
    void setDocument(layout::Document document);
    void createActions();
    void showSelectedStory();
    void chooseArticleFile();
    void showNotes(const layout::ImportResult& result);

    StoryTableModel* m_model;
    QTableView* m_list;
    StoryPreview* m_preview;
    QListWidget* m_notes;
    QLabel* m_summary;
    PageView* m_pageView;

    layout::Document m_document;
    std::unique_ptr<fonts::FontRegistry> m_registry;  // made when a page is first composed
    std::unique_ptr<layout::Typesetter> m_typesetter;
    std::optional<layout::PageLayout> m_page;
    std::optional<QString> m_pageError;
};

}  // namespace banmian::app
