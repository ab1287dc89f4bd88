#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "layout/base/Diagnostic.h"

namespace banmian::layout {

/// Either a value or the Diagnostic that explains why there is none. Errors a user can cause come
/// back this way, never as exceptions or aborts (DESIGN.md §4).
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Diagnostic error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& {
        assert(ok());
        return std::get<T>(m_state);
    }
    T&& value() && {
        assert(ok());
        return std::get<T>(std::move(m_state));
    }
    const Diagnostic& error() const {
        assert(!ok());
        return std::get<Diagnostic>(m_state);
    }

private:
    std::variant<T, Diagnostic> m_state;
};

}  // namespace banmian::layout
