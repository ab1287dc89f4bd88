#include "app/edit/DragSession.h"

#include <cmath>

namespace banmian::app {

DragSession::DragSession(const layout::Page& page, const layout::PageLayout& layout,
                         std::vector<layout::PagePart> parts, Mode mode, layout::LayoutUnit x,
                         layout::LayoutUnit y, layout::Corner corner)
    : m_start(page),
      m_current(page),
      m_layout(layout),
      m_parts(std::move(parts)),
      m_mode(mode),
      m_x(x),
      m_y(y),
      m_corner(corner) {}

DragSession::Step DragSession::moveTo(layout::LayoutUnit x, layout::LayoutUnit y) {
    const layout::PageGrid& grid = m_start.grid;
    if (m_mode == Mode::NotchLeft || m_mode == Mode::NotchRight) {
        // The notch's inner corner follows the pointer to the nearest column edge and grid line.
        const std::size_t block = m_parts.front().block;
        const auto side =
                m_mode == Mode::NotchLeft ? layout::NotchSide::Left : layout::NotchSide::Right;
        const auto handle = layout::notchHandle(m_start, block, side);
        if (!handle) return {};
        const layout::LayoutUnit edge =
                side == layout::NotchSide::Left
                        ? grid.columnX(handle->column)
                        : grid.columnX(handle->column - 1) + grid.columnWidth() + grid.gutter() / 2;
        const int column = grid.columnAt(edge + (x - m_x));
        const int line = grid.lineAt(grid.lineY(handle->line) + (y - m_y));
        layout::Page next = m_start;
        const layout::EditOutcome outcome = layout::notchBlock(next, block, side, column, line);
        if (outcome.refused()) return {std::nullopt, outcome.blockInTheWay};
        if (next.blocks[block].area == m_current.blocks[block].area) return {};
        m_current = std::move(next);
        return {m_current, std::nullopt};
    }
    if (m_mode == Mode::Resize) {
        // The handle follows the pointer to the nearest column edge and grid line.
        const std::size_t block = m_parts.front().block;
        const layout::GridRect& last = m_start.blocks[block].area.back();
        const layout::Rect edge = grid.rect(last);
        const int endColumn = grid.columnAt(edge.right() + (x - m_x) + grid.gutter() / 2);
        const int endLine = grid.lineAt(edge.bottom() + (y - m_y));
        layout::Page next = m_start;
        const layout::EditOutcome outcome = layout::resizeBlock(next, block, endColumn, endLine);
        if (outcome.refused()) return {std::nullopt, outcome.blockInTheWay};
        if (next.blocks[block].area == m_current.blocks[block].area) return {};
        m_current = std::move(next);
        return {m_current, std::nullopt};
    }

    if (m_mode == Mode::ResizePhoto) {
        // The corner follows the pointer to the nearest column edge and grid line, as a block's
        // handle does: a left edge to a column's left, a right edge to a column's right.
        const layout::PagePart& part = m_parts.front();
        const layout::Rect r = grid.rect(m_start.blocks[part.block].photos[part.photo].area);
        const bool left =
                m_corner == layout::Corner::TopLeft || m_corner == layout::Corner::BottomLeft;
        const bool top =
                m_corner == layout::Corner::TopLeft || m_corner == layout::Corner::TopRight;
        const int column = left ? grid.columnAt(r.x + (x - m_x))
                                : grid.columnAt(r.right() + (x - m_x) + grid.gutter() / 2);
        const int line = grid.lineAt((top ? r.y : r.bottom()) + (y - m_y));
        layout::Page next = m_start;
        const layout::EditOutcome outcome =
                layout::resizePhoto(next, part.block, part.photo, m_corner, column, line);
        if (outcome.refused()) return {std::nullopt, outcome.blockInTheWay};
        if (next.blocks == m_current.blocks) return {};
        m_current = std::move(next);
        return {m_current, std::nullopt};
    }

    // Whole columns and lines, the nearest to where the pointer has gone.
    const double pitch = static_cast<double>(grid.columnWidth() + grid.gutter());
    const int columns = static_cast<int>(std::lround((x - m_x) / pitch));
    const int lines = static_cast<int>(std::lround(static_cast<double>(y - m_y) / grid.leading));
    if (columns == m_columns && lines == m_lines) return {};
    layout::Page next = m_start;
    const layout::EditOutcome outcome = layout::moveParts(next, m_layout, m_parts, columns, lines);
    if (outcome.refused()) return {std::nullopt, outcome.blockInTheWay};
    m_columns = columns;
    m_lines = lines;
    m_current = std::move(next);
    return {m_current, std::nullopt};
}

}  // namespace banmian::app
