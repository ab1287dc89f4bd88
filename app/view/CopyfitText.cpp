#include "app/view/CopyfitText.h"

#include <QCoreApplication>

namespace banmian::app {

// (The counts are made ints before translate(): lupdate misreads a cast among its arguments.)

QString copyfitText(const layout::Copyfit& fit) {
    if (fit.oversetLines > 0) {
        const int characters = static_cast<int>(fit.oversetCharacters);
        return QCoreApplication::translate("Copyfit", "Over by %n character(s)", "", characters) +
               QCoreApplication::translate("Copyfit", " (%n line(s))", "", fit.oversetLines);
    }
    if (fit.undersetLines > 0)
        return QCoreApplication::translate("Copyfit", "Short by %n line(s)", "", fit.undersetLines);
    return QCoreApplication::translate("Copyfit", "Fits");
}

QString pageCopyfitText(const std::vector<layout::Copyfit>& blocks) {
    layout::Copyfit over, shortBy;
    for (const layout::Copyfit& fit : blocks) {
        over.oversetLines += fit.oversetLines;
        over.oversetCharacters += fit.oversetCharacters;
        shortBy.undersetLines += fit.undersetLines;
    }
    if (over.oversetLines > 0 && shortBy.undersetLines > 0)
        return copyfitText(over) + QCoreApplication::translate("Copyfit", "; ") +
               copyfitText(shortBy);
    return over.oversetLines > 0 ? copyfitText(over) : copyfitText(shortBy);
}

QString oversetMark(const layout::Copyfit& fit) {
    const int characters = static_cast<int>(fit.oversetCharacters);
    return QCoreApplication::translate("Copyfit", "+%n char(s)", "", characters);
}

}  // namespace banmian::app
