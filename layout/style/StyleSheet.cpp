#include "layout/style/StyleSheet.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>

#include "layout/base/TypeSizes.h"
#include "layout/style/DefaultStyles.h"
#include "layout/style/StyleSheetJson.h"

namespace banmian::layout {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<std::string_view, 12> kStyleFields = {
        "font",     "weight", "size",   "minSize",       "maxSize", "leading",
        "tracking", "align",  "indent", "hanLatinSpace", "colour",  "tint"};
constexpr std::string_view kRoleList = "书宋, 宋体, 粗宋, 黑体, 楷体";

// Larger than any type on a page, and far enough from LayoutUnit's limit that ems of it and
// ratios of it cannot overflow.
constexpr double kLargestPoints = 1000;

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

// A value as the message shows it: strings as the user wrote them, the rest as JSON.
std::string shown(const Json& value) {
    if (value.is_string()) return inQuotes(value.get_ref<const std::string&>());
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string joined(std::string_view separator, const auto& items) {
    std::string out;
    for (std::string_view item : items)
        out += (out.empty() ? "" : std::string(separator)) + std::string(item);
    return out;
}

// Reads one style's fields; the style's name leads every message it gives.
class StyleReader {
public:
    StyleReader(const std::string& name, const Json& fields) : m_name(name), m_fields(fields) {}

    Result<TextStyle> read() const;

private:
    Diagnostic error(const std::string& what) const {
        return {0, "style " + inQuotes(m_name) + ": " + what};
    }
    const Json* field(std::string_view key) const {
        const auto it = m_fields.find(key);
        return it == m_fields.end() ? nullptr : &*it;
    }
    Result<LayoutUnit> length(std::string_view key, const Json& value, LayoutUnit em) const;
    Result<int> wholeNumber(std::string_view key, int min, int max, int absent,
                            std::string_view unit) const;

    const std::string& m_name;
    const Json& m_fields;
};

// parseLength scales its number to units before any range check, so a number too long to fit is
// refused here first: more than four digits before the point is far beyond any page.
bool tooLongANumber(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && text[i] == '0') ++i;
    std::size_t digits = 0;
    while (i + digits < text.size() && text[i + digits] >= '0' && text[i + digits] <= '9') ++digits;
    return digits > 4;
}

// A size ("size", "minSize", "maxSize") when `em` is 0, else a leading, which may be in ems of it.
Result<LayoutUnit> StyleReader::length(std::string_view key, const Json& value,
                                       LayoutUnit em) const {
    const bool isSize = em == 0;
    const std::string expected =
            isSize ? "a type size (9pt, 小五 …)" : "a length (12.5pt, 1.4em …)";
    const auto outOfRange = [&] {
        return error(std::string(key) + " " + shown(value) + " is out of range (above 0, up to " +
                     pointsText(fromPoints(kLargestPoints)) + " pt)");
    };
    if (value.is_number()) {
        const double points = value.get<double>();
        if (!std::isfinite(points) || points <= 0 || points > kLargestPoints) return outOfRange();
        return fromPoints(points);
    }
    if (!value.is_string()) {
        return error(std::string(key) + " must be " + expected + ", not " + value.type_name());
    }
    const std::string& text = value.get_ref<const std::string&>();
    if (tooLongANumber(text)) return outOfRange();
    // A bare number is points, for the leading as parseTypeSize takes it for the size.
    const bool bare = !text.empty() && text.find_first_not_of("0123456789.") == std::string::npos;
    const auto units = isSize ? parseTypeSize(text) : parseLength(bare ? text + "pt" : text, em);
    if (!units) return error(std::string(key) + " " + shown(value) + " is not " + expected);
    if (*units <= 0 || *units > fromPoints(kLargestPoints)) return outOfRange();
    return *units;
}

Result<int> StyleReader::wholeNumber(std::string_view key, int min, int max, int absent,
                                     std::string_view unit) const {
    const Json* value = field(key);
    if (!value) return absent;
    const std::string range = " between " + std::to_string(min) + " and " + std::to_string(max) +
                              (unit.empty() ? "" : " (" + std::string(unit) + ")");
    if (!value->is_number_integer()) {
        const std::string what = value->is_number() ? shown(*value) : value->type_name();
        return error(std::string(key) + " must be a whole number" + range + ", not " + what);
    }
    // nlohmann keeps non-negative numbers unsigned; read as int64 one beyond its range would wrap.
    const bool huge = value->is_number_unsigned() &&
                      value->get<std::uint64_t>() > static_cast<std::uint64_t>(max);
    const std::int64_t number = huge ? 0 : value->get<std::int64_t>();
    if (huge || number < min || number > max) {
        return error(std::string(key) + " " + shown(*value) + " is not" + range);
    }
    return static_cast<int>(number);
}

Result<TextStyle> StyleReader::read() const {
    if (!m_fields.is_object()) {
        return error("must be an object of fields (font, size …), not " +
                     std::string(m_fields.type_name()));
    }
    for (const auto& [key, value] : m_fields.items()) {
        if (std::find(kStyleFields.begin(), kStyleFields.end(), key) == kStyleFields.end()) {
            return error("unknown field " + inQuotes(key) + " (" + joined(", ", kStyleFields) +
                         ")");
        }
    }
    TextStyle style;
    style.name = m_name;

    const Json* font = field("font");
    if (!font) return error("\"font\" is missing (a role: " + std::string(kRoleList) + ")");
    if (!font->is_string()) {
        return error("font must be a role such as \"书宋\", not " + std::string(font->type_name()));
    }
    const auto role = fonts::parseFontRole(font->get_ref<const std::string&>());
    if (!role)
        return error("unknown font role " + shown(*font) + " (" + std::string(kRoleList) + ")");
    style.role = *role;

    const auto weight = wholeNumber("weight", 0, 1000, 0, "0: the role's own");
    if (!weight) return weight.error();
    style.weight = weight.value();

    const Json* size = field("size");
    if (!size) return error("\"size\" is missing (a type size such as 小五 or 9pt)");
    const auto sizeUnits = length("size", *size, 0);
    if (!sizeUnits) return sizeUnits.error();
    style.size = sizeUnits.value();

    if (const Json* leading = field("leading")) {
        const auto units = length("leading", *leading, style.size);
        if (!units) return units.error();
        if (units.value() < style.size) {
            return error("leading " + shown(*leading) + " is smaller than the size (" +
                         sizeName(style.size) + "): the lines would overlap");
        }
        style.leading = units.value();
    } else {
        style.leading = emFraction(style.size, 7, 5);
    }

    const auto tracking = wholeNumber("tracking", -500, 1000, 0, "thousandths of an em");
    if (!tracking) return tracking.error();
    style.trackingThousandths = tracking.value();

    if (const Json* align = field("align")) {
        const auto alignment = align->is_string()
                                       ? parseAlignment(align->get_ref<const std::string&>())
                                       : std::nullopt;
        if (!alignment) {
            return error("align " + shown(*align) + " is not one of justify, left, center, right");
        }
        style.alignment = *alignment;
    }

    const auto indent = wholeNumber("indent", 0, 10, 0, "characters");
    if (!indent) return indent.error();
    style.indentEms = indent.value();

    if (const Json* space = field("hanLatinSpace")) {
        if (!space->is_boolean()) {
            return error("hanLatinSpace must be true or false, not " + shown(*space));
        }
        style.hanLatinSpace = space->get<bool>();
    }

    if (const Json* colour = field("colour")) {
        if (!colour->is_string() || colour->get_ref<const std::string&>().empty())
            return error("colour must be a swatch's name (黑, 报头红 …), not " + shown(*colour));
        style.ink.swatch = colour->get_ref<const std::string&>();
    }
    const auto tint = wholeNumber("tint", 1, 100, 100, "per cent of the colour");
    if (!tint) return tint.error();
    style.ink.tint = tint.value();

    const Json* minSize = field("minSize");
    const Json* maxSize = field("maxSize");
    if (minSize || maxSize) {
        style.minSize = style.maxSize = style.size;
        if (minSize) {
            const auto units = length("minSize", *minSize, 0);
            if (!units) return units.error();
            if (units.value() > style.size) {
                return error("minSize " + shown(*minSize) + " is larger than the size (" +
                             sizeName(style.size) + ")");
            }
            style.minSize = units.value();
        }
        if (maxSize) {
            const auto units = length("maxSize", *maxSize, 0);
            if (!units) return units.error();
            if (units.value() < style.size) {
                return error("maxSize " + shown(*maxSize) + " is smaller than the size (" +
                             sizeName(style.size) + ")");
            }
            style.maxSize = units.value();
        }
    }
    return style;
}

// A size as the file writes it: the 号 name where one matches, so the desk recognises it.
std::string sizeText(LayoutUnit size) {
    if (const auto hao = haoName(size)) return std::string(*hao);
    return pointsText(size) + "pt";
}

// The byte (1-based, as nlohmann counts) and nlohmann's account of what it expected there; the
// line goes into the Diagnostic, so describe() shows it too.
Diagnostic syntaxError(std::string_view json, const nlohmann::json::parse_error& e) {
    const std::size_t byte = std::min<std::size_t>(e.byte, json.size());
    const std::string_view before = json.substr(0, byte > 0 ? byte - 1 : 0);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    std::string detail = e.what();
    // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 3, column 5: ".
    if (const auto column = detail.find("column "); column != std::string::npos) {
        if (const auto colon = detail.find(": ", column); colon != std::string::npos) {
            detail = detail.substr(colon + 2);
        }
    }
    return {line,
            "style sheet is not valid JSON at byte " + std::to_string(e.byte) + ": " + detail};
}

// The two swatches every sheet has: process black, and no ink (the paper) for reversed text.
std::vector<Swatch> builtInSwatches() {
    return {{"黑", {}, {0, 0, 0, 1}}, {"白", {}, {0, 0, 0, 0}}};
}

Result<std::vector<Swatch>> readSwatches(const Json& json) {
    std::vector<Swatch> swatches = builtInSwatches();
    if (!json.is_object()) {
        return Diagnostic{0, "style sheet: \"swatches\" must be an object of named colours, not " +
                                     std::string(json.type_name())};
    }
    for (const auto& [name, fields] : json.items()) {
        const std::string at = "swatch " + inQuotes(name) + ": ";
        if (name.empty()) return Diagnostic{0, "style sheet: a swatch has an empty name"};
        if (name == "黑" || name == "白") {
            return Diagnostic{0, at + "is built in (黑 is process black, 白 the paper); give "
                                      "your colour another name"};
        }
        if (!fields.is_object())
            return Diagnostic{0, at + "must be an object with \"cmyk\" (and \"spot\")"};
        Swatch swatch{name, {}, {}};
        for (const auto& [key, value] : fields.items()) {
            if (key == "spot") {
                if (!value.is_string() || value.get_ref<const std::string&>().empty())
                    return Diagnostic{0, at + "spot must be the ink's name (PANTONE 485 C …)"};
                swatch.spot = value.get_ref<const std::string&>();
            } else if (key != "cmyk") {
                return Diagnostic{0, at + "unknown field " + inQuotes(key) + " (cmyk, spot)"};
            }
        }
        const auto cmyk = fields.find("cmyk");
        const bool four = cmyk != fields.end() && cmyk->is_array() && cmyk->size() == 4 &&
                          std::all_of(cmyk->begin(), cmyk->end(), [](const Json& v) {
                              return v.is_number() && v.get<double>() >= 0 &&
                                     v.get<double>() <= 100;
                          });
        if (!four) {
            return Diagnostic{0, at + "cmyk must be four per cents from 0 to 100, cyan, magenta, "
                                      "yellow and black ([0, 95, 100, 0])"};
        }
        for (std::size_t i = 0; i < 4; ++i) swatch.cmyk[i] = (*cmyk)[i].get<double>() / 100;
        swatches.push_back(std::move(swatch));
    }
    return swatches;
}

Result<std::vector<TextStyle>> readStyles(const Json& json) {
    const std::string sheet = "style sheet: ";
    if (!json.is_object()) {
        return Diagnostic{0, sheet + "must be a JSON object with \"version\" and \"styles\", not " +
                                     std::string(json.type_name())};
    }
    // The version first: a newer sheet may have any other shape, and must not be half-read.
    const auto version = json.find("version");
    if (version == json.end()) {
        return Diagnostic{0, sheet + "\"version\" is missing (" +
                                     std::to_string(kStyleSheetVersion) + " for this Banmian)"};
    }
    if (!version->is_number_integer()) {
        return Diagnostic{0, sheet + "\"version\" must be a whole number, not " + shown(*version)};
    }
    if (version->is_number_unsigned() ? version->get<std::uint64_t>() > kStyleSheetVersion
                                      : version->get<std::int64_t>() > kStyleSheetVersion) {
        return Diagnostic{0, sheet + "version " + shown(*version) +
                                     " was made by a newer Banmian; this one reads version " +
                                     std::to_string(kStyleSheetVersion) + " — update Banmian"};
    }
    if (version->get<std::int64_t>() < 1) {
        return Diagnostic{0,
                          sheet + "version " + shown(*version) + " is not a version (1 or more)"};
    }
    for (const auto& [key, value] : json.items()) {
        if (key != "version" && key != "styles" && key != "swatches") {
            return Diagnostic{0, sheet + "unknown field " + inQuotes(key) +
                                         " (version, swatches, styles)"};
        }
    }
    const auto styles = json.find("styles");
    if (styles == json.end()) return Diagnostic{0, sheet + "\"styles\" is missing"};
    if (!styles->is_object()) {
        return Diagnostic{0, sheet + "\"styles\" must be an object of named styles, not " +
                                     std::string(styles->type_name())};
    }
    std::vector<TextStyle> read;
    for (const auto& [name, fields] : styles->items()) {
        if (name.empty()) return Diagnostic{0, sheet + "a style has an empty name"};
        auto style = StyleReader(name, fields).read();
        if (!style) return style.error();
        read.push_back(std::move(style).value());
    }
    if (std::none_of(read.begin(), read.end(),
                     [](const TextStyle& s) { return s.name == "body"; })) {
        return Diagnostic{0, sheet + "there is no \"body\" style (the one a missing style "
                                     "falls back to)"};
    }
    return read;
}

}  // namespace

