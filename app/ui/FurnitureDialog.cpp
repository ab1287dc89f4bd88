#include "app/ui/FurnitureDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

#include "app/ui/InkField.h"

namespace banmian::app {

QStringList FurnitureDialog::borderNames() {
    return {tr("Plain rule"),        tr("Double rule (双线)"),  tr("Thick–thin (文武线)"),
            tr("Thin–thick (武文线)"), tr("Dotted (点线)"),       tr("Dashed (短线)"),
            tr("Diamonds (菱形花边)"), tr("Beads (圆点花边)")};
}

FurnitureDialog::FurnitureDialog(const layout::StyleSheet& styles, const layout::Block& block,
                                 QWidget* parent)
    : QDialog(parent), m_block(block) {
    setWindowTitle(tr("Frame and Colour"));
    const auto& swatches = styles.swatches();
    m_boxed = new QCheckBox(tr("Box the story"), this);
    m_boxed->setChecked(block.boxed);
    m_border = new QComboBox(this);
    m_border->addItems(borderNames());
    m_border->setCurrentIndex(static_cast<int>(block.border));
    m_frame = new InkField(swatches, tr("Black"), this);
    m_frame->setInk(block.frameInk);
    m_background = new InkField(swatches, block.boxed ? tr("The box's grey") : tr("None"), this);
    m_background->setInk(block.background);
    m_headline = new InkField(swatches, tr("Its style's"), this);
    m_headline->setInk(block.headlineInk);
    m_kickerBand = new InkField(swatches, tr("Not reversed"), this);
    m_kickerBand->setInk(block.kickerBand);
    m_headlineBand = new InkField(swatches, tr("Not reversed"), this);
    m_headlineBand->setInk(block.headlineBand);

    auto* form = new QFormLayout;
    form->addRow(m_boxed);
    form->addRow(tr("Border:"), m_border);
    form->addRow(tr("Frame colour:"), m_frame);
    form->addRow(tr("Tint under the story (底纹):"), m_background);
    form->addRow(tr("Headline colour:"), m_headline);
    form->addRow(tr("Kicker reversed on (反白):"), m_kickerBand);
    form->addRow(tr("Headline reversed on (反白):"), m_headlineBand);
    auto enableFrame = [this] {
        m_border->setEnabled(m_boxed->isChecked());
        m_frame->setEnabled(m_boxed->isChecked());
    };
    connect(m_boxed, &QCheckBox::toggled, this, enableFrame);
    enableFrame();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

layout::Block FurnitureDialog::block() const {
    layout::Block out = m_block;
    out.boxed = m_boxed->isChecked();
    out.border = static_cast<layout::BorderKind>(std::max(0, m_border->currentIndex()));
    out.frameInk = m_frame->ink();
    out.background = m_background->ink();
    out.headlineInk = m_headline->ink();
    out.kickerBand = m_kickerBand->ink();
    out.headlineBand = m_headlineBand->ink();
    return out;
}

}  // namespace banmian::app
