#include "layout/proof/MarkWords.h"

namespace banmian::layout {
namespace {

std::string quoted(const std::string& text) {
    return "“" + text + "”";
}

// What an automatic check found, as the desk says it (ProofHints.h lists the rules).
std::string ruleDescription(const std::string& rule) {
    if (rule == "unbalanced-bracket") return "引号或括号不成对";
    if (rule == "halfwidth-punctuation") return "中文里用了半角标点";
    if (rule == "doubled-character") return "字词重复";
    if (rule == "latin-width") return "字母或数字用了全角";
    if (rule == "known-mistake") return "常见差错";
    return "自动校对发现的问题";
}

std::string transposed(const ProofMark& mark) {
    if (mark.pivot > 0 && mark.pivot < mark.text.size())
        return "对调" + quoted(mark.text.substr(0, mark.pivot)) + "与" +
               quoted(mark.text.substr(mark.pivot));
    return "对调" + quoted(mark.text);
}

}  // namespace

std::string markSubject(MarkKind kind) {
    switch (kind) {
        case MarkKind::Delete:
            return "删除";
        case MarkKind::Insert:
            return "增补";
        case MarkKind::Replace:
            return "改正";
        case MarkKind::Transpose:
            return "对调";
        case MarkKind::Style:
            return "改字体";
        case MarkKind::Query:
            return "疑问";
        case MarkKind::Comment:
            return "批注";
        case MarkKind::Hint:
            return "提示";
    }
    return "批注";
}

std::string markRequest(const ProofMark& mark) {
    switch (mark.kind) {
        case MarkKind::Delete:
            return "删除" + quoted(mark.text);
        case MarkKind::Insert:
            return mark.correction;
        case MarkKind::Replace:
            return "改为" + quoted(mark.correction) + "（原为" + quoted(mark.text) + "）";
        case MarkKind::Transpose:
            return transposed(mark);
        case MarkKind::Style:
            return mark.correction.empty() ? "改字体" : "改" + mark.correction;
        case MarkKind::Query:
            return mark.correction.empty() ? quoted(mark.text) + "有疑问" : mark.correction;
        case MarkKind::Comment:
            return mark.correction;
        case MarkKind::Hint: {
            std::string out = ruleDescription(mark.rule);
            if (!mark.rule.empty()) out += "（" + mark.rule + "）";
            if (!mark.correction.empty()) out += "：建议改为" + quoted(mark.correction);
            return out;
        }
    }
    return mark.correction;
}

std::string markNote(const ProofMark& mark) {
    switch (mark.kind) {
        case MarkKind::Delete:
            return "删";
        case MarkKind::Insert:
            return "增" + quoted(mark.correction);
        case MarkKind::Replace:
            return "改为" + quoted(mark.correction);
        case MarkKind::Transpose:
            return transposed(mark);
        case MarkKind::Style:
            return mark.correction.empty() ? "改字体" : "改" + mark.correction;
        case MarkKind::Query:
            return "疑：" + (mark.correction.empty() ? quoted(mark.text) : mark.correction);
        case MarkKind::Comment:
            return "注：" + mark.correction;
        case MarkKind::Hint:
            return "提示：" + ruleDescription(mark.rule) +
                   (mark.correction.empty() ? "" : "，改为" + quoted(mark.correction) + "？");
    }
    return mark.correction;
}

}  // namespace banmian::layout
