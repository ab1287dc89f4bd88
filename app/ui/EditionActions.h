#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <string>

class QAction;
class QMainWindow;
class QMenu;

namespace banmian::app {

class EditionLink;
class FileActions;
class NewsroomActions;
class PageDocument;
class PageView;

/// The edition's stories and jumps from the window, on the page of an edition this window holds
/// (from the newsroom, or a page file of an edition's folder): a story of the edition placed on
/// it (Place Story from Edition…), and the selected story continued on another page of the
/// edition (Continue on Page…, 转版). Both disabled on a read-only page, a page of no edition, or
/// a page signed off.
class EditionActions : public QObject {
    Q_OBJECT

public:
    EditionActions(QMainWindow& window, PageDocument& document, PageView& view,
                   NewsroomActions& newsroom, FileActions& files);

    struct Actions {
        QAction* placeStory = nullptr;
        QAction* continueOnPage = nullptr;
    };
    /// Adds both to `menu`.
    Actions addTo(QMenu& menu);

    /// Places the edition's story `story` on the page where it is free, as one undo step (what
    /// the dialog's choice does); why not, if it cannot be.
    std::optional<QString> placeStory(const std::string& story);
    /// Continues the story of block `block` on page `page` (转版): that page held for the
    /// change, a block for the continuation put where it is free there, both jump lines made,
    /// that page saved and given back; this page shows （下转第N版） as one undo step. Why not, if
    /// it cannot be (the page held by another, no free place there …).
    std::optional<QString> continueOnPage(const std::string& block, int page);

private:
    void choosePlace();
    void chooseContinue();
    void updateEnabled();
    // Why the page cannot be changed from here (no edition's page, another holds it, signed
    // off); nothing when it can.
    std::optional<QString> whyNot() const;
    // The edition of the page shown: the newsroom's, or its folder's; null when none.
    std::unique_ptr<EditionLink> link() const;
    // Saves the page shown where it belongs (into the edition, or its file).
    bool saveHere();
    // The one story block selected, if that is what is selected.
    std::optional<std::string> selectedStoryBlock() const;

    QMainWindow& m_window;
    PageDocument& m_document;
    PageView& m_view;
    NewsroomActions& m_newsroom;
    FileActions& m_files;
    Actions m_actions;
};

}  // namespace banmian::app
