#include "layout/edition/PrintFileName.h"

#include <cstdio>

namespace banmian::layout {

namespace {

std::string padded(int value, int width) {
    char text[16];
    std::snprintf(text, sizeof text, "%0*d", width, value);
    return text;
}

}  // namespace

Result<std::string> printFileName(const std::string& pattern, const Edition& edition,
                                  const EditionPage& page) {
    const CalendarDate& d = edition.date;
    std::string name;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.compare(i, 2, "{{") == 0) {
            name += '{';
            ++i;
            continue;
        }
        if (pattern[i] != '{') {
            name += pattern[i];
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string::npos)
            return Diagnostic{0,
                              "the file name template " + pattern + " has a { that is not closed"};
        const std::string field = pattern.substr(i + 1, close - i - 1);
        if (field == "paper")
            name += edition.paper;
        else if (field == "date")
            name += padded(d.year, 4) + padded(d.month, 2) + padded(d.day, 2);
        else if (field == "yyyy")
            name += padded(d.year, 4);
        else if (field == "mm")
            name += padded(d.month, 2);
        else if (field == "dd")
            name += padded(d.day, 2);
        else if (field == "page")
            name += std::to_string(page.number);
        else if (field == "page2")
            name += padded(page.number, 2);
        else if (field == "page3")
            name += padded(page.number, 3);
        else if (field == "section")
            name += page.section;
        else
            return Diagnostic{0, "the file name template " + pattern + " has an unknown field {" +
                                         field +
                                         "} (known: {paper} {date} {yyyy} {mm} {dd} {page} "
                                         "{page2} {page3} {section})"};
        i = close;
    }
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
        return Diagnostic{0, "the file name template " + pattern + " gives \"" + name +
                                     "\" for page " + std::to_string(page.number) +
                                     ", which is no file's name in the folder"};
    return name;
}

}  // namespace banmian::layout
