#pragma once

#include <QDialog>

#include "layout/model/Block.h"
#include "layout/style/StyleSheet.h"

class QCheckBox;
class QComboBox;

namespace banmian::app {

class InkField;

/// Format → Frame and Colour: a story block's furniture as a designer sets it — the box and its
/// border (花边), the frame's colour, a tint under the block (底纹), the headline's colour, and a
/// kicker or headline reversed (反白) out of a band of colour — each from the document's swatches.
/// It edits a copy of the block; the window applies what was accepted as one undo step.
class FurnitureDialog : public QDialog {
    Q_OBJECT

public:
    FurnitureDialog(const layout::StyleSheet& styles, const layout::Block& block,
                    QWidget* parent = nullptr);

    /// The block as the dialog has it.
    layout::Block block() const;

    QCheckBox* boxedBox() const { return m_boxed; }
    QComboBox* borderBox() const { return m_border; }
    InkField* frameField() const { return m_frame; }
    InkField* backgroundField() const { return m_background; }
    InkField* headlineField() const { return m_headline; }
    InkField* kickerBandField() const { return m_kickerBand; }
    InkField* headlineBandField() const { return m_headlineBand; }

    /// The borders' names as the window shows them (双线, 文武线 …), in BorderKind's order.
    static QStringList borderNames();

private:
    layout::Block m_block;
    QCheckBox* m_boxed;
    QComboBox* m_border;
    InkField *m_frame, *m_background, *m_headline, *m_kickerBand, *m_headlineBand;
};

}  // namespace banmian::app