Result<StyleSheet> StyleSheet::fromJson(std::string_view json) {
    Json parsed;
    try {
        parsed = Json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::parse_error& e) {
        return syntaxError(json, e);
    } catch (const nlohmann::json::exception& e) {
        return Diagnostic{0, std::string("style sheet: ") + e.what()};
    }
    try {
        auto styles = readStyles(parsed);
        if (!styles) return styles.error();
        std::vector<Swatch> swatches = builtInSwatches();
        if (const auto found = parsed.find("swatches"); found != parsed.end()) {
            auto read = readSwatches(*found);
            if (!read) return read.error();
            swatches = std::move(read).value();
        }
        for (const TextStyle& style : styles.value()) {
            const std::string& name = style.ink.swatch;
            const bool known =
                    name.empty() || std::any_of(swatches.begin(), swatches.end(),
                                                [&](const Swatch& s) { return s.name == name; });
            if (!known) {
                std::vector<std::string_view> names;
                for (const Swatch& s : swatches) names.push_back(s.name);
                return Diagnostic{0, "style " + inQuotes(style.name) + ": colour " +
                                             inQuotes(name) + " is no swatch of the sheet (" +
                                             joined(", ", names) + ")"};
            }
        }
        return StyleSheet(std::move(styles).value(), std::move(swatches));
    } catch (const nlohmann::json::exception& e) {
        // The reader checks each value's type before it reads it; this is only a safety net.
        return Diagnostic{0, std::string("style sheet: ") + e.what()};
    }
}

