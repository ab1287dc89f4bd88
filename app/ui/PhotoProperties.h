#pragma once

#include <QGroupBox>
#include <optional>

#include "layout/compose/PageEdits.h"

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace banmian::app {

class PageDocument;
class PageView;

/// The selected photo's caption, its photographer's credit and its crop, in Properties: the photo
/// selected on the page, its caption, or the first photo of the block selected. Each field's
/// change is one undo step; clearing the caption deletes it. The scale is the picture's size
/// against the size that fills the frame (100 %), and the resolution where it prints follows it.
class PhotoProperties : public QGroupBox {
    Q_OBJECT

public:
    PhotoProperties(PageDocument& document, PageView& view, QWidget* parent = nullptr);

    QLineEdit* caption() const { return m_caption; }
    QLineEdit* credit() const { return m_credit; }
    QDoubleSpinBox* scale() const { return m_scale; }
    /// The effective resolution where it prints, e.g. "186 ppi".
    QLabel* resolution() const { return m_resolution; }

signals:
    void message(const QString& text);

private:
    void refresh();
    // The photo these fields show: selected, or its caption, or the first of the block selected.
    std::optional<layout::PagePart> photo() const;
    void changeCaption();
    void changeCredit();
    void changeScale(double percent);

    PageDocument& m_document;
    PageView& m_view;
    QLineEdit* m_caption;
    QLineEdit* m_credit;
    QDoubleSpinBox* m_scale;
    QLabel* m_resolution;
};

}  // namespace banmian::app
