#pragma once

#include <QListWidget>
#include <QTimer>
#include <vector>

#include "layout/base/Diagnostic.h"

namespace banmian::app {

class PageDocument;
class PageView;

/// Everything the window knows is wrong with the page or was done to its articles, in one list:
/// the page's findings (layout::preflight: what the text engine and the flow could not do — a
/// character no installed face has, overset — and the photos), then what the importer could not
/// decide and what it repaired; each with its severity's icon and its place. Found again a moment
/// after the page changes. A double-click on a finding in a block selects that block (or its
/// photo) on the page.
class DiagnosticsPanel : public QListWidget {
    Q_OBJECT

public:
    /// Where an item's block id and photo are kept (Qt::UserRole and the role after it).
    static constexpr int BlockRole = Qt::UserRole;
    static constexpr int PhotoRole = Qt::UserRole + 1;

    DiagnosticsPanel(PageDocument& document, PageView& view, QWidget* parent = nullptr);

    /// The importer's warnings and repairs of the articles shown; none for a page opened.
    void setImportNotes(std::vector<layout::Diagnostic> notes);
    /// Lists the page's findings as they are now (what the panel does after each change).
    void refresh();

private:
    // The place as the designer reads it: the story's headline or the block, the paragraph …
    QString placeOf(const layout::Diagnostic& diagnostic) const;
    void add(const layout::Diagnostic& diagnostic);
    void selectOnPage(QListWidgetItem* item);

    PageDocument& m_document;
    PageView& m_view;
    std::vector<layout::Diagnostic> m_import;
    QTimer m_later;  // the findings are looked for once a drag or a run of changes pauses
};

}  // namespace banmian::app
