#pragma once

#include <QWidget>
#include <optional>
#include <string>
#include <utility>

#include "layout/model/ProofMark.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace banmian::app {

class PageDocument;

/// The list of proof marks beside the page (校对标记): story, kind, text, what is asked, author,
/// time and status, then the automatic hints; a click shows the mark on the page. The editor
/// accepts or rejects the selected mark, or every open mark by its author; each is one undo
/// step, and reviewed marks stay in the list as the page's history.
class MarksPanel : public QWidget {
    Q_OBJECT

public:
    explicit MarksPanel(PageDocument& document, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    /// The header over the list: the round (校次) and the sign-off (签样).
    QLabel* header() const { return m_header; }
    /// Selects the row of the mark (or hint) of id `mark`.
    void selectMark(const std::string& mark);
    /// The id of the mark (or hint) selected.
    std::optional<std::string> selectedMark() const;

    void acceptSelected();
    void rejectSelected();
    void reviewAllByAuthor(bool accept);

signals:
    void markSelected(std::optional<std::string> mark);
    void hintsVisible(bool visible);
    /// Why a mark could not be accepted: for the status bar.
    void message(const QString& text);

private:
    void refresh();
    void updateButtons();
    // The mark selected, and whether it is a hint; null for none (or one gone by an undo).
    std::pair<const layout::ProofMark*, bool> selected() const;

    PageDocument& m_document;
    QTreeWidget* m_list;
    QLabel* m_header;
    QCheckBox* m_showHints;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_acceptAuthor;
    QPushButton* m_rejectAuthor;
};

}  // namespace banmian::app
