#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "app/edit/FileLock.h"
#include "layout/colour/SoftProof.h"
#include "layout/document/Document.h"
#include "layout/output/PageLayout.h"
#include "layout/pipeline/PageComposer.h"
#include "layout/proof/KnownMistakes.h"

class QUndoStack;

namespace banmian::app {

/// The page being made: the document (stories, styles, page), its composition (by the engine's
/// PageComposer, as the command composes), the file it lives in, and the undo stack of every
/// change made to it. Views show layout() and listen to changed(); every change goes through
/// apply() by an undo command, or through preview() while a drag is under way.
class PageDocument : public QObject {
    Q_OBJECT

public:
    explicit PageDocument(QObject* parent = nullptr);
    ~PageDocument() override;

    const layout::Document& document() const { return m_document; }
    const layout::Page& page() const { return m_document.page; }
    /// The page composed, or nothing when it cannot be (error() says why).
    const layout::PageLayout* layout() const { return m_layout ? &*m_layout : nullptr; }
    const std::optional<QString>& error() const { return m_error; }
    const fonts::FontRegistry& registry() const { return m_composer.registry(); }
    /// How the page's colours look printed with the document's output profile (its print
    /// settings'), for the screen; none without one, or while it cannot be read (the painter
    /// then shows newsprint's default).
    std::shared_ptr<const layout::SoftProof> softProof() const { return m_proof; }
    /// What composes the page; what auto-composes one and exports it, too.
    layout::PageComposer& composer() { return m_composer; }
    /// What the automatic proof checks find in the stories now and no one decided on yet (found
    /// again when the stories or the marks change).
    const std::vector<layout::ProofMark>& hints() const { return m_hints; }
    /// The newsroom's known mistakes the hints look for besides the common slips: the list set in
    /// the settings (newsroomListPath()), then the list beside the page's file
    /// (known-mistakes.txt), whose entries win; read when a page is opened or saved elsewhere, or
    /// the settings' list is changed (reloadKnownMistakes()).
    const std::vector<layout::KnownMistake>& knownMistakes() const { return m_knownMistakes; }
    /// Reads the lists again and finds the hints with them.
    void reloadKnownMistakes();

    /// Why `document` cannot be composed on this machine — a font its styles need is not
    /// installed (and the package that has it) — or nothing. Asked before it replaces the page
    /// shown, so that a page that cannot be shown never takes the place of one that can.
    std::optional<QString> missingFonts(const layout::Document& document) const;

    /// Counts every change to the document (an edit, a drag's step, an undo, another page): work
    /// done on a copy of it elsewhere (auto-compose's worker) is for the document only while
    /// this is what it was when the copy was taken.
    std::uint64_t revision() const { return m_revision; }

    /// Who marks and reviews in this window (校对人), signing each mark: one window's, so that
    /// two proofreaders at one machine sign their own; a window starts with the name set last
    /// (proofreaderName()).
    const QString& proofreader() const { return m_proofreader; }
    /// Sets this window's proofreader, and the name the next window starts with.
    void setProofreader(const QString& name);

    QUndoStack* undoStack() const { return m_undo; }
    /// The .banmian file it was opened from or saved to; empty for imported articles not yet
    /// saved.
    const QString& path() const { return m_path; }
    bool isModified() const;

    /// Starts afresh with `document` (New, Open, Import), forgetting the undo history. Its page is
    /// shown as it is: a page without blocks stays empty (auto-composing is asked for, never
    /// inferred). `lock` is the file's, when the caller took it already.
    void reset(layout::Document document, const QString& path,
               std::unique_ptr<FileLock> lock = nullptr);
    /// reset() with a page recovered after a crash: its changes were never saved, so it starts
    /// modified (and the first Save asks where, when it has no file).
    void restore(layout::Document document, const QString& path);
    /// Saves to `path` (temporary file, then rename); the error, if any. Another path than the
    /// page's own is locked first: a page another window holds is not overwritten.
    std::optional<QString> save(const QString& path);
    /// Locks the page's file (after reset() from a file); the message saying who holds it when
    /// another window does.
    std::optional<QString> lockFile();

