#pragma once

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

#include "app/ui/DiagnosticsPanel.h"
#include "app/ui/StoryPreview.h"
#include "fonts/FontRegistry.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "layout/output/PageLayout.h"

class QTableView;
class QLabel;

namespace banmian::app {

class Autosave;
class ComposeActions;
class ExportActions;
class FileActions;
class FurnitureActions;
class NewsroomActions;
class PagePlanActions;
class EditionActions;
class PageDocument;
struct RecoveredPage;
class PageView;
class FormatActions;
class ProofActions;
class StoryMending;
class PhotoActions;
class StoryTableModel;

/// The designer's window: the front page in the middle, as it will print, with the hands to
/// rearrange it (PageView); the day's stories in a list on one side, the selected story's copy on
/// the other, below the page's findings and what the importer repaired or could not decide
/// (DiagnosticsPanel); the selected block's copyfit in the status bar. Every change is undoable;
/// closing with unsaved changes asks first.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Shows the stories of an article file's bytes, on a page composed for them; returns the
    /// error message when they cannot be read, and then keeps what was shown before.
    std::optional<QString> loadArticles(const QByteArray& bytes, const QString& name);
    /// loadArticles() on the built-in seed page.
    std::optional<QString> loadSeedPage();
    /// Opens a .banmian document, or imports an article file (loadArticles()).
    std::optional<QString> importFile(const QString& path);
    /// importFile() as the menus do it: a dialog saying what is wrong when the file cannot be
    /// used (and then the page shown stays as it was); whether it was opened.
    bool openFile(const QString& path);
    /// Shows a page recovered after a crash, with its unsaved changes, and drops the copy.
    void restore(const RecoveredPage& page);
    Autosave* autosave() const { return m_autosave; }
    /// Saves the page as a .banmian document; the error, if any.
    std::optional<QString> saveTo(const QString& path);

    PageDocument* document() const { return m_document; }
    StoryTableModel* storyModel() const { return m_model; }
    QTableView* storyList() const { return m_list; }
    StoryPreview* preview() const { return m_preview; }
    /// The page's findings and the importer's notes.
    DiagnosticsPanel* notes() const { return m_notes; }
    PageView* pageView() const { return m_pageView; }
    FormatActions* format() const { return m_format; }
    ProofActions* proof() const { return m_proof; }
    /// The status bar's copyfit of the selected block.
    QLabel* copyfitLabel() const { return m_copyfit; }

    /// The composed front page, or nothing when no fonts could be found for it (pageError()).
    const layout::PageLayout* page() const;
    std::optional<QString> pageError() const;
    const fonts::FontRegistry* fontRegistry() const;
    /// New, Open, Import, Open Recent, Save, Save As.
    FileActions* files() const { return m_files; }
    /// Export PDF, Export Proof, Print Preview and Print.
    ExportActions* exports() const { return m_exports; }
    /// Page → Masthead…, Add Ear; the masthead's and ears' dialogs.
    FurnitureActions* furniture() const { return m_furniture; }
    /// File → Import Photos…: the day's photos into the document and onto the page.
    PhotoActions* photos() const { return m_photos; }
    /// File → Open from Newsroom…: a page of the newsroom's edition, held or read-only, live.
    NewsroomActions* newsroom() const { return m_newsroom; }
    PagePlanActions* pagePlan() const { return m_pagePlan; }
    /// Page → Place Story from Edition…, Continue on Page…: the edition's stories and jumps.
    EditionActions* edition() const { return m_edition; }
    /// Edit → Auto-Compose the Page and Choose an Auto-Composed Layout…, on a worker thread.
    ComposeActions* compose() const { return m_compose; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    // Selects in the list, and shows, the story of the block selected on the page.
    void showStoryOfSelection();
    void showSelectedStory();
    void documentChanged();
    void updateCopyfit();
    void updateTitle();
    // Another page shown (FileActions::pageShown): its summary, its notes, the title, the list.
    void showPage(const QString& summary, const layout::ImportResult* imported);

    PageDocument* m_document;
    Autosave* m_autosave;
    FileActions* m_files;
    ExportActions* m_exports;
    PhotoActions* m_photos = nullptr;
    StoryTableModel* m_model;
    int m_rowBeforeChange = -1;  // the story list's current row while its stories change
    QTableView* m_list;
    StoryPreview* m_preview;
    DiagnosticsPanel* m_notes = nullptr;
    QLabel* m_summary;
    QLabel* m_copyfit;
    PageView* m_pageView;
    StoryMending* m_mending;
    FormatActions* m_format = nullptr;
    ProofActions* m_proof = nullptr;
    FurnitureActions* m_furniture = nullptr;
    ComposeActions* m_compose = nullptr;
    NewsroomActions* m_newsroom = nullptr;
    PagePlanActions* m_pagePlan = nullptr;
    EditionActions* m_edition = nullptr;
};

/// Tells that the last session did not close properly and what its recovery copy holds; asks
/// whether to restore it. A copy declined is deleted; one that cannot be read is said, kept and
/// set aside (false).
bool askToRestore(QWidget* parent, const RecoveredPage& page);

}  // namespace banmian::app
