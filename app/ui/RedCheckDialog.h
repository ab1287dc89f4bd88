#pragma once

#include <QDialog>

#include "layout/proof/RedCheck.h"

class QTreeWidget;

namespace banmian::app {

class PageDocument;

/// 核红 (checking the red) in the window: each accepted correction — made, NOT MADE, changed
/// since — then what changed since the manuscript, from the engine's checkTheRed(), the same
/// function `banmian proof check` prints.
class RedCheckDialog : public QDialog {
    Q_OBJECT

public:
    explicit RedCheckDialog(const PageDocument& document, QWidget* parent = nullptr);

    /// What was found (what the lists show).
    const layout::RedCheck& result() const { return m_result; }
    QTreeWidget* corrections() const { return m_corrections; }
    QTreeWidget* changes() const { return m_changes; }

private:
    layout::RedCheck m_result;
    QTreeWidget* m_corrections;
    QTreeWidget* m_changes;
};

}  // namespace banmian::app
