#pragma once

#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

#include "app/edit/EditionPlan.h"

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace banmian::app {

class PageDocument;

/// The page plan (版面规划): every page of the edition drawn small, in order, each with its
/// number and section, its state (排版中, 一校 …, 签版, 已付印), who holds it, how its stories
/// fit and its open marks; a page double-clicked (or Enter) opens in the window. It follows the
/// edition as others work: each change read again, the page as the window would open it.
class PagePlanPanel : public QWidget {
    Q_OBJECT

public:
    explicit PagePlanPanel(PageDocument& document, QWidget* parent = nullptr);
    ~PagePlanPanel() override;

    /// Shows the plan of `source`'s edition from now on (the one before let go).
    void showEdition(std::unique_ptr<EditionPlanSource> source);
    /// The edition shown; null when none.
    EditionPlanSource* source() const { return m_source.get(); }
    /// The pages as read last.
    const std::vector<PlanPage>& pages() const { return m_pages; }
    /// Reads the edition again now (a change heard is read after a short pause, gathering those
    /// that come together).
    void reload();

signals:
    /// A page was asked for (double-click, Enter).
    void openRequested(const PlanPageAddress& address);
    /// What the status bar should say.
    void status(const QString& message);

private:
    void fill();
    void open(QListWidgetItem* item);

    PageDocument& m_document;
    std::unique_ptr<EditionPlanSource> m_source;
    std::vector<PlanPage> m_pages;
    QLabel* m_summary;
    QListWidget* m_list;
    QTimer m_soon;
};

}  // namespace banmian::app
