#include "app/edit/CreditLine.h"

#include <QCoreApplication>

#include "layout/import/BylineParser.h"

namespace banmian::app {

std::optional<std::vector<layout::Byline>> creditLineFrom(const QString& text, QString& error) {
    const std::string typed = text.trimmed().toStdString();
    if (typed.empty()) return std::vector<layout::Byline>();
    const auto parsed = layout::parseBylineLine(typed);
    if (!parsed) {
        error = QCoreApplication::translate(
                        "CreditLine", "“%1” is not a credit line: a role and names, as 记者 张三")
                        .arg(text);
        return std::nullopt;
    }
    return parsed->bylines;
}

QString creditLineText(const std::vector<layout::Byline>& bylines) {
    return QString::fromStdString(layout::creditLine(bylines));
}

}  // namespace banmian::app
