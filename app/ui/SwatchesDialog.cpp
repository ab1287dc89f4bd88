#include "app/ui/SwatchesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/ui/InkField.h"

namespace banmian::app {
namespace {

bool builtIn(const QString& name) {
    return name == QStringLiteral("黑") || name == QStringLiteral("白");
}

}  // namespace

SwatchEditor::SwatchEditor(const layout::Swatch& swatch, QStringList taken, QWidget* parent)
    : QDialog(parent), m_taken(std::move(taken)) {
    setWindowTitle(tr("Swatch"));
    m_name = new QLineEdit(QString::fromStdString(swatch.name), this);
    m_spot = new QCheckBox(tr("Spot ink (专色), printed from a plate of its own"), this);
    m_spot->setChecked(!swatch.spot.empty());
    m_ink = new QLineEdit(QString::fromStdString(swatch.spot), this);
    m_ink->setPlaceholderText(tr("the ink's name, as the plant knows it: PANTONE 485 C"));
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(m_spot);
    form->addRow(tr("Ink:"), m_ink);
    const QString plates[] = {tr("Cyan:"), tr("Magenta:"), tr("Yellow:"), tr("Black:")};
    for (int i = 0; i < 4; ++i) {
        m_plates[i] = new QDoubleSpinBox(this);
        m_plates[i]->setRange(0, 100);
        m_plates[i]->setDecimals(0);
        m_plates[i]->setSuffix(QStringLiteral(" %"));
        m_plates[i]->setValue(swatch.cmyk[static_cast<std::size_t>(i)] * 100);
        form->addRow(plates[i], m_plates[i]);
    }
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00000"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    auto update = [this] {
        m_ink->setEnabled(m_spot->isChecked());
        m_problem->setText(problem());
    };
    connect(m_spot, &QCheckBox::toggled, this, update);
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_ink, &QLineEdit::textChanged, this, update);
    update();
}

layout::Swatch SwatchEditor::swatch() const {
    layout::Swatch out{m_name->text().trimmed().toStdString(), {}, {}};
    if (m_spot->isChecked()) out.spot = m_ink->text().trimmed().toStdString();
    for (std::size_t i = 0; i < 4; ++i) out.cmyk[i] = m_plates[i]->value() / 100;
    return out;
}

QString SwatchEditor::problem() const {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) return tr("Give the swatch a name.");
    if (builtIn(name)) return tr("黑 and 白 are built in: give the swatch another name.");
    if (m_taken.contains(name)) return tr("Another swatch is called %1.").arg(name);
    if (m_spot->isChecked() && m_ink->text().trimmed().isEmpty())
        return tr("Name the spot ink as the plant knows it (PANTONE 485 C).");
    return {};
}

void SwatchEditor::accept() {
    if (!problem().isEmpty()) {
        m_problem->setText(problem());
        return;
    }
    QDialog::accept();
}

SwatchesDialog::SwatchesDialog(const layout::StyleSheet& styles, QWidget* parent)
    : QDialog(parent), m_styles(styles), m_list(new QListWidget(this)) {
    setWindowTitle(tr("Swatches"));
    auto* add = new QPushButton(tr("&New…"), this);
    auto* change = new QPushButton(tr("&Edit…"), this);
    connect(add, &QPushButton::clicked, this, [this] { edit(std::nullopt); });
    connect(change, &QPushButton::clicked, this, [this] { edit(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this] { edit(m_list->currentRow()); });
    auto enable = [this, change] {
        const int row = m_list->currentRow();
        change->setEnabled(row >= 0 && !builtIn(m_list->item(row)->data(Qt::UserRole).toString()));
    };
    connect(m_list, &QListWidget::currentRowChanged, this, enable);
    auto* side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(change);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    fill();
    enable();
}

void SwatchesDialog::fill() {
    m_list->clear();
    for (const layout::Swatch& swatch : m_styles.swatches()) {
        QString label = QString::fromStdString(swatch.name);
        if (!swatch.spot.empty())
            label += QStringLiteral(" — ") + tr("spot ink %1").arg(QString::fromStdString(swatch.spot));
        label += QStringLiteral("  C%1 M%2 Y%3 K%4")
                         .arg(qRound(swatch.cmyk[0] * 100))
                         .arg(qRound(swatch.cmyk[1] * 100))
                         .arg(qRound(swatch.cmyk[2] * 100))
                         .arg(qRound(swatch.cmyk[3] * 100));
        auto* item = new QListWidgetItem(swatchIcon(layout::Colour::of(swatch)), label, m_list);
        item->setData(Qt::UserRole, QString::fromStdString(swatch.name));
    }
}

void SwatchesDialog::put(const layout::Swatch& swatch) {
    m_styles = m_styles.withSwatch(swatch);
    fill();
    m_list->setCurrentRow(m_list->count() - 1);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == QString::fromStdString(swatch.name))
            m_list->setCurrentRow(i);
    }
}

void SwatchesDialog::edit(std::optional<int> row) {
    layout::Swatch swatch{"", "", {0, 1, 1, 0}};
    QStringList taken;
    for (const layout::Swatch& s : m_styles.swatches()) taken << QString::fromStdString(s.name);
    if (row) {
        if (*row < 0 || *row >= static_cast<int>(m_styles.swatches().size())) return;
        swatch = m_styles.swatches()[static_cast<std::size_t>(*row)];
        if (builtIn(QString::fromStdString(swatch.name))) return;
        taken.removeAll(QString::fromStdString(swatch.name));
    }
    SwatchEditor editor(swatch, taken, this);
    // A renamed swatch would leave what named it black: its name stays while others use it.
    if (row) editor.nameEdit()->setReadOnly(true);
    if (editor.exec() == QDialog::Accepted) put(editor.swatch());
}

}  // namespace banmian::app
