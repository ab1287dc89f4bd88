#pragma once

#include <QObject>
#include <QString>
#include <optional>
#include <string>

#include "layout/model/Block.h"

class QAction;
class QMenu;
class QWidget;

namespace banmian::app {

class PageDocument;
class PageView;

/// The page's furniture in the window: Page → Masthead… edits the masthead's words and date, Page
/// → Add Ear puts a 报眼 beside its name, and a double-click on the masthead or an ear opens its
/// dialog. Each accepted dialog is one undo step; nothing changed adds none.
class FurnitureActions : public QObject {
    Q_OBJECT

public:
    FurnitureActions(QWidget& window, PageDocument& document, PageView& view);

    struct Actions {
        QAction* masthead;
        QAction* addEar;
    };
    Actions addTo(QMenu& menu);

    /// Makes `masthead` the page's, as one undo step; false when it is what the page has.
    bool changeMasthead(const layout::Masthead& masthead,
                        const std::optional<layout::Ink>& colour = std::nullopt);
    /// Adds a 报眼 with these words beside the masthead's name (layout::addEar), selected; refused
    /// with the block in the way said (message()). Its index when added.
    std::optional<std::size_t> addEar(const std::string& title, const std::string& text);
    /// The words of the ear `block`, as one undo step; false when unchanged.
    bool changeEar(std::size_t block, const std::string& title, const std::string& text);

    /// The dialogs, as the menu and a double-click open them.
    void editMasthead();
    void addEarWithDialog();
    void editEar(std::size_t block);
    /// A double-click on block `block`: the masthead's or the ear's dialog.
    void editBlock(std::size_t block);

signals:
    /// For the status bar: why an ear could not go beside the masthead.
    void message(const QString& text);

private:
    QWidget& m_window;
    PageDocument& m_document;
    PageView& m_view;
};

}  // namespace banmian::app
