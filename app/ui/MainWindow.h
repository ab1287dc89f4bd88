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
class PageDocument;
struct RecoveredPage;
class PageView;
class ProofActions;
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
    ProofActions* proof() const { return m_proof; }
    /// The status bar's copyfit of the selected block.
    QLabel* copyfitLabel() const { return m_copyfit; }

    /// The composed front page, or nothing when no fonts could be found for it (pageError()).
    const layout::PageLayout* page() const;
    std::optional<QString> pageError() const;
    const fonts::FontRegistry* fontRegistry() const;
    /// Writes the page as a print-ready PDF; the error, if any.
    std::optional<QString> exportPdf(const QString& path);
    /// Writes the page as a proof for review: its open marks and hints as PDF annotations (the
    /// print PDF never carries them); the error, if any.
    std::optional<QString> exportProof(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The page, or a message saying why there is none to print.
    const layout::PageLayout* pageToPrint();
    void printPage();
    void previewPage();
    void chooseExportFile();
    // What the plant would reject (layout::preflight), asked about before the print PDF is
    // written; whether to go on (nothing to reject, or the user insists).
    bool readyForPrint();
    void chooseProofFile();
    // The page as a print-ready PDF, or as a proof with its marks, written atomically.
    std::optional<QString> writePdf(const QString& path, bool proof);
    void createActions();
    void showSelectedStory();
    void chooseArticleFile();
    void openDocument();
    bool save();
    bool saveAs();
    void newPage();
    // Whether the unsaved changes, if any, may go (saved, or let go); asks.
    bool maySetAside();
    // Puts `path` first in Open Recent, or (`remember` false) takes it off.
    void rememberRecent(const QString& path, bool remember = true);
    void updateRecentMenu();
    void documentChanged();
    void updateCopyfit();
    void updateTitle();
    // One change to the stories, named; false and the reason in the status bar when refused.
    bool mendStories(const QString& name,
                     const std::function<std::optional<std::string>(layout::Document&)>& edit);
    void mendParagraph(StoryPreview::Mend mend, int paragraph);
    // The story editor on a story; its result one undo step.
    void editStory(std::size_t story);

    PageDocument* m_document;
    Autosave* m_autosave;
    StoryTableModel* m_model;
    QTableView* m_list;
    StoryPreview* m_preview;
    DiagnosticsPanel* m_notes;
    QLabel* m_summary;
    QLabel* m_copyfit;
    PageView* m_pageView;
    ProofActions* m_proof = nullptr;
    QMenu* m_recentMenu = nullptr;
    QString m_name;  // what the title calls the page
};

/// Tells that the last session did not close properly and what its recovery copy holds; asks
/// whether to restore it. A copy declined is deleted; one that cannot be read is said, kept and
/// set aside (false).
bool askToRestore(QWidget* parent, const RecoveredPage& page);

}  // namespace banmian::app