    /// Makes `document` the current one and composes it (what undo commands call). Refused (false,
    /// said by notice()) when the page is signed off and `document` differs from it.
    bool apply(const layout::Document& document);
    /// Shows `page` composed, without an undo step: the steps of a drag. Refused while signed off.
    void preview(const layout::Page& page);
    /// Records the change from `before` to the current document as one undo step named `name`;
    /// nothing while signed off.
    void commit(const QString& name, const layout::Document& before);
    /// apply() + commit(): one named change. A change to the stories' text that leaves the proof
    /// marks as they were (an edit that knows nothing of marks) has them follow their text; one
    /// that changes marks too (accepting a correction) moved them itself. False when refused: the
    /// page is signed off (签样), and notice() said so.
    bool change(const QString& name, const layout::Document& after);

    /// Why the page cannot be changed now — it is signed off (签样): "This page is signed off
    /// (张三 22:41): lift the sign-off before changing it" — or nothing.
    std::optional<QString> frozen() const;
    /// Freezes the page as a signed one is, for another reason (a newsroom page another window
    /// holds: "read-only: page 3 is held by 王五"), or lets it be changed again (nothing).
    void setReadOnly(std::optional<QString> why);
    /// Shows others' work on a newsroom page brought into this one (mergeOthers()): the page
    /// reflows. Not an undo step, and the page stays as modified as it was: it is others' work,
    /// saved already. `rebase` brings the same work into every page the undo history keeps
    /// (mergeOthers() over each), so that undoing a step made before it takes back that step
    /// only, never others' text or marks.
    void takeOthers(layout::Document merged,
                    const std::function<layout::Document(const layout::Document&)>& rebase = {});
    /// Signs the page off or lifts its sign-off (`after`: the document with the event added),
    /// past the freeze. Not an undo step: a signature is a record — an editor expects Undo
    /// neither to erase it nor to step back past it into the page before it was signed (which
    /// would change a signed page), so the undo history is closed there (cleared), and a
    /// signature is taken back only by lifting it, which is recorded too. The page is left
    /// modified, to be saved.
    void record(const layout::Document& after);

    /// What a block shows, for naming it in messages and undo steps: its story's title, or the
    /// masthead, the folio.
    QString storyName(std::size_t block) const;
    /// A story by its headline (else its kicker, else its first words), quoted.
    QString storyTitle(const std::string& story) const;
    /// Why `what` was not put where it would cover block `inTheWay`.
    QString refusal(const QString& what, std::size_t inTheWay) const;

signals:
    /// The composition changed: redraw.
    void changed();
    /// The stories are about to change (a story split or merged, edited, undone; another page),
    /// and have changed: what lists them lays itself out again. Before changed().
    void storiesAboutToChange();
    void storiesChanged();
    /// What the designer should know about the page's folder: a list of known mistakes beside
    /// it that is not one (the hints go on without it).
    void notice(const QString& message);

private:
    // Makes `document` the current one, saying so around it when its stories differ.
    void setDocument(layout::Document document, bool storiesDiffer);
    // Whether the page is signed off, saying so by notice() when it is.
    bool refuseWhenFrozen();
    // Reads the newsroom's list beside m_path; says why it cannot.
    void readKnownMistakes();
    void compose();

    layout::Document m_document;
    // mutable: missingFonts() resolves another document's styles with the page's fonts.
    mutable layout::PageComposer m_composer;
    std::optional<layout::PageLayout> m_layout;
    std::shared_ptr<const layout::SoftProof> m_proof;
    std::string m_proofProfile;              // the profile path m_proof was made for
    std::vector<layout::ProofMark> m_hints;  // of m_document's stories and marks
    std::vector<layout::KnownMistake> m_knownMistakes;
    std::optional<QString> m_error;
    QUndoStack* m_undo;
    QString m_path;
    QString m_proofreader;
    std::unique_ptr<FileLock> m_lock;   // of m_path
    std::optional<QString> m_readOnly;  // why, when the page is read-only here
    std::uint64_t m_revision = 0;
};

}  // namespace banmian::app
