#pragma once

#include <QWidget>

#include "layout/document/Document.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace banmian::app {

class PageDocument;
class PageView;

/// The selected block's properties — columns, lines, text columns, headline size and face, the
/// credit line, its story's language, box, photo and its file — and the page's size and grid,
/// beside the page. Every change is one named undo step; a change the page refuses (a block grown
/// over another) is said in the status bar and the field shows what is.
class PropertiesPanel : public QWidget {
    Q_OBJECT

public:
    PropertiesPanel(PageDocument& document, PageView& view, QWidget* parent = nullptr);

    QSpinBox* columns() const { return m_columns; }
    QSpinBox* lines() const { return m_lines; }
    QDoubleSpinBox* headlineSize() const { return m_headlineSize; }
    /// The 号 sizes to choose the headline's from.
    QToolButton* headlineHao() const { return m_headlineHao; }
    /// Basic columns the headline spans (Block::headColumns); 0: the block's whole width.
    QSpinBox* headColumns() const { return m_headColumns; }
    QComboBox* headlineFont() const { return m_headlineFont; }
    QLineEdit* byline() const { return m_byline; }
    /// The story's written form: 简体, 繁體（台灣）, 繁體（香港） (its faces and punctuation).
    QComboBox* language() const { return m_language; }
    /// The body's lines: 横排 or 竖排; the head: across the top, or a 竖题 at the right or left.
    QComboBox* bodyDirection() const { return m_bodyDirection; }
    QComboBox* headSide() const { return m_headSide; }
    QCheckBox* boxed() const { return m_boxed; }
    QCheckBox* photo() const { return m_photo; }
    /// The photo's file name (in red when it cannot be read), and the button to choose another.
    QLabel* photoFile() const { return m_photoFile; }
    QPushButton* choosePhoto() const { return m_choosePhoto; }

signals:
    void message(const QString& text);
    /// A photo was put in a frame: what the page's findings say of it is wanted now, not in a
    /// moment.
    void photoPlaced();

private:
    // Shows the selection's and the page's values, without sending them back as changes.
    void refresh();
    // The block selected alone, if one is.
    std::optional<std::size_t> selectedBlock() const;
    void resize();
    void changeBlock(const QString& name, const std::function<void(layout::Block&)>& edit);
    void changeByline();
    void changeLanguage();
    void changePhoto(bool on);
    // Asks for the photo file of the selected block's frame; one that cannot go into the print
    // PDF is refused with the reason, and the frame keeps what it had. One placed RGB, or under
    // the document's resolutions where it prints, is said at once in the status bar.
    void choosePhotoFile();

    PageDocument& m_document;
    PageView& m_view;
    QGroupBox* m_blockGroup;
    QLabel* m_story;
    QSpinBox* m_columns;
    QSpinBox* m_lines;
    QSpinBox* m_textColumns;
    QDoubleSpinBox* m_headlineSize;
    QToolButton* m_headlineHao;
    QSpinBox* m_headColumns;
    QComboBox* m_headlineFont;
    QLineEdit* m_byline;
    QComboBox* m_language;
    QComboBox* m_bodyDirection;
    QComboBox* m_headSide;
    QCheckBox* m_boxed;
    QCheckBox* m_photo;
    QLabel* m_photoFile;
    QPushButton* m_choosePhoto;
    QLabel* m_page;
};

}  // namespace banmian::app
