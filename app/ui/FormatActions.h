#pragma once

#include <QObject>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;

namespace banmian::app {

class PageDocument;
class PageView;

/// The Format menu (格式): a story block's frame and colours (FurnitureDialog), column rules
/// (分栏线) on the page, and the document's swatches (SwatchesDialog); each change one undo step.
class FormatActions : public QObject {
    Q_OBJECT

public:
    FormatActions(QMainWindow& window, PageDocument& document, PageView& view);

    QMenu* menu() const { return m_menu; }
    QAction* columnRulesAction() const { return m_columnRules; }

    /// Opens the frame and colour of the one story block selected; nothing when there is none.
    void editFurniture();
    void editSwatches();
    void setColumnRules(bool on);

private:
    // The one story block selected, by its index on the page.
    std::optional<std::size_t> selectedStoryBlock() const;
    void update();

    QMainWindow& m_window;
    PageDocument& m_document;
    PageView& m_view;
    QMenu* m_menu;
    QAction* m_furniture;
    QAction* m_columnRules;
};

}  // namespace banmian::app
