#include "layout/model/MastheadText.h"

#include <string_view>

namespace banmian::layout {
namespace {

bool allDigits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Parts joined with an ideographic space, the empty ones left out.
std::string joined(std::initializer_list<std::string> parts) {
    std::string out;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += "　";
        out += part;
    }
    return out;
}

// A number alone takes the words around it; anything else is printed as the designer typed it
// (an older file's "第 1234 期", or a paper's own wording).
std::string worded(const std::string& text, const char* before, const char* after) {
    return allDigits(text) ? before + text + after : text;
}

}  // namespace

std::string mastheadDate(const Masthead& masthead) {
    return masthead.publication ? chineseDate(*masthead.publication) : masthead.date;
}

std::string mastheadIssueLine(const Masthead& masthead) {
    return joined({mastheadDate(masthead), worded(masthead.issue, "第", "期"),
                   worded(masthead.totalIssue, "总第", "期")});
}

std::string mastheadRegistrationLine(const Masthead& masthead) {
    std::string cn = masthead.reference;
    const bool bare = !cn.empty() && cn.front() >= '0' && cn.front() <= '9';
    if (bare) cn = "CN " + cn;
    if (cn.starts_with("CN")) cn = "国内统一连续出版物号 " + cn;
    std::string postal = masthead.postalCode;
    if (!postal.empty() && postal.front() >= '0' && postal.front() <= '9')
        postal = "邮发代号 " + postal;
    return joined({cn, postal});
}

}  // namespace banmian::layout
