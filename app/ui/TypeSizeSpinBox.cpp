#include "app/ui/TypeSizeSpinBox.h"

#include <cmath>
#include <optional>

#include "layout/base/TypeSizes.h"
#include "layout/style/Style.h"

namespace banmian::app {
namespace {

// "小初 (36 pt)" as the field shows it, "小初", "36 pt", "36", "12.7mm": the size in points.
std::optional<double> sizeIn(QString text) {
    text = text.trimmed();
    const int bracket = text.indexOf(QLatin1Char('('));
    if (bracket > 0) text = text.left(bracket).trimmed();
    text.remove(QLatin1Char(' '));
    const auto size = layout::parseTypeSize(text.toStdString());
    if (!size) return std::nullopt;
    return layout::toPoints(*size);
}

}  // namespace

TypeSizeSpinBox::TypeSizeSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(3);  // 六号 is 7.875 pt, 三号 15.75
}

const std::vector<std::pair<QString, double>>& TypeSizeSpinBox::haoSizes() {
    static const std::vector<std::pair<QString, double>> sizes = [] {
        std::vector<std::pair<QString, double>> out;
        for (const char* name : {"初号", "小初", "一号", "小一", "二号", "小二", "三号", "小三",
                                 "四号", "小四", "五号", "小五", "六号", "小六", "七号", "八号"}) {
            out.emplace_back(QString::fromUtf8(name),
                             layout::toPoints(*layout::parseTypeSize(name)));
        }
        return out;
    }();
    return sizes;
}

QString TypeSizeSpinBox::textFromValue(double value) const {
    return QString::fromStdString(layout::sizeName(layout::fromPoints(value)));
}

double TypeSizeSpinBox::valueFromText(const QString& text) const {
    return sizeIn(text).value_or(value());
}

QValidator::State TypeSizeSpinBox::validate(QString& text, int&) const {
    if (text == specialValueText()) return QValidator::Acceptable;
    const auto points = sizeIn(text);
    if (points && *points >= minimum() && *points <= maximum()) return QValidator::Acceptable;
    return QValidator::Intermediate;  // still being typed
}

void TypeSizeSpinBox::stepBy(int steps) {
    // Through the 号 sizes; above 初号 and between them by whole points no more.
    const auto& sizes = haoSizes();  // largest first
    double size = value();
    for (; steps > 0; --steps) {
        std::optional<double> next;
        for (const auto& [name, points] : sizes) {
            if (points > size + 1e-6) next = points;
        }
        size = next.value_or(std::floor(size) + 1);
    }
    for (; steps < 0; ++steps) {
        std::optional<double> previous;
        for (auto it = sizes.rbegin(); it != sizes.rend(); ++it) {
            if (it->second < size - 1e-6) previous = it->second;
        }
        if (size > sizes.front().second + 1e-6)
            size = std::max(sizes.front().second, std::ceil(size) - 1);
        else
            size = previous.value_or(minimum());
    }
    setValue(std::clamp(size, minimum(), maximum()));
}

}  // namespace banmian::app
