#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QAction;
class QByteArray;
class QMainWindow;
class QMenu;

namespace banmian::layout {
struct ImportResult;
}

namespace banmian::app {

class Autosave;
class PageDocument;
struct RecoveredPage;

/// The file side of the window: File → New Page, Open, Import Articles, Open Recent, Save and Save
/// As; a file dropped on the page; a page recovered after a crash; the question before unsaved
/// changes are let go. A page open is locked against other windows (FileLock); what cannot be
/// opened leaves the page shown as it was.
class FileActions : public QObject {
    Q_OBJECT

public:
    FileActions(QMainWindow& window, PageDocument& document, Autosave& autosave);

    /// The items that go on the toolbar too.
    struct Actions {
        QAction* newPage = nullptr;
        QAction* open = nullptr;
        QAction* import = nullptr;
        QAction* save = nullptr;
    };
    /// Adds New Page, Open, Import Articles, Open Recent, Save and Save As to `file`.
    Actions addTo(QMenu& file);

    /// What the window's title calls the page: its file's name, the article file's, or nothing
    /// (Untitled).
    const QString& name() const { return m_name; }

    /// Shows the stories of an article file's bytes on a page composed for them (the designer
    /// asked for it by importing); the error message when they cannot be read, and then the page
    /// shown stays.
    std::optional<QString> loadArticles(const QByteArray& bytes, const QString& name);
    /// loadArticles() on the built-in seed page.
    std::optional<QString> loadSeedPage();
    /// Opens a .banmian document, or imports an article file (loadArticles()).
    std::optional<QString> importFile(const QString& path);
    /// importFile() as the menus do it: a dialog saying what is wrong when the file cannot be
    /// used; whether it was opened.
    bool openFile(const QString& path);
    /// Shows a page recovered after a crash, with its unsaved changes, and drops the copy.
    void restore(const RecoveredPage& page);
    /// Saves the page as a .banmian document; the error, if any.
    std::optional<QString> saveTo(const QString& path);
    /// Whether the unsaved changes, if any, may go (saved, or let go); asks.
    bool maySetAside();
    /// A page shown that another part of the window opened (a newsroom page), called `name`.
    void showOpened(const QString& name, const QString& summary);
    /// What Save does instead of writing the page's file (a newsroom page is pushed into its
    /// edition); whether it was saved. Empty: the file.
    void setSaveElsewhere(std::function<bool()> save) { m_saveElsewhere = std::move(save); }

    /// File → Save: the page written to its file (Save As… asked when it has none), or pushed
    /// where setSaveElsewhere() says; whether it was saved (if not, a dialog said why).
    bool save();

signals:
    /// Another page is shown: `summary` says what it holds; `imported` the import's result when
    /// it came from an article file (its notes), else null.
    void pageShown(const QString& summary, const layout::ImportResult* imported);
    /// The page's name changed (saved under another, or a new page).
    void nameChanged();

private:
    void newPage();
    void openDocument();
    void chooseArticleFile();
    bool saveAs();
    // Puts `path` first in Open Recent, or (`remember` false) takes it off.
    void rememberRecent(const QString& path, bool remember = true);
    void updateRecentMenu();

    QMainWindow& m_window;
    PageDocument& m_document;
    Autosave& m_autosave;
    QMenu* m_recentMenu = nullptr;
    QString m_name;
    std::function<bool()> m_saveElsewhere;
};

}  // namespace banmian::app
