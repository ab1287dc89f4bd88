#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

#include "layout/model/MastheadDate.h"

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace banmian::app {

class FileActions;
class NewsroomActions;
class PageDocument;
class PagePlanPanel;
struct PlanPageAddress;

/// The page plan (版面规划) in the window: a panel docked beside the stories, opened from File (an
/// edition in the newsroom's database or in a folder) and shown by itself for the edition of the
/// page opened; a page picked in it opens in the window, as a newsroom page or as its folder's
/// file.
class PagePlanActions : public QObject {
    Q_OBJECT

public:
    PagePlanActions(QMainWindow& window, PageDocument& document, FileActions& files,
                    NewsroomActions& newsroom);

    /// Adds Page Plan from Newsroom… and Page Plan of a Folder… to `file` before `before`, and
    /// the panel's switch to `view`.
    void addTo(QMenu& file, QAction* before, QMenu& view);

    PagePlanPanel* panel() const { return m_panel; }
    /// Shows the plan of the newsroom's edition at `url` of `date`; the error, if any.
    std::optional<QString> showNewsroomPlan(const QString& url, const layout::CalendarDate& date);
    /// Shows the plan of the edition in `folder`; the error, if any.
    std::optional<QString> showFolderPlan(const QString& folder);

private:
    void chooseNewsroom();
    void chooseFolder();
    void open(const PlanPageAddress& address);
    // A page was opened in the window: the plan shows its edition, when it belongs to one.
    void followOpened();
    void showPanel();

    QMainWindow& m_window;
    PageDocument& m_document;
    FileActions& m_files;
    NewsroomActions& m_newsroom;
    PagePlanPanel* m_panel;
    QDockWidget* m_dock;
    // The edition of the page opened while the panel was hidden: read when it is shown.
    std::function<void()> m_pending;
};

}  // namespace banmian::app
