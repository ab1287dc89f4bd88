#include "app/ui/InkField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>

#include "app/render/ScreenColour.h"

namespace banmian::app {

QIcon swatchIcon(const layout::Colour& colour) {
    QPixmap square(16, 16);
    square.fill(screenColour(colour, nullptr));
    QPainter painter(&square);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(square);
}

InkField::InkField(const std::vector<layout::Swatch>& swatches, const QString& none,
                   QWidget* parent)
    : QWidget(parent), m_swatch(new QComboBox(this)), m_tint(new QSpinBox(this)) {
    m_swatch->addItem(none, QString());
    for (const layout::Swatch& swatch : swatches) {
        QString label = QString::fromStdString(swatch.name);
        if (!swatch.spot.empty()) label += QStringLiteral(" (%1)").arg(QString::fromStdString(swatch.spot));
        m_swatch->addItem(swatchIcon(layout::Colour::of(swatch)), label,
                          QString::fromStdString(swatch.name));
    }
    m_tint->setRange(1, 100);
    m_tint->setSuffix(QStringLiteral(" %"));
    m_tint->setValue(100);
    m_tint->setAccessibleName(tr("Tint"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_swatch, 1);
    row->addWidget(m_tint);
    auto enable = [this] { m_tint->setEnabled(m_swatch->currentIndex() > 0); };
    connect(m_swatch, &QComboBox::currentIndexChanged, this, enable);
    enable();
}

layout::Ink InkField::ink() const {
    if (m_swatch->currentIndex() <= 0) return {};
    return {m_swatch->currentData().toString().toStdString(), m_tint->value()};
}

void InkField::setInk(const layout::Ink& ink) {
    // A swatch taken out of the sheet since still shows, by its name, rather than becoming none.
    int index = ink.swatch.empty() ? 0 : m_swatch->findData(QString::fromStdString(ink.swatch));
    if (index < 0) {
        m_swatch->addItem(QString::fromStdString(ink.swatch), QString::fromStdString(ink.swatch));
        index = m_swatch->count() - 1;
    }
    m_swatch->setCurrentIndex(index);
    m_tint->setValue(ink.swatch.empty() ? 100 : ink.tint);
}

}  // namespace banmian::app
