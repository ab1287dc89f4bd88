#include "app/view/CopyfitText.h"

#include <QCoreApplication>

namespace banmian::app {

QString copyfitText(const layout::Copyfit& fit) {
    if (fit.oversetLines > 0) {
        return QCoreApplication::translate("Copyfit", "Over by %n character(s)", "",
                                           static_cast<int>(fit.oversetCharacters)) +
               QCoreApplication::translate("Copyfit", " (%n line(s))", "", fit.oversetLines);
    }
    if (fit.undersetLines > 0)
        return QCoreApplication::translate("Copyfit", "Short by %n line(s)", "", fit.undersetLines);
    return QCoreApplication::translate("Copyfit", "Fits");
}

QString oversetMark(const layout::Copyfit& fit) {
    return QCoreApplication::translate("Copyfit", "+%n char(s)", "",
                                       static_cast<int>(fit.oversetCharacters));
}

}  // namespace banmian::app
