#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;

namespace banmian::layout {
struct DayPhotosRead;
}

namespace banmian::app {

class ComposeActions;
class PageDocument;

/// What importing the day's photos did: nothing (`error`, and the page is as it was), or the
/// photos read and the page composing with them, with a `summary` for the status bar; `problems`
/// lists each file left out or to check, one line each.
struct PhotoImport {
    std::optional<QString> error;
    QString summary;
    QStringList problems;
};

/// File → Import Photos… (a folder, as the picture desk hands it in) and Import Photo Files…:
/// the photos read with their captions and credits, each given its story, kept in the document's
/// day's photos, and the page composed again with them as Edit → Auto-Compose does, on its
/// worker (ComposeActions::composeWith) — all one undo step when the search ends, so that Undo
/// gives back both the photos and the page as they were.
class PhotoActions : public QObject {
    Q_OBJECT

public:
    PhotoActions(QMainWindow& window, PageDocument& document, ComposeActions& compose);

    /// Adds Import Photos… and Import Photo Files… to `file`; the first.
    QAction* addTo(QMenu& file);

    /// Takes the photos in `folder` into the page (one undo step, once composed).
    PhotoImport importFolder(const QString& folder);
    /// Takes the photos `files` into the page (one undo step, once composed).
    PhotoImport importFiles(const QStringList& files);
    /// importFolder() as the menu does it: an error or the files left out said in a dialog, the
    /// summary in the status bar (`banmian FILE --photos DIR`).
    void importFolderShown(const QString& folder);

private:
    void chooseFolder();
    void chooseFiles();
    PhotoImport take(layout::DayPhotosRead read, const QString& from);
    // The import's outcome where the designer sees it: a dialog for an error or for files left
    // out, the summary in the status bar.
    void show(const PhotoImport& import);

    QMainWindow& m_window;
    PageDocument& m_document;
    ComposeActions& m_compose;
};

}  // namespace banmian::app
