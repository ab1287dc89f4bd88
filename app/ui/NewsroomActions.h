#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "app/edit/NewsroomPage.h"

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace banmian::app {

class Autosave;
class FileActions;
class PageDocument;

/// A page of the newsroom's edition in the window (File → Open from Newsroom…, or `banmian --db
/// URL --date D --page N`): held while open, or read-only when another window holds it; saved
/// into the edition; others' marks, text, rounds and sign-offs brought in as they are made,
/// without the window's unsaved layout lost. Another page opened lets the newsroom page go.
class NewsroomActions : public QObject {
    Q_OBJECT

public:
    NewsroomActions(QMainWindow& window, PageDocument& document, FileActions& files,
                    Autosave& autosave);
    ~NewsroomActions() override;

    /// Adds Open from Newsroom… to `file`.
    QAction* addTo(QMenu& file);

    /// Opens page `address` in the window; the error, if any (and then the page shown stays).
    std::optional<QString> openPage(const NewsroomAddress& address);
    /// openPage() as the menu does it: a dialog saying what is wrong; whether it was opened.
    bool openPageShown(const NewsroomAddress& address);

    /// The newsroom page open, or null when the window shows a file.
    NewsroomPage* page() const { return m_page.get(); }
    /// Why the page is read-only here, for the window's title; nothing when it is not.
    std::optional<QString> readOnly() const;
    /// Gives the page back (the window closes).
    void letGo();
    /// The status bar's word that the page is read-only, and who holds it.
    QLabel* readOnlyLabel() const { return m_label; }

    /// Writes the page into the edition (File → Save, and a jump made to another page, so that
    /// both parts stand in the edition at once); whether it was saved (if not, a dialog said why).
    bool save();

signals:
    /// The page's read-only state changed: the title says it again.
    void stateChanged();

private:
    void chooseAndOpen();
    // Others changed the page: their parts brought in.
    void takeOthers(const layout::StoredPage& pulled);
    void leaseLost(const QString& why);
    // The window shows another page than the newsroom's (a file opened, a new page): let it go.
    void checkStillShown();
    void showState();

    QMainWindow& m_window;
    PageDocument& m_document;
    FileActions& m_files;
    std::unique_ptr<NewsroomPage> m_page;
    // The page as this window last read it from the store or wrote it there: what tells others'
    // changes from its own.
    layout::Document m_base;
    QLabel* m_label;
};

}  // namespace banmian::app
