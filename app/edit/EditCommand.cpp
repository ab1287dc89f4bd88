#include "app/edit/EditCommand.h"

#include "app/edit/PageDocument.h"

namespace banmian::app {

EditCommand::EditCommand(PageDocument& document, const QString& name, layout::Document before,
                         layout::Document after)
    : QUndoCommand(name),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)) {}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey) return false;
    m_after = next->m_after;
    return true;
}

void EditCommand::rebase(const std::function<layout::Document(const layout::Document&)>& merge) {
    m_before = merge(m_before);
    m_after = merge(m_after);
}

void EditCommand::undo() {
    m_document.apply(m_before);
}

void EditCommand::redo() {
    m_document.apply(m_after);  // the first time it is already shown; composing again is cheap
}

}  // namespace banmian::app
