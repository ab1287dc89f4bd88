#pragma once

#include <optional>

#include "layout/base/Units.h"

namespace banmian::layout {

/// The width of each line of a paragraph, asked line by line: the flow knows where a line falls
/// (a column, beside a photo) and the composer does not assume one width (minikin's LineWidth).
class LineWidth {
public:
    virtual ~LineWidth() = default;
    virtual LayoutUnit widthAt(int lineIndex) const = 0;
    /// The width of every line when they are all alike (composition can then be reused).
    virtual std::optional<LayoutUnit> constantWidth() const { return std::nullopt; }
};

/// Every line the same width: a galley column.
class ConstantLineWidth final : public LineWidth {
public:
    explicit ConstantLineWidth(LayoutUnit width) : m_width(width) {}
    LayoutUnit widthAt(int) const override { return m_width; }
    std::optional<LayoutUnit> constantWidth() const override { return m_width; }

private:
    LayoutUnit m_width;
};

}  // namespace banmian::layout
