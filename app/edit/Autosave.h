#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <vector>

#include "layout/document/Document.h"

namespace banmian::app {

class PageDocument;

/// A page found in the recovery folder, left by a session that did not close properly.
struct RecoveredPage {
    QString file;          ///< the recovery copy (a .banmian document)
    QString originalPath;  ///< the document it was a copy of; empty for a page never saved
    QString name;          ///< what the window called it
    QDateTime savedAt;
    layout::Document document;
    QString damage;  ///< why the copy cannot be read (and `document` is empty); empty when it can
};

/// Keeps a recovery copy of the open page while it has unsaved changes: after every few changes
/// and every minute, written on a worker thread (the window never waits on the disk), atomically
/// (temporary file, flush, rename). Saving the page, or closing it on purpose, removes the copy; a
/// crash or a kill leaves it for the next start to offer back.
class Autosave : public QObject {
    Q_OBJECT

public:
    /// The folder: $BANMIAN_RECOVERY_DIR, else the app's data folder's "recovery".
    static QString defaultFolder();

    Autosave(PageDocument& document, const QString& folder, QObject* parent = nullptr);
    ~Autosave() override;

    /// What the page is called in the recovery notice (the window's title name).
    void setName(const QString& name) { m_name = name; }
    /// Writes the copy now (on the worker), if there are unsaved changes.
    void saveNow();
    /// Removes the copy: the page was saved, or closed on purpose.
    void discard();
    /// Waits for the worker to finish what it was given (tests, and quitting).
    void waitForWrites();
    /// Changes between two copies; the interval is a minute.
    static constexpr int kChangesPerCopy = 5;

    /// The recovery copies in `folder` whose session is no longer running, newest first; one
    /// that cannot be read comes with its `damage`.
    static std::vector<RecoveredPage> leftBehind(const QString& folder);
    /// Deletes a recovery copy once restored or declined.
    static void remove(const RecoveredPage& page);
    /// Keeps a copy that cannot be read for a person to look at, and stops offering it (its notes
    /// renamed to <pid>.json.unreadable).
    static void setAside(const RecoveredPage& page);

signals:
    /// A copy could not be written (a read-only or full disk): the work is not protected against
    /// a crash until one can, and the person must know. Sent again when the reason changes, and
    /// `message` empty when a copy is written once more.
    void failed(const QString& message);
    /// A copy of the unsaved changes is being taken: what keeps one elsewhere too (a newsroom
    /// page's autosave in the store) takes it now.
    void copying();

private:
    void changed();

    PageDocument& m_document;
    QString m_folder;
    QString m_base;  // folder/<pid>: the copy is <base>.banmian, its notes <base>.json
    QString m_name;
    QTimer m_timer;
    QThreadPool m_writer;  // one thread: copies are written in order
    int m_changes = 0;
    QString m_failure;  // the last copy's error, on the GUI thread; empty when it was written
};

}  // namespace banmian::app
