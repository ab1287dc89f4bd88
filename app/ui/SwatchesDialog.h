#pragma once

#include <QDialog>
#include <optional>

#include "layout/style/StyleSheet.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace banmian::app {

/// One swatch edited: its name, whether it is a spot ink (专色) and the ink's name for its
/// plate, and its CMYK — the mix, or the spot ink's process look-alike.
class SwatchEditor : public QDialog {
    Q_OBJECT

public:
    /// `taken`: the names other swatches have, which this one may not take.
    SwatchEditor(const layout::Swatch& swatch, QStringList taken, QWidget* parent = nullptr);

    layout::Swatch swatch() const;
    /// What keeps the swatch from being taken (no name, a name taken, a spot ink without its
    /// name); empty when nothing. OK is refused while there is.
    QString problem() const;

    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* spotBox() const { return m_spot; }
    QLineEdit* inkEdit() const { return m_ink; }
    QDoubleSpinBox* inkBox(int plate) const { return m_plates[plate]; }

    void accept() override;

private:
    QStringList m_taken;
    QLineEdit* m_name;
    QCheckBox* m_spot;
    QLineEdit* m_ink;
    QDoubleSpinBox* m_plates[4];
    QLabel* m_problem;
};

/// Format → Swatches: the document's colours (色板), each with its soft-proofed colour; new ones
/// added and the sheet's own edited (黑 and 白 are built in). The sheet as the dialog has it is
/// applied by the window as one undo step.
class SwatchesDialog : public QDialog {
    Q_OBJECT

public:
    SwatchesDialog(const layout::StyleSheet& styles, QWidget* parent = nullptr);

    const layout::StyleSheet& styles() const { return m_styles; }
    /// Adds `swatch`, or puts it in place of the one of its name: what New… and Edit… do once
    /// their editor is accepted.
    void put(const layout::Swatch& swatch);
    QListWidget* list() const { return m_list; }

private:
    void fill();
    void edit(std::optional<int> row);

    layout::StyleSheet m_styles;
    QListWidget* m_list;
};

}  // namespace banmian::app
