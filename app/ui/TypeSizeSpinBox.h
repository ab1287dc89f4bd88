#pragma once

#include <QDoubleSpinBox>

namespace banmian::app {

/// A type size in points as newsroom staff read and type it: a size that is a 号 shows as
/// "小初 (36 pt)"; "小初", "36", "36 pt" and "12.7mm" are typed; the arrows step through the 号
/// sizes (初号 42, 小初 36, 一号 27.5 … 八号 5).
class TypeSizeSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit TypeSizeSpinBox(QWidget* parent = nullptr);

    /// The 号 sizes, largest first: name and points.
    static const std::vector<std::pair<QString, double>>& haoSizes();

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void stepBy(int steps) override;
};

}  // namespace banmian::app
