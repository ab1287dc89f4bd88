#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Units.h"

namespace banmian::layout {

/// A rectangle in page coordinates (1/64 pt, y downwards from the trim's top-left corner).
struct Rect {
    LayoutUnit x = 0, y = 0, width = 0, height = 0;

    LayoutUnit right() const { return x + width; }
    LayoutUnit bottom() const { return y + height; }
    bool operator==(const Rect&) const = default;
};

/// A rectangle of the page's grid: basic columns across, grid lines down (0-based).
struct GridRect {
    int column = 0, columns = 1;
    int line = 0, lines = 1;

    int endColumn() const { return column + columns; }
    int endLine() const { return line + lines; }
    bool overlaps(const GridRect& other) const;
    bool operator==(const GridRect&) const = default;
};

/// One column of text inside a block: where it stands across, and its width.
struct ColumnSpan {
    LayoutUnit x = 0;
    LayoutUnit width = 0;
};

/// The page as a Chinese desk plans it (cjk-newspaper-reference §2.2): a trim size, a type area
/// of basic columns of so many body characters with one-character gutters, and a line grid whose
/// pitch is the body leading — every body baseline on the page sits on it.
struct PageGrid {
    std::string name;  ///< "对开 broadsheet" …
    LayoutUnit trimWidth = 0, trimHeight = 0;
    LayoutUnit marginLeft = 0, marginTop = 0;
    LayoutUnit bodySize = 0;  ///< the em of the grid: 小五, 9 pt
    LayoutUnit leading = 0;   ///< grid line pitch
    int columns = 8;          ///< basic columns (基本栏)
    int charactersPerColumn = 13;
    int gutterCharacters = 1;  ///< 栏空
    int lines = 0;             ///< grid lines down the type area

    /// Width of the type area (版心): columns × characters + gutters.
    LayoutUnit typeAreaWidth() const;
    LayoutUnit typeAreaHeight() const { return lines * leading; }
    /// Characters across the type area (111 for the broadsheet default).
    int typeAreaCharacters() const;

    /// Left edge of basic column `column` (0-based).
    LayoutUnit columnX(int column) const;
    LayoutUnit columnWidth() const { return charactersPerColumn * bodySize; }
    LayoutUnit gutter() const { return gutterCharacters * bodySize; }
    /// Top of grid line `line`: its em box starts there.
    LayoutUnit lineY(int line) const { return marginTop + line * leading; }

    /// The page rectangle of a grid rectangle: from its first column's left to its last column's
    /// right, from its first line's top to the top of the line after its last.
    Rect rect(const GridRect& grid) const;

    /// Width in characters of `span` basic columns set as one long column (长栏): n × c + (n − 1).
    int longColumnCharacters(int span) const;
    /// The columns of text of a block `span` basic columns wide set in `count` columns of its own
    /// (长栏 when fewer, 破栏 when more than fit evenly): each (long − (count − 1) gutters) / count
    /// characters wide, the characters left over shared out to widen the gutters (5破3: 22 each,
    /// gutters 1½). Positions are relative to the block's left edge.
    std::vector<ColumnSpan> textColumns(int span, int count) const;
    /// The same split of a measure of `characters` (a box's inside, say) into `count` columns.
    std::vector<ColumnSpan> splitColumns(int characters, int count) const;

    /// The nearest grid position for a page point, for snapping.
    int columnAt(LayoutUnit x) const;
    int lineAt(LayoutUnit y) const;
};

/// The page sizes of the reference (§2.1) and proof sizes, each with its grid.
enum class PagePreset { Broadsheet, Tabloid, A3, A4 };

/// The grid of a preset at body size 9 pt and leading 12.5 pt, or others when given.
/// A preset by the name a person types: broadsheet (对开), tabloid (四开), a3, a4; none for
/// another.
std::optional<PagePreset> parsePagePreset(std::string_view name);

PageGrid pageGrid(PagePreset preset, LayoutUnit bodySize = fromPoints(9),
                  LayoutUnit leading = fromPoints(12.5));

/// A custom page: trim size and margins in page units, `columns` basic columns of as many
/// characters as fit with one-character gutters, as many grid lines as fit.
PageGrid customGrid(LayoutUnit trimWidth, LayoutUnit trimHeight, LayoutUnit margin, int columns,
                    LayoutUnit bodySize = fromPoints(9), LayoutUnit leading = fromPoints(12.5));

}  // namespace banmian::layout
