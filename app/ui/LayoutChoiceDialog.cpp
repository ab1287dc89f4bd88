#include "app/ui/LayoutChoiceDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace banmian::app {

QString measureSummary(const layout::PageMeasure& m) {
    QStringList parts;
    parts << LayoutChoiceDialog::tr("%n empty cell(s)", "", m.unusedCells);
    if (!m.headCollisions.empty())
        parts << LayoutChoiceDialog::tr("%n pair(s) of heads side by side", "",
                                        static_cast<int>(m.headCollisions.size()));
    if (!m.headlinesBrokenInsideWord.empty())
        parts << LayoutChoiceDialog::tr("%n headline(s) broken inside a word", "",
                                        static_cast<int>(m.headlinesBrokenInsideWord.size()));
    if (!m.repeatedTitles.empty())
        parts << LayoutChoiceDialog::tr("%n title(s) printed twice", "",
                                        static_cast<int>(m.repeatedTitles.size()));
    if (m.leadHeadlineRatio > 0)
        parts << LayoutChoiceDialog::tr("lead headline %1% of the next")
                         .arg(std::lround(m.leadHeadlineRatio * 100));
    if (m.emptyPhotoFrames > 0)
        parts << LayoutChoiceDialog::tr("%n empty photo frame(s)", "", m.emptyPhotoFrames);
    if (m.oversetLines > 0)
        parts << LayoutChoiceDialog::tr("%n line(s) overset", "", m.oversetLines);
    // What the page had no room for: the designer places it or cuts copy.
    if (m.unplacedStories > 0)
        parts << LayoutChoiceDialog::tr("%n story(ies) left out", "", m.unplacedStories);
    if (m.unplacedPhotos > 0)
        parts << LayoutChoiceDialog::tr("%n photo(s) left out", "", m.unplacedPhotos);
    return parts.join(LayoutChoiceDialog::tr(", "));
}

LayoutChoiceDialog::LayoutChoiceDialog(const std::vector<layout::ComposedPage>& layouts,
                                       const std::vector<QImage>& pictures, QWidget* parent)
    : QDialog(parent), m_group(new QButtonGroup(this)) {
    setWindowTitle(tr("Choose a Layout"));
    auto* row = new QHBoxLayout;
    for (std::size_t i = 0; i < layouts.size() && i < pictures.size(); ++i) {
        auto* column = new QVBoxLayout;
        auto* button = new QToolButton;
        button->setCheckable(true);
        // The layout taken stands out plainly, not by a style's faint sunken frame.
        button->setStyleSheet(QStringLiteral(
                "QToolButton { border: 3px solid transparent; padding: 2px; }"
                "QToolButton:checked { border: 3px solid palette(highlight); }"));
        button->setIcon(QPixmap::fromImage(pictures[i]));
        button->setIconSize(pictures[i].size());
        button->setAccessibleName(tr("Layout %1").arg(i + 1));
        m_group->addButton(button, static_cast<int>(i));
        column->addWidget(button, 0, Qt::AlignHCenter);
        auto* label = new QLabel(tr("Layout %1 · score %2\n%3")
                                         .arg(i + 1)
                                         .arg(std::lround(layouts[i].score))
                                         .arg(measureSummary(layouts[i].measure)));
        label->setWordWrap(true);
        label->setMaximumWidth(pictures[i].width() + 40);
        column->addWidget(label);
        row->addLayout(column);
    }
    if (auto* best = m_group->button(0)) best->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
            new QLabel(tr("Auto-compose found these layouts, the best first (the lower the score, "
                          "the better). Click one to take it:")));
    layout->addLayout(row);
    layout->addWidget(buttons);
}

int LayoutChoiceDialog::chosen() const {
    return std::max(0, m_group->checkedId());
}

QToolButton* LayoutChoiceDialog::choice(int index) const {
    return qobject_cast<QToolButton*>(m_group->button(index));
}

}  // namespace banmian::app
