#pragma once

#include <QUndoCommand>
#include <functional>
#include <string>

#include "layout/document/Document.h"

namespace banmian::app {

class PageDocument;

/// One change to the document, undone and redone exactly: the whole document before and after
/// (a page's blocks and a day's stories are a few dozen kilobytes, and a snapshot cannot forget a
/// field the way a hand-written inverse can).
class EditCommand : public QUndoCommand {
public:
    /// `after` is already applied (a finished drag, a dialog's change): the first redo() keeps it.
    EditCommand(PageDocument& document, const QString& name, layout::Document before,
                layout::Document after);

    void undo() override;
    void redo() override;

    /// Steps given the same non-empty key one after another make one undo step (the notches of
    /// one turn of the wheel scaling a photo): the first's before, the last's after.
    void setMergeKey(std::string key) { m_mergeKey = std::move(key); }
    int id() const override { return m_mergeKey.empty() ? -1 : kMergeable; }
    bool mergeWith(const QUndoCommand* other) override;

    /// Brings others' work into both pages it keeps (PageDocument::takeOthers()): undoing or
    /// redoing it then changes what it changed and nothing else.
    void rebase(const std::function<layout::Document(const layout::Document&)>& merge);

private:
    static constexpr int kMergeable = 1;
    PageDocument& m_document;
    layout::Document m_before, m_after;
    std::string m_mergeKey;
};

}  // namespace banmian::app
