#pragma once

#include <QObject>
#include <QString>
#include <optional>
#include <string>

class QAction;
class QMainWindow;
class QMenu;

namespace banmian::app {

class NewsroomActions;
class PageDocument;
class PageView;

/// The edition's stories and jumps from the window, on the newsroom page this window holds: a
/// story of the edition placed on it (Place Story from Edition…). Disabled on a read-only page, a
/// file, or a page signed off.
class EditionActions : public QObject {
    Q_OBJECT

public:
    EditionActions(QMainWindow& window, PageDocument& document, PageView& view,
                   NewsroomActions& newsroom);

    struct Actions {
        QAction* placeStory = nullptr;
    };
    /// Adds them to `menu`.
    Actions addTo(QMenu& menu);

    /// Places the edition's story `story` on the page where it is free, as one undo step (what
    /// the dialog's choice does); why not, if it cannot be.
    std::optional<QString> placeStory(const std::string& story);

private:
    void choosePlace();
    void updateEnabled();
    // Why the newsroom's page cannot be changed from here; nothing when it can.
    std::optional<QString> whyNot() const;

    QMainWindow& m_window;
    PageDocument& m_document;
    PageView& m_view;
    NewsroomActions& m_newsroom;
    Actions m_actions;
};

}  // namespace banmian::app
