#pragma once

#include <QUndoCommand>

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

private:
    PageDocument& m_document;
    layout::Document m_before, m_after;
};

}  // namespace banmian::app
