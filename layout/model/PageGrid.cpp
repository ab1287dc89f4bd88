#include "layout/model/PageGrid.h"

#include <algorithm>

namespace banmian::layout {

bool GridRect::overlaps(const GridRect& o) const {
    return column < o.endColumn() && o.column < endColumn() && line < o.endLine() &&
           o.line < endLine();
}

int PageGrid::typeAreaCharacters() const {
    return columns * charactersPerColumn + (columns - 1) * gutterCharacters;
}

LayoutUnit PageGrid::typeAreaWidth() const {
    return typeAreaCharacters() * bodySize;
}

LayoutUnit PageGrid::columnX(int column) const {
    return marginLeft + column * (charactersPerColumn + gutterCharacters) * bodySize;
}

Rect PageGrid::rect(const GridRect& g) const {
    const LayoutUnit left = columnX(g.column);
    const LayoutUnit right = columnX(g.endColumn() - 1) + columnWidth();
    return {left, lineY(g.line), right - left, g.lines * leading};
}

int PageGrid::longColumnCharacters(int span) const {
    return span * charactersPerColumn + (span - 1) * gutterCharacters;
}

std::vector<ColumnSpan> PageGrid::textColumns(int span, int count) const {
    if (span < 1) return {};
    return splitColumns(longColumnCharacters(span), count);
}

std::vector<ColumnSpan> PageGrid::splitColumns(int characters, int count) const {
    std::vector<ColumnSpan> spans;
    if (characters < 1 || count < 1) return spans;
    const int gutters = (count - 1) * gutterCharacters;
    const int each = std::max(1, (characters - gutters) / count);
    const int left = std::max(0, characters - gutters - each * count);  // shared among the gutters
    const LayoutUnit gutterWidth =
            gutterCharacters * bodySize + (count > 1 ? left * bodySize / (count - 1) : 0);
    for (int i = 0; i < count; ++i)
        spans.push_back({i * (each * bodySize + gutterWidth), each * bodySize});
    return spans;
}

int PageGrid::columnAt(LayoutUnit x) const {
    const LayoutUnit pitch = (charactersPerColumn + gutterCharacters) * bodySize;
    const int column = static_cast<int>((x - marginLeft + pitch / 2) / pitch);
    return std::clamp(column, 0, columns);
}

int PageGrid::lineAt(LayoutUnit y) const {
    const int line = static_cast<int>((y - marginTop + leading / 2) / leading);
    return std::clamp(line, 0, lines);
}

PageGrid customGrid(LayoutUnit trimWidth, LayoutUnit trimHeight, LayoutUnit margin, int columns,
                    LayoutUnit bodySize, LayoutUnit leading) {
    PageGrid grid;
    grid.name = "custom";
    grid.trimWidth = trimWidth;
    grid.trimHeight = trimHeight;
    grid.bodySize = bodySize;
    grid.leading = leading;
    grid.columns = std::max(1, columns);
    grid.gutterCharacters = 1;
    const int across = static_cast<int>((trimWidth - 2 * margin) / bodySize);
    grid.charactersPerColumn = std::max(1, (across - (grid.columns - 1)) / grid.columns);
    grid.marginLeft = (trimWidth - grid.typeAreaWidth()) / 2;
    grid.lines = std::max(1, static_cast<int>((trimHeight - 2 * margin) / leading));
    grid.marginTop = (trimHeight - grid.typeAreaHeight()) / 2;
    return grid;
}

PageGrid pageGrid(PagePreset preset, LayoutUnit bodySize, LayoutUnit leading) {
    switch (preset) {
        case PagePreset::Broadsheet: {
            // 对开: 8 basic columns of 13 characters, 111 across ≈ 352 mm of a 390 × 545 mm trim.
            PageGrid g = customGrid(fromMillimetres(390), fromMillimetres(545), fromMillimetres(18),
                                    8, bodySize, leading);
            g.name = "对开 broadsheet";
            return g;
        }
        case PagePreset::Tabloid: {
            PageGrid g = customGrid(fromMillimetres(275), fromMillimetres(390), fromMillimetres(18),
                                    6, bodySize, leading);
            g.name = "四开 tabloid";
            return g;
        }
        case PagePreset::A3: {
            PageGrid g = customGrid(fromMillimetres(297), fromMillimetres(420), fromMillimetres(15),
                                    6, bodySize, leading);
            g.name = "A3";
            return g;
        }
        case PagePreset::A4: {
            PageGrid g = customGrid(fromMillimetres(210), fromMillimetres(297), fromMillimetres(15),
                                    4, bodySize, leading);
            g.name = "A4";
            return g;
        }
    }
    return {};
}

std::optional<PagePreset> parsePagePreset(std::string_view name) {
    if (name == "broadsheet" || name == "对开") return PagePreset::Broadsheet;
    if (name == "tabloid" || name == "四开") return PagePreset::Tabloid;
    if (name == "a3" || name == "A3") return PagePreset::A3;
    if (name == "a4" || name == "A4") return PagePreset::A4;
    return std::nullopt;
}

}  // namespace banmian::layout
