#pragma once

#include <QWidget>
#include <vector>

#include "layout/colour/Colour.h"

class QComboBox;
class QSpinBox;

namespace banmian::app {

/// A colour as a designer picks one for a part of the page: a swatch of the document's, each
/// shown by its soft-proofed colour, and a tint in per cent. The first entry is the part's default
/// (`none`: "none" for a tint or a band, "its style's" for a headline).
class InkField : public QWidget {
    Q_OBJECT

public:
    InkField(const std::vector<layout::Swatch>& swatches, const QString& none,
             QWidget* parent = nullptr);

    layout::Ink ink() const;
    void setInk(const layout::Ink& ink);

    QComboBox* swatchBox() const { return m_swatch; }
    QSpinBox* tintBox() const { return m_tint; }

private:
    QComboBox* m_swatch;
    QSpinBox* m_tint;
};

/// A small square of `colour` as the screen shows it, for lists of swatches.
QIcon swatchIcon(const layout::Colour& colour);

}  // namespace banmian::app
