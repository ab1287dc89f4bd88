#pragma once

#include <QDialog>
#include <QImage>
#include <vector>

#include "layout/compose/AutoCompose.h"

class QButtonGroup;
class QToolButton;

namespace banmian::app {

/// What a page's measure found, in a line the designer reads: empty cells, heads side by side,
/// headlines broken in a word, titles twice, the lead's headline against the next, empty frames.
QString measureSummary(const layout::PageMeasure& measure);

/// Auto-compose's layouts side by side, each a picture of its page with its score and what its
/// measure found, the best first and chosen; the designer takes one (a click, then OK). The
/// window applies it as one undo step.
class LayoutChoiceDialog : public QDialog {
    Q_OBJECT

public:
    LayoutChoiceDialog(const std::vector<layout::ComposedPage>& layouts,
                       const std::vector<QImage>& pictures, QWidget* parent = nullptr);

    /// The layout taken, by its place in the list.
    int chosen() const;
    /// The button that shows layout `index`: what a test clicks.
    QToolButton* choice(int index) const;

private:
    QButtonGroup* m_group;
};

}  // namespace banmian::app
