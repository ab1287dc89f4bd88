#pragma once

#include <optional>
#include <vector>

#include "layout/compose/BlockShape.h"
#include "layout/compose/PageEdits.h"
#include "layout/compose/PhotoEdits.h"

namespace banmian::app {

/// One drag on the page, from press to release: what is picked up (blocks, a photo, a caption, a
/// block's resize handle, or a photo frame's corner), the page as it was, and where the pointer has
/// gone since. Every step gives the page snapped to the grid, or says which block stands in the
/// way, in which case the page stays at its last good place. No Qt: the drag benchmark replays the
/// same steps.
class DragSession {
public:
    /// Move the parts; Resize the block by its bottom-right corner; ResizePhoto the photo
    /// `parts.front()` by its corner `corner`; NotchLeft and NotchRight cut a notch from the
    /// block's bottom corner on that side, making it an L, or take one back.
    enum class Mode { Move, Resize, ResizePhoto, NotchLeft, NotchRight };

    /// Pressed at page point (x, y) on `parts` (Move), on `parts.front()`'s handle (Resize,
    /// Notch…), or on the corner `corner` of the photo `parts.front()` (ResizePhoto).
    DragSession(const layout::Page& page, const layout::PageLayout& layout,
                std::vector<layout::PagePart> parts, Mode mode, layout::LayoutUnit x,
                layout::LayoutUnit y, layout::Corner corner = layout::Corner::BottomRight);

    struct Step {
        /// The page to show now; nothing when it did not change since the last step.
        std::optional<layout::Page> page;
        /// The block the parts would land on, when this step was refused.
        std::optional<std::size_t> blockInTheWay;
    };
    /// The pointer is at page point (x, y).
    Step moveTo(layout::LayoutUnit x, layout::LayoutUnit y);

    const layout::Page& startPage() const { return m_start; }
    const layout::Page& currentPage() const { return m_current; }
    const std::vector<layout::PagePart>& parts() const { return m_parts; }
    Mode mode() const { return m_mode; }
    /// Whether the page now differs from the page at the press.
    bool moved() const { return m_current.blocks != m_start.blocks; }

private:
    layout::Page m_start, m_current;
    layout::PageLayout m_layout;  // the composition at the press: where captions stood
    std::vector<layout::PagePart> m_parts;
    Mode m_mode;
    layout::LayoutUnit m_x, m_y;
    layout::Corner m_corner;
    int m_columns = 0, m_lines = 0;  // the offset asked for at the last step
};

}  // namespace banmian::app