const StyleSheet& StyleSheet::defaults() {
    static const StyleSheet sheet = [] {
        auto parsed = fromJson(defaultStylesJson());
        // The resource is built in and a test reads it, so this cannot fail in a release; should
        // it ever, a lone body style still lets pages be set.
        assert(parsed.ok());
        if (parsed.ok()) return std::move(parsed).value();
        TextStyle body;
        body.name = "body";
        body.indentEms = 2;
        return StyleSheet({body}, builtInSwatches());
    }();
    return sheet;
}

const TextStyle* StyleSheet::find(std::string_view name) const {
    for (const TextStyle& style : m_styles) {
        if (style.name == name) return &style;
    }
    return nullptr;
}

const TextStyle& StyleSheet::get(std::string_view name) const {
    if (const TextStyle* style = find(name)) return *style;
    const TextStyle* body = find("body");
    assert(body);  // fromJson refuses a sheet without one
    return *body;
}

StyleSheet::StyleSheet(std::vector<TextStyle> styles, std::vector<Swatch> swatches)
    : m_styles(std::move(styles)), m_swatches(std::move(swatches)) {}

const Swatch* StyleSheet::swatch(std::string_view name) const {
    for (const Swatch& swatch : m_swatches) {
        if (swatch.name == name) return &swatch;
    }
    return nullptr;
}

