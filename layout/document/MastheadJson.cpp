#include "layout/document/MastheadJson.h"

#include "layout/model/MastheadText.h"

namespace banmian::layout {

nlohmann::ordered_json mastheadToJson(const Masthead& m) {
    nlohmann::ordered_json out = {{"title", m.title},
                                  {"date", mastheadDate(m)},
                                  {"issue", m.issue},
                                  {"reference", m.reference}};
    if (m.publication) out["publication"] = isoDate(*m.publication);
    if (!m.pinyin.empty()) out["pinyin"] = m.pinyin;
    if (!m.totalIssue.empty()) out["totalIssue"] = m.totalIssue;
    if (!m.postalCode.empty()) out["postalCode"] = m.postalCode;
    return out;
}

Result<Masthead> mastheadFromJson(const nlohmann::ordered_json& j, const std::string& where) {
    Masthead m;
    std::optional<Diagnostic> error;
    auto text = [&](const char* key) -> std::string {
        if (!j.contains(key)) return {};
        if (!j[key].is_string()) {
            if (!error) error = Diagnostic{0, where + "/" + key + ": should be text in quotes"};
            return {};
        }
        return j[key].get<std::string>();
    };
    m.title = text("title");
    m.date = text("date");
    m.issue = text("issue");
    m.reference = text("reference");
    m.pinyin = text("pinyin");
    m.totalIssue = text("totalIssue");
    m.postalCode = text("postalCode");
    const std::string publication = text("publication");
    if (error) return *error;
    if (j.contains("publication")) {
        m.publication = parseIsoDate(publication);
        if (!m.publication) {
            return Diagnostic{0, where + "/publication: \"" + publication +
                                         "\" is not a date (year-month-day, as 2026-12-05)"};
        }
        m.date.clear();  // the date as printed, written for older readers
    } else if ((m.publication = parseChineseDate(m.date))) {
        m.date.clear();
    }
    return m;
}

}  // namespace banmian::layout
