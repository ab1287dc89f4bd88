#include "layout/style/Style.h"

#include <array>
#include <charconv>
#include <cstdint>

#include "layout/base/TypeSizes.h"

namespace banmian::layout {

LayoutUnit leadingAt(const TextStyle& style, LayoutUnit size) {
    if (style.size <= 0) return style.leading;
    const std::int64_t scaled = static_cast<std::int64_t>(style.leading) * size;
    return static_cast<LayoutUnit>((scaled + style.size / 2) / style.size);
}

std::string_view alignmentName(Alignment alignment) {
    switch (alignment) {
        case Alignment::Justify:
            return "justify";
        case Alignment::Left:
            return "left";
        case Alignment::Center:
            return "center";
        case Alignment::Right:
            return "right";
    }
    return "justify";
}

std::optional<Alignment> parseAlignment(std::string_view name) {
    for (Alignment a : {Alignment::Justify, Alignment::Left, Alignment::Center, Alignment::Right}) {
        if (name == alignmentName(a)) return a;
    }
    return std::nullopt;
}

std::optional<std::string_view> haoName(LayoutUnit size) {
    // The sizes themselves come from parseTypeSize, so the two can never disagree.
    static constexpr std::array<std::string_view, 16> kNames = {
            "初号", "小初", "一号", "小一", "二号", "小二", "三号", "小三",
            "四号", "小四", "五号", "小五", "六号", "小六", "七号", "八号"};
    for (std::string_view name : kNames) {
        if (parseTypeSize(name) == size) return name;
    }
    return std::nullopt;
}

std::string pointsText(LayoutUnit length) {
    // A unit is 1/64 pt, so the shortest fixed decimal is exact and parses back to the same unit.
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                            toPoints(length), std::chars_format::fixed);
    if (error != std::errc()) return "0";
    return std::string(buffer.data(), end);
}

std::string sizeName(LayoutUnit size) {
    const std::string points = pointsText(size) + " pt";
    if (const auto hao = haoName(size)) return std::string(*hao) + " (" + points + ")";
    return points;
}

Result<ParagraphStyle> paragraphStyle(const TextStyle& style, fonts::FontRegistry& registry) {
    const auto font = registry.forRole(
            style.role, style.weight > 0 ? std::optional<int>(style.weight) : std::nullopt);
    if (!font) return Diagnostic{0, font.error};
    ParagraphStyle paragraph;
    paragraph.font = *font.id;
    paragraph.size = style.size;
    paragraph.leading = style.leading;
    paragraph.indentEms = style.indentEms;
    paragraph.hanLatinSpace = style.hanLatinSpace;
    paragraph.composition.justify = style.alignment == Alignment::Justify;
    paragraph.alignment = style.alignment;
    paragraph.trackingThousandths = style.trackingThousandths;
    return paragraph;
}

}  // namespace banmian::layout