Colour StyleSheet::colour(const Ink& ink) const {
    return colourOf(m_swatches, ink);
}

StyleSheet StyleSheet::withSwatch(const Swatch& swatch) const {
    StyleSheet out = *this;
    if (swatch.name == "黑" || swatch.name == "白" || swatch.name.empty()) return out;
    for (Swatch& s : out.m_swatches) {
        if (s.name == swatch.name) {
            s = swatch;
            return out;
        }
    }
    out.m_swatches.push_back(swatch);
    return out;
}

StyleSheet StyleSheet::withStyle(const TextStyle& style) const {
    StyleSheet out = *this;
    for (TextStyle& s : out.m_styles) {
        if (s.name == style.name) {
            s = style;
            return out;
        }
    }
    out.m_styles.push_back(style);
    return out;
}

std::vector<std::string> StyleSheet::names() const {
    std::vector<std::string> out;
    out.reserve(m_styles.size());
    for (const TextStyle& style : m_styles) out.push_back(style.name);
    return out;
}

nlohmann::ordered_json styleSheetToJson(const StyleSheet& sheet) {
    Json styles = Json::object();
    for (const TextStyle& style : sheet.styles()) {
        Json fields;
        fields["font"] = std::string(fonts::chineseName(style.role));
        if (style.weight != 0) fields["weight"] = style.weight;
        fields["size"] = sizeText(style.size);
        if (style.minSize > 0) fields["minSize"] = sizeText(style.minSize);
        if (style.maxSize > 0) fields["maxSize"] = sizeText(style.maxSize);
        fields["leading"] = pointsText(style.leading) + "pt";
        fields["tracking"] = style.trackingThousandths;
        fields["align"] = std::string(alignmentName(style.alignment));
        fields["indent"] = style.indentEms;
        fields["hanLatinSpace"] = style.hanLatinSpace;
        if (!style.ink.swatch.empty()) fields["colour"] = style.ink.swatch;
        if (style.ink.tint != 100) fields["tint"] = style.ink.tint;
        styles[style.name] = std::move(fields);
    }
    Json swatches = Json::object();
    for (std::size_t i = builtInSwatches().size(); i < sheet.swatches().size(); ++i) {
        const Swatch& swatch = sheet.swatches()[i];
        Json fields;
        if (!swatch.spot.empty()) fields["spot"] = swatch.spot;
        Json cmyk = Json::array();
        // Per cents with two decimals: what a designer types, and read back the same.
        for (double v : swatch.cmyk) cmyk.push_back(std::round(v * 10000) / 100);
        fields["cmyk"] = std::move(cmyk);
        swatches[swatch.name] = std::move(fields);
    }
    Json json;
    json["version"] = kStyleSheetVersion;
    if (!swatches.empty()) json["swatches"] = std::move(swatches);
    json["styles"] = std::move(styles);
    return json;
}

}  // namespace banmian::layout
