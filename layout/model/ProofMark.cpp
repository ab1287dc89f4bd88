#include "layout/model/ProofMark.h"

#include <algorithm>
#include <array>
#include <utility>

namespace banmian::layout {
namespace {

constexpr std::array kKinds{
        std::pair{MarkKind::Delete, "delete"},   std::pair{MarkKind::Insert, "insert"},
        std::pair{MarkKind::Replace, "replace"}, std::pair{MarkKind::Transpose, "transpose"},
        std::pair{MarkKind::Style, "style"},     std::pair{MarkKind::Query, "query"},
        std::pair{MarkKind::Comment, "comment"}, std::pair{MarkKind::Hint, "hint"},
};
constexpr std::array kStatuses{
        std::pair{MarkStatus::Open, "open"},
        std::pair{MarkStatus::Accepted, "accepted"},
        std::pair{MarkStatus::Rejected, "rejected"},
};

template <typename Table, typename Value>
const char* nameIn(const Table& table, Value value) {
    for (const auto& [v, name] : table) {
        if (v == value) return name;
    }
    return "";
}

template <typename Value, typename Table>
std::optional<Value> valueIn(const Table& table, std::string_view name) {
    for (const auto& [v, n] : table) {
        if (name == n) return v;
    }
    return std::nullopt;
}

}  // namespace

const char* toString(MarkKind kind) {
    return nameIn(kKinds, kind);
}
const char* toString(MarkStatus status) {
    return nameIn(kStatuses, status);
}
std::optional<MarkKind> parseMarkKind(std::string_view name) {
    return valueIn<MarkKind>(kKinds, name);
}
std::optional<MarkStatus> parseMarkStatus(std::string_view name) {
    return valueIn<MarkStatus>(kStatuses, name);
}

const ProofMark* findMark(const std::vector<ProofMark>& marks, std::string_view id) {
    const auto found = std::find_if(marks.begin(), marks.end(),
                                    [&](const ProofMark& mark) { return mark.id == id; });
    return found == marks.end() ? nullptr : &*found;
}

ProofMark* findMark(std::vector<ProofMark>& marks, std::string_view id) {
    return const_cast<ProofMark*>(findMark(std::as_const(marks), id));
}

}  // namespace banmian::layout
