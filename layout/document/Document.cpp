#include "layout/document/Document.h"

#include "fonts/FontRole.h"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "layout/base/AtomicFile.h"
#include "layout/base/Id.h"
#include "layout/base/Utf8.h"
#include "layout/document/DayPhotosJson.h"
#include "layout/document/DocumentFiles.h"
#include "layout/document/MastheadJson.h"
#include "layout/document/ProofRecordJson.h"
#include "layout/model/MarkText.h"
#include "layout/model/StoryJson.h"
#include "layout/style/StyleSheetJson.h"

namespace banmian::layout {
namespace {

using json = nlohmann::ordered_json;

json gridToJson(const PageGrid& g) {
    return {{"name", g.name},
            {"trimWidth", g.trimWidth},
            {"trimHeight", g.trimHeight},
            {"marginLeft", g.marginLeft},
            {"marginTop", g.marginTop},
            {"bodySize", g.bodySize},
            {"leading", g.leading},
            {"columns", g.columns},
            {"charactersPerColumn", g.charactersPerColumn},
            {"gutterCharacters", g.gutterCharacters},
            {"lines", g.lines}};
}

json rectToJson(const GridRect& r) {
    return {r.column, r.columns, r.line, r.lines};
}

const char* kindName(BlockKind kind) {
    switch (kind) {
        case BlockKind::Masthead:
            return "masthead";
        case BlockKind::Folio:
            return "folio";
        case BlockKind::Ear:
            return "ear";
        case BlockKind::Story:
            break;
    }
    return "story";
}

json storyJson(const Story& s, const std::vector<Story>& stories) {
    json out = {{"id", s.id}};
    json fields = storyToJson(s);
    for (auto& [key, value] : fields.items()) out[key] = std::move(value);
    // Only a story of the document: what is written is read back.
    if (findStory(stories, s.related)) out["related"] = s.related;
    return out;
}

json blockToJson(const Block& b, const std::vector<Story>& stories) {
    json out = {{"id", b.id}, {"kind", kindName(b.kind)}};
    if (findStory(stories, b.story)) out["story"] = b.story;
    auto area = json::array();
    for (const GridRect& r : b.area) area.push_back(rectToJson(r));
    out["area"] = std::move(area);
    out["textColumns"] = b.textColumns;
    out["headColumns"] = b.headColumns;
    out["boxed"] = b.boxed;
    out["lead"] = b.lead;
    if (b.headlineSize > 0) out["headlineSize"] = toPoints(b.headlineSize);
    if (!b.headlineFont.empty()) out["headlineFont"] = b.headlineFont;
    if (b.headSide != HeadSide::Top)
        out["headSide"] = std::string(kHeadSideNames[static_cast<std::size_t>(b.headSide)]);
    if (b.verticalBody) out["verticalBody"] = true;
    if (!b.showKicker) out["kicker"] = false;
    if (b.balanceColumns) out["balanceColumns"] = true;
    if (b.border != BorderKind::Plain)
        out["border"] = std::string(kBorderNames[static_cast<std::size_t>(b.border)]);
    for (const auto& [key, ink] : {std::pair{"frameColour", &b.frameInk},
                                   {"background", &b.background},
                                   {"headlineColour", &b.headlineInk},
                                   {"kickerBand", &b.kickerBand},
                                   {"headlineBand", &b.headlineBand}}) {
        if (!ink->swatch.empty()) out[key] = {{"swatch", ink->swatch}, {"tint", ink->tint}};
    }
    auto photos = json::array();
    for (const PhotoFrame& p : b.photos) {
        json photo = {{"id", p.id},
                      {"area", rectToJson(p.area)},
                      {"image", p.image},
                      {"caption", p.caption},
                      {"captionId", p.captionId}};
        if (p.captionArea) photo["captionArea"] = rectToJson(*p.captionArea);
        if (!p.credit.empty()) photo["credit"] = p.credit;
        if (p.crop != PhotoCrop{})
            photo["crop"] = {{"scale", p.crop.scale}, {"x", p.crop.centerX}, {"y", p.crop.centerY}};
        photos.push_back(std::move(photo));
    }
    out["photos"] = std::move(photos);
    if (b.kind == BlockKind::Ear) {
        out["earTitle"] = b.earTitle;
        out["earText"] = b.earText;
    }
    if (b.jump.continued()) {
        json jump = json::object();
        if (b.jump.continuedOn > 0) jump["continuedOn"] = b.jump.continuedOn;
        if (b.jump.continuedFrom > 0) {
            jump["continuedFrom"] = b.jump.continuedFrom;
            jump["start"] = {{"paragraph", b.jump.start.paragraph},
                             {"offset", b.jump.start.offset}};
        }
        out["jump"] = std::move(jump);
    }
    return out;
}

json placeToJson(const TextPlace& p) {
    return {{"field", toString(p.field)}, {"paragraph", p.paragraph}, {"offset", p.offset}};
}

json markToJson(const ProofMark& m) {
    json out = {{"id", m.id}, {"kind", toString(m.kind)}};
    // A mark brought from another copy whose story is not in this one keeps that story's id: it
    // stays orphaned here, and meets its story again where the copies are merged.
    if (!m.range.begin.story.empty()) out["story"] = m.range.begin.story;
    out["begin"] = placeToJson(m.range.begin);
    out["end"] = placeToJson(m.range.end);
    out["text"] = m.text;
    if (!m.before.empty() || !m.after.empty())
        out["context"] = {{"before", m.before}, {"after", m.after}};
    if (!m.correction.empty()) out["correction"] = m.correction;
    if (m.kind == MarkKind::Transpose) out["pivot"] = m.pivot;
    if (!m.rule.empty()) out["rule"] = m.rule;
    out["author"] = m.author;
    out["created"] = m.created;
    out["status"] = toString(m.status);
    if (m.orphaned) out["orphaned"] = true;
    if (!m.reviewer.empty()) out["reviewer"] = m.reviewer;
    if (!m.reviewed.empty()) out["reviewed"] = m.reviewed;
    // Written only when not what a file without them reads as (round 1, nothing recorded).
    if (m.round != 1) out["round"] = m.round;
    if (m.changedText) out["accepted"] = {{"was", m.was}, {"became", m.became}};
    if (!m.conflictsWith.empty()) out["conflictsWith"] = m.conflictsWith;
    return out;
}

// Whether anything in `d` has no id yet (a document made in code).
bool lacksIds(const Document& d) {
    auto none = [](const auto& objects) {
        return std::any_of(objects.begin(), objects.end(),
                           [](const auto& object) { return object.id.empty(); });
    };
    return none(d.stories) || none(d.page.blocks) || none(d.marks) ||
           std::any_of(d.page.blocks.begin(), d.page.blocks.end(), [](const Block& b) {
               return std::any_of(b.photos.begin(), b.photos.end(), [](const PhotoFrame& p) {
                   return p.id.empty() || p.captionId.empty();
               });
           });
}

// Reading: every value checked, every error naming where it is (a JSON path).
struct Reader {
    int version = kDocumentVersion;
    std::optional<Diagnostic> error;
    std::set<std::string> stories;                   // the stories' ids
    const std::vector<Story>* storyTexts = nullptr;  // the stories read, for places in them
    std::vector<std::string> storyByNumber;  // the same in order: before version 3 files said
                                             // which story by its number
    // Where each id was first seen, by kind of object: the second of one is refused.
    std::map<std::string, std::string> storyIds, blockIds, photoIds, captionIds, markIds;

    void fail(const std::string& where, const std::string& what) {
        if (!error) error = Diagnostic{0, where + ": " + what};
    }

    // The id of the object at `where`: text that no other object of its kind has; before ids
    // (`fresh`), a new one.
    std::string id(const nlohmann::ordered_json& j, const char* key, const std::string& where,
                   std::map<std::string, std::string>& seen, bool fresh) {
        if (fresh) return newId();
        if (!j.contains(key) || !j[key].is_string() || j[key].get<std::string>().empty()) {
            fail(where + "/" + key,
                 "missing or not text (every story, block, photo, caption and mark has an id)");
            return {};
        }
        std::string value = j[key].get<std::string>();
        const auto [first, added] = seen.emplace(value, where);
        if (!added) {
            fail(where + "/" + key,
                 "\"" + value + "\" is already the " + key + " of " + first->second);
        }
        return value;
    }

    // The story `value` refers to: by its id (version 3) or its index (before); none when there
    // is no such story.
    // The id of the story `value` names: by id, or before version 3 by number; none for a
    // story that is not in the document.
    std::optional<std::string> storyRef(const nlohmann::ordered_json& value) const {
        if (version >= 3) {
            if (!value.is_string() || !stories.contains(value.get<std::string>()))
                return std::nullopt;
            return value.get<std::string>();
        }
        if (!value.is_number_unsigned() || value.get<std::size_t>() >= storyByNumber.size())
            return std::nullopt;
        return storyByNumber[value.get<std::size_t>()];
    }

    template <typename T>
    T number(const nlohmann::ordered_json& j, const char* key, const std::string& where, T min,
             T max) {
        if (!j.contains(key) || !j[key].is_number_integer()) {
            fail(where + "/" + key, "missing or not a whole number");
            return min;
        }
        const auto value = j[key].get<long long>();
        if (value < min || value > max) {
            fail(where + "/" + key, std::to_string(value) + " is out of range");
            return min;
        }
        return static_cast<T>(value);
    }

    // An optional member of a given JSON type: the fallback when absent, an error naming where
    // when present but of another type (a hand-edited "boxed": "yes").
    std::string text(const nlohmann::ordered_json& j, const char* key, const std::string& where,
                     std::string fallback = "") {
        if (!j.contains(key)) return fallback;
        if (!j[key].is_string()) {
            fail(where + "/" + key, "should be text in quotes");
            return fallback;
        }
        return j[key].get<std::string>();
    }
    bool flag(const nlohmann::ordered_json& j, const char* key, const std::string& where) {
        if (!j.contains(key)) return false;
        if (!j[key].is_boolean()) {
            fail(where + "/" + key, "should be true or false");
            return false;
        }
        return j[key].get<bool>();
    }
    int count(const nlohmann::ordered_json& j, const char* key, const std::string& where) {
        if (!j.contains(key)) return 0;
        return number<int>(j, key, where, 0, 64);
    }

    // A colour a part of the page takes: {"swatch": "报头红", "tint": 100}. A swatch the style
    // sheet does not have is read (the part prints black, and the flow keeps going).
    Ink ink(const nlohmann::ordered_json& j, const char* key, const std::string& where) {
        if (!j.contains(key)) return {};
        const auto& value = j[key];
        const std::string at = where + "/" + key;
        if (!value.is_object() || !value.contains("swatch") || !value["swatch"].is_string() ||
            value["swatch"].get<std::string>().empty()) {
            fail(at, "a colour is {\"swatch\": \"报头红\", \"tint\": 100}");
            return {};
        }
        return {value["swatch"].get<std::string>(),
                value.contains("tint") ? number<int>(value, "tint", at, 0, 100) : 100};
    }

    GridRect rect(const nlohmann::ordered_json& j, const std::string& where) {
        if (!j.is_array() || j.size() != 4 ||
            !std::all_of(j.begin(), j.end(), [](const auto& v) { return v.is_number_integer(); })) {
            fail(where, "a grid rectangle is [column, columns, line, lines]");
            return {};
        }
        return {j[0].get<int>(), j[1].get<int>(), j[2].get<int>(), j[3].get<int>()};
    }

    // How a photo is cropped in its frame; what is left out keeps the default (centred, filling
    // the frame), as in files written before photos were cropped.
    PhotoCrop crop(const nlohmann::ordered_json& j, const std::string& where) {
        PhotoCrop c;
        if (!j.is_object()) {
            fail(where, "should be an object such as {\"scale\": 1.5, \"x\": 0.5, \"y\": 0.4}");
            return c;
        }
        auto fraction = [&](const char* key, double min, double max, double fallback,
                            const char* meaning) {
            if (!j.contains(key)) return fallback;
            const auto& v = j[key];
            if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < min ||
                v.get<double>() > max) {
                fail(where + "/" + key, meaning);
                return fallback;
            }
            return v.get<double>();
        };
        c.scale = fraction("scale", 1, kMaxPhotoScale, 1,
                           "the photo's scale in its frame is a number from 1 (filling the frame) "
                           "to 10");
        c.centerX = fraction("x", 0, 1, 0.5,
                             "the crop's centre across is a fraction of the photo's width, 0 to 1");
        c.centerY = fraction("y", 0, 1, 0.5,
                             "the crop's centre down is a fraction of the photo's height, 0 to 1");
        return c;
    }

    // What the plant asks of the print file; a figure left out keeps newsprint's default.
    PrintSettings print(const nlohmann::ordered_json& j, const std::string& where) {
        PrintSettings p;
        if (!j.is_object()) {
            fail(where,
                 "should be an object such as {\"minPhotoPpi\": 150, \"goodPhotoPpi\": 200}");
            return p;
        }
        // A photo at 1 ppi is no photo; 2400 is beyond any press.
        if (j.contains("minPhotoPpi"))
            p.minPhotoPpi = number<int>(j, "minPhotoPpi", where, 1, 2400);
        if (j.contains("goodPhotoPpi"))
            p.goodPhotoPpi = number<int>(j, "goodPhotoPpi", where, 1, 2400);
        p.outputProfile = text(j, "outputProfile", where);
        p.outputProfileName = text(j, "outputProfileName", where);
        if (j.contains("renderingIntent")) {
            const std::string intent = text(j, "renderingIntent", where);
            if (intent == toString(RenderingIntent::Perceptual))
                p.intent = RenderingIntent::Perceptual;
            else if (intent != toString(RenderingIntent::RelativeColorimetric))
                fail(where + "/renderingIntent",
                     "should be \"relative-colorimetric\" or \"perceptual\", not \"" + intent +
                             "\"");
        }
        // Under one solid is no ink limit a press has; 400 % is every plate solid.
        if (j.contains("inkLimit")) p.inkLimit = number<int>(j, "inkLimit", where, 100, 400);
        if (!error && p.goodPhotoPpi < p.minPhotoPpi) {
            fail(where + "/goodPhotoPpi",
                 std::to_string(p.goodPhotoPpi) + " is under minPhotoPpi (" +
                         std::to_string(p.minPhotoPpi) + "): the good resolution is the higher");
        }
        return p;
    }

    PageGrid grid(const nlohmann::ordered_json& j, const std::string& where) {
        PageGrid g;
        if (!j.is_object()) {
            fail(where, "missing or not an object");
            return g;
        }
        g.name = text(j, "name", where);
        constexpr LayoutUnit kMaxLength = fromMillimetres(5000);
        g.trimWidth = number<LayoutUnit>(j, "trimWidth", where, 1, kMaxLength);
        g.trimHeight = number<LayoutUnit>(j, "trimHeight", where, 1, kMaxLength);
        g.marginLeft = number<LayoutUnit>(j, "marginLeft", where, 0, kMaxLength);
        g.marginTop = number<LayoutUnit>(j, "marginTop", where, 0, kMaxLength);
        g.bodySize = number<LayoutUnit>(j, "bodySize", where, fromPoints(4), fromPoints(72));
        g.leading = number<LayoutUnit>(j, "leading", where, g.bodySize, fromPoints(200));
        g.columns = number<int>(j, "columns", where, 1, 40);
        g.charactersPerColumn = number<int>(j, "charactersPerColumn", where, 1, 200);
        g.gutterCharacters = number<int>(j, "gutterCharacters", where, 0, 10);
        g.lines = number<int>(j, "lines", where, 1, 2000);
        return g;
    }

    bool inside(const GridRect& r, const PageGrid& g) {
        return r.column >= 0 && r.columns >= 1 && r.endColumn() <= g.columns && r.line >= 0 &&
               r.lines >= 1 && r.endLine() <= g.lines;
    }

    Block block(const nlohmann::ordered_json& j, const std::string& where, const PageGrid& g) {
        Block b;
        if (!j.is_object()) {
            fail(where, "not an object");
            return b;
        }
        // Before version 3 a block's id was made from its place ("story-2"): no use across copies.
        b.id = id(j, "id", where, blockIds, version < 3);
        const std::string kind = text(j, "kind", where, "story");
        if (kind == "masthead")
            b.kind = BlockKind::Masthead;
        else if (kind == "folio")
            b.kind = BlockKind::Folio;
        else if (kind == "ear")
            b.kind = BlockKind::Ear;
        else if (kind != "story")
            fail(where + "/kind", "\"" + kind + "\" is not a block kind");
        if (j.contains("story")) {
            const auto story = storyRef(j["story"]);
            b.story = story.value_or("");
            if (!story) {
                fail(where + "/story", version >= 3 ? "not the id of a story in the document"
                                                    : "not the number of a story in the document");
            }
        }
        if (!j.contains("area") || !j["area"].is_array() || j["area"].empty())
            fail(where + "/area", "missing");
        else {
            for (std::size_t i = 0; i < j["area"].size(); ++i) {
                const GridRect r = rect(j["area"][i], where + "/area/" + std::to_string(i));
                if (!error && !inside(r, g))
                    fail(where + "/area/" + std::to_string(i), "outside the page grid");
                b.area.push_back(r);
            }
        }
        b.textColumns = count(j, "textColumns", where);
        b.headColumns = count(j, "headColumns", where);
        b.boxed = flag(j, "boxed", where);
        b.lead = flag(j, "lead", where);
        if (j.contains("headlineSize")) {
            const auto& size = j["headlineSize"];
            if (!size.is_number() || size.get<double>() < 4 || size.get<double>() > 400)
                fail(where + "/headlineSize", "a headline size is a number of points, 4 to 400");
            else
                b.headlineSize = fromPoints(size.get<double>());
        }
        b.headlineFont = text(j, "headlineFont", where);
        if (!b.headlineFont.empty() && !fonts::parseFontRole(b.headlineFont))
            fail(where + "/headlineFont", "not a font role (书宋 宋体 粗宋 黑体 楷体)");
        if (j.contains("headSide")) {
            const std::string side = text(j, "headSide", where);
            const auto found = std::find(kHeadSideNames.begin(), kHeadSideNames.end(), side);
            if (found == kHeadSideNames.end())
                fail(where + "/headSide", "\"" + side + "\" is not a head side (top, right, left)");
            else
                b.headSide = static_cast<HeadSide>(found - kHeadSideNames.begin());
        }
        b.verticalBody = flag(j, "verticalBody", where);
        b.showKicker = !j.contains("kicker") || flag(j, "kicker", where);
        b.balanceColumns = flag(j, "balanceColumns", where);
        if (j.contains("border")) {
            const std::string border = text(j, "border", where);
            const auto found = std::find(kBorderNames.begin(), kBorderNames.end(), border);
            if (found == kBorderNames.end())
                fail(where + "/border",
                     "\"" + border +
                             "\" is not a border (plain, double, "
                             "thick-thin, thin-thick, dotted, dashed, diamonds, beads)");
            else
                b.border = static_cast<BorderKind>(found - kBorderNames.begin());
        }
        b.frameInk = ink(j, "frameColour", where);
        b.background = ink(j, "background", where);
        b.headlineInk = ink(j, "headlineColour", where);
        b.kickerBand = ink(j, "kickerBand", where);
        b.headlineBand = ink(j, "headlineBand", where);
        if (j.contains("photos") && j["photos"].is_array()) {
            for (std::size_t i = 0; i < j["photos"].size(); ++i) {
                const auto& p = j["photos"][i];
                const std::string at = where + "/photos/" + std::to_string(i);
                if (!p.is_object() || !p.contains("area")) {
                    fail(at, "a photo needs an area");
                    continue;
                }
                const GridRect r = rect(p["area"], at + "/area");
                if (!error && !inside(r, g)) fail(at + "/area", "outside the page grid");
                PhotoFrame photo{r, text(p, "image", at), text(p, "caption", at), std::nullopt};
                photo.id = id(p, "id", at, photoIds, version < 3);
                photo.captionId = id(p, "captionId", at, captionIds, version < 3);
                if (p.contains("captionArea")) {
                    photo.captionArea = rect(p["captionArea"], at + "/captionArea");
                    if (!error && !inside(*photo.captionArea, g))
                        fail(at + "/captionArea", "outside the page grid");
                }
                photo.credit = text(p, "credit", at);
                if (p.contains("crop")) photo.crop = crop(p["crop"], at + "/crop");
                b.photos.push_back(std::move(photo));
            }
        }
        b.earTitle = text(j, "earTitle", where);
        b.earText = text(j, "earText", where);
        if (j.contains("jump")) b.jump = jump(j["jump"], where + "/jump", b);
        return b;
    }

    // A page number a jump line prints (第3版): 1 or more, 0 or absent for none.
    int jumpPage(const nlohmann::ordered_json& j, const char* key, const std::string& where) {
        if (!j.contains(key)) return 0;
        if (!j[key].is_number_integer() || j[key].get<long long>() < 0 ||
            j[key].get<long long>() > 9999) {
            fail(where + "/" + key, "a page number is a whole number from 1 (0: none)");
            return 0;
        }
        return j[key].get<int>();
    }

    // Which part of a story continued across pages (转版) the block shows; its start must be a
    // character's place in the story's body, or the continuation would set text from nowhere.
    Jump jump(const nlohmann::ordered_json& j, const std::string& where, const Block& b) {
        Jump jump;
        if (!j.is_object()) {
            fail(where, "should be an object such as {\"continuedOn\": 3}");
            return jump;
        }
        if (b.kind != BlockKind::Story || b.story.empty()) {
            fail(where, "only a block showing a story is continued on another page");
            return jump;
        }
        jump.continuedOn = jumpPage(j, "continuedOn", where);
        jump.continuedFrom = jumpPage(j, "continuedFrom", where);
        // Only a continuation has a start; a first part sets its story from the beginning.
        if (jump.continuedFrom == 0) return jump;
        jump.start = {b.story, StoryField::Body, 0, 0};
        if (!j.contains("start")) return jump;
        const std::string at = where + "/start";
        if (!j["start"].is_object()) {
            fail(at, "should be an object such as {\"paragraph\": 2, \"offset\": 45}");
            return jump;
        }
        jump.start.paragraph = whole(j["start"], "paragraph", at);
        jump.start.offset = whole(j["start"], "offset", at);
        const Story* story = storyTexts ? findStory(*storyTexts, b.story) : nullptr;
        if (error || !story) return jump;
        if (jump.start.paragraph >= std::max<std::size_t>(story->paragraphs.size(), 1)) {
            fail(at + "/paragraph", std::to_string(jump.start.paragraph) +
                                            " is past the story's last paragraph (it has " +
                                            std::to_string(story->paragraphs.size()) + ")");
            return jump;
        }
        const std::string_view text =
                story->paragraphs.empty()
                        ? std::string_view()
                        : std::string_view(story->paragraphs[jump.start.paragraph]);
        // Past the paragraph's end, or inside a character's bytes (UTF-8 continuation bytes are
        // 10xxxxxx): no character starts there.
        const std::size_t offset = jump.start.offset;
        if (offset > text.size() ||
            (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)) {
            fail(at + "/offset", std::to_string(offset) +
                                         " is not the place of a character in paragraph " +
                                         std::to_string(jump.start.paragraph) + " (" +
                                         std::to_string(text.size()) + " bytes)");
        }
        return jump;
    }

    std::size_t whole(const nlohmann::ordered_json& j, const char* key, const std::string& where) {
        if (!j.contains(key)) return 0;
        if (!j[key].is_number_unsigned()) {
            fail(where + "/" + key, "should be a whole number, 0 or more");
            return 0;
        }
        return j[key].get<std::size_t>();
    }

    template <typename Value>
    Value named(std::optional<Value> (*parse)(std::string_view), const nlohmann::ordered_json& j,
                const char* key, const std::string& where, Value fallback) {
        const std::string name = text(j, key, where);
        if (error) return fallback;
        const auto value = parse(name);
        if (!value) fail(where + "/" + key, "\"" + name + "\" is not one Banmian knows");
        return value.value_or(fallback);
    }

    TextPlace place(const nlohmann::ordered_json& j, const std::string& story,
                    const std::string& where) {
        if (!j.is_object()) {
            fail(where, "a place in the text needs a field, a paragraph and an offset");
            return {};
        }
        return {story, named(parseStoryField, j, "field", where, StoryField::Body),
                whole(j, "paragraph", where), whole(j, "offset", where)};
    }

    // A mark whose story is not in the document (brought from another copy, or a hand-edited
    // file) is kept, orphaned, with its text: the proofreader's work is not thrown away for a
    // wrong number. Where its place does not hold its text, it is found again (reanchor()).
    ProofMark mark(const nlohmann::ordered_json& j, const std::string& where) {
        ProofMark m;
        if (!j.is_object()) {
            fail(where, "not an object");
            return m;
        }
        // A version 2 mark keeps its "m3": unique in its file, and the same mark in every copy
        // of that file, so that marks from two such copies still meet as one.
        const bool unnamed = !j.contains("id") || j["id"] == "";
        m.id = id(j, "id", where, markIds, version < 3 && unnamed);
        m.kind = named(parseMarkKind, j, "kind", where, MarkKind::Comment);
        std::string story;
        if (version >= 3) {
            if (j.contains("story")) {
                if (!j["story"].is_string())
                    fail(where + "/story", "should be the id of a story, in quotes");
                else
                    story = j["story"].get<std::string>();
            }
        } else {
            const std::size_t number = whole(j, "story", where);
            if (number < storyByNumber.size()) story = storyByNumber[number];
        }
        m.range = {place(j.value("begin", json()), story, where + "/begin"),
                   place(j.value("end", json()), story, where + "/end")};
        m.text = text(j, "text", where);
        m.correction = text(j, "correction", where);
        m.pivot = whole(j, "pivot", where);
        m.rule = text(j, "rule", where);
        m.author = text(j, "author", where);
        m.created = text(j, "created", where);
        m.status = named(parseMarkStatus, j, "status", where, MarkStatus::Open);
        m.orphaned = flag(j, "orphaned", where);
        m.reviewer = text(j, "reviewer", where);
        m.reviewed = text(j, "reviewed", where);
        // Marks from before rounds were kept were made in the first.
        if (j.contains("round")) m.round = number<int>(j, "round", where, 1, 99);
        if (j.contains("accepted")) {
            const auto& accepted = j["accepted"];
            if (!accepted.is_object() || !accepted.contains("was") ||
                !accepted.contains("became")) {
                fail(where + "/accepted", "should be an object with \"was\" and \"became\"");
            } else {
                m.was = text(accepted, "was", where + "/accepted");
                m.became = text(accepted, "became", where + "/accepted");
                m.changedText = true;
            }
        }
        m.conflictsWith = text(j, "conflictsWith", where);
        if (j.contains("context")) {
            const auto& context = j["context"];
            if (!context.is_object()) {
                fail(where + "/context", "should be an object with \"before\" and \"after\"");
            } else {
                m.before = text(context, "before", where + "/context");
                m.after = text(context, "after", where + "/context");
            }
        }
        return m;
    }
};

}  // namespace

void giveMissingIds(Document& document) {
    auto give = [](std::string& id) {
        if (id.empty()) id = newId();
    };
    for (Story& story : document.stories) give(story.id);
    for (Block& block : document.page.blocks) {
        give(block.id);
        for (PhotoFrame& photo : block.photos) {
            give(photo.id);
            give(photo.captionId);
        }
    }
    for (ProofMark& mark : document.marks) give(mark.id);
}

std::string documentToJson(const Document& document) {
    // Everything is written with an id; a document made in code without them gets them here.
    std::optional<Document> named;
    if (lacksIds(document)) {
        named = document;
        giveMissingIds(*named);
    }
    const Document& d = named ? *named : document;
    json out;
    out["format"] = "banmian";
    out["version"] = kDocumentVersion;
    out["print"] = {{"minPhotoPpi", d.print.minPhotoPpi},
                    {"goodPhotoPpi", d.print.goodPhotoPpi},
                    {"renderingIntent", toString(d.print.intent)},
                    {"inkLimit", d.print.inkLimit}};
    if (!d.print.outputProfile.empty()) {
        out["print"]["outputProfile"] = d.print.outputProfile;
        out["print"]["outputProfileName"] = d.print.outputProfileName;
    }
    json page;
    page["grid"] = gridToJson(d.page.grid);
    page["masthead"] = mastheadToJson(d.page.masthead);
    if (d.page.columnRules) page["columnRules"] = true;
    // Written only for a page of an edition: a front page alone saves as it did before.
    if (d.page.number != 1) page["number"] = d.page.number;
    if (!d.page.section.empty()) page["section"] = d.page.section;
    // Written only when not the default: a simplified-Chinese page saves as it did before.
    if (d.page.language != Language::Hans) page["lang"] = languageTag(d.page.language);
    auto blocks = json::array();
    for (const Block& b : d.page.blocks) blocks.push_back(blockToJson(b, d.stories));
    page["blocks"] = std::move(blocks);
    out["page"] = std::move(page);
    out["styles"] = styleSheetToJson(d.styles);
    auto stories = json::array();
    for (const Story& s : d.stories) stories.push_back(storyJson(s, d.stories));
    out["stories"] = std::move(stories);
    // Written only when there are some: a page without the day's photos saves as it did before.
    if (!d.photos.empty()) out["photos"] = dayPhotosToJson(d.photos);
    proofRecordToJson(d, out);
    if (!d.marks.empty()) {
        auto marks = json::array();
        for (const ProofMark& m : d.marks) marks.push_back(markToJson(m));
        out["marks"] = std::move(marks);
    }
    // Text is UTF-8 everywhere it comes from; should a byte slip through, it is replaced rather
    // than thrown on (an autosave on its thread must not end the program).
    return out.dump(1, '\t', false, json::error_handler_t::replace) + "\n";
}

namespace {
Result<Document> readDocumentJson(std::string_view text);
}

Result<Document> documentFromJson(std::string_view text) {
    // Every value is checked by type where it is read; this is the net under them all: a value
    // of a kind no check foresaw is an error to report, never a crash (the fuzzer found one).
    Result<Document> document = [&]() -> Result<Document> {
        try {
            return readDocumentJson(text);
        } catch (const nlohmann::ordered_json::exception& e) {
            return Diagnostic{0, std::string("a value of the wrong kind in the document (") +
                                         e.what() + "): was it edited by hand?"};
        }
    }();
    if (document) return document;
    Diagnostic error = document.error();
    error.kind = "bad-document";
    return error;
}

namespace {

// Whether the bytes from `at` are one character cut short by the end of the text: a lead byte
// followed by fewer continuation bytes than it announces (RFC 3629 §3), and nothing else.
bool cutAtTheEnd(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length == 1 || at + length <= text.size()) return false;
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return false;
    }
    return true;
}

// Why bytes that should be a document are not JSON, in words that say what to do: the file chosen
// was something else, a text editor saved it in another encoding, a hand edit broke it, or saving
// was cut short (a full disk, a crash) — each asks for a different remedy.
std::string whyNotJson(std::string_view text, std::size_t errorByte) {
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    const bool hasZero = text.find('\0') != std::string_view::npos;
    const std::size_t invalid = utf8::findInvalid(text);
    auto line = [&](std::size_t at) { return std::to_string(utf8::lineOfOffset(text, at)); };
    if (start == std::string_view::npos)
        return "the document is empty: is the file truncated (a full disk when it was saved)?";
    if (text[start] != '{' && !text.substr(start).starts_with("\xEF\xBB\xBF{")) {
        if (hasZero || invalid != std::string_view::npos)
            return "a binary file, not a Banmian document: is it the right file?";
        return "not a Banmian document (it does not begin as one, with '{'): is it the right file?";
    }
    // Cut short in the middle of a character (a full disk, a crash while saving): the text is
    // truncated, not in another encoding. Pages carry Chinese to their last key (the stories'
    // manuscripts), so a cut lands inside a character more often than not.
    if (invalid != std::string_view::npos && cutAtTheEnd(text, invalid)) {
        return "the document breaks off at byte " + std::to_string(text.size()) +
               ": is the file truncated (a full disk when it was saved)?";
    }
    if (invalid != std::string_view::npos && !hasZero) {
        return "not UTF-8 text at line " + line(invalid) +
               ": was it saved in another encoding (GBK?) by a text editor? Save it as UTF-8";
    }
    if (errorByte >= text.size()) {
        return "the document breaks off at byte " + std::to_string(text.size()) +
               ": is the file truncated (a full disk when it was saved)?";
    }
    const std::size_t at = errorByte > 0 ? errorByte - 1 : 0;  // nlohmann counts from 1
    if (hasZero) {
        return "the document is damaged near line " + line(at) +
               " (zero bytes where text should be): was it cut short when it was saved?";
    }
    return "the document is damaged near line " + line(at) + ": was it edited by hand?";
}

Result<Document> readDocumentJson(std::string_view text) {
    nlohmann::ordered_json j;
    try {
        j = nlohmann::ordered_json::parse(text.begin(), text.end());
    } catch (const nlohmann::ordered_json::parse_error& e) {
        return Diagnostic{0, whyNotJson(text, e.byte)};
    }
    if (!j.is_object() || j.value("format", "") != "banmian") {
        return Diagnostic{0, "not a Banmian document (no \"format\": \"banmian\")"};
    }
    if (!j.contains("version") || !j["version"].is_number_integer())
        return Diagnostic{0, "the document has no version"};
    const int version = j["version"].get<int>();
    if (version > kDocumentVersion) {
        return Diagnostic{0, "made by a newer Banmian (document version " +
                                     std::to_string(version) + "; this one reads up to " +
                                     std::to_string(kDocumentVersion) + "): update Banmian"};
    }
    if (version < 1)
        return Diagnostic{0, "document version " + std::to_string(version) + " is not a version"};

    Document d;
    Reader reader;
    reader.version = version;
    if (!j.contains("stories") || !j["stories"].is_array())
        return Diagnostic{0, "/stories: missing"};
    std::vector<std::optional<nlohmann::ordered_json>> related(j["stories"].size());
    for (std::size_t i = 0; i < j["stories"].size(); ++i) {
        const std::string where = "/stories/" + std::to_string(i);
        const nlohmann::ordered_json& item = j["stories"][i];
        // A sidebar names its story by id (before version 3 by number): read once all are.
        if (item.is_object() && item.contains("related")) related[i] = item["related"];
        auto story = storyFromJson(item, where);
        if (!story) return story.error();
        d.stories.push_back(std::move(story).value());
        d.stories.back().id = reader.id(item, "id", where, reader.storyIds, version < 3);
        if (reader.error) return *reader.error;
        reader.stories.insert(d.stories.back().id);
        reader.storyByNumber.push_back(d.stories.back().id);
    }
    for (std::size_t i = 0; i < d.stories.size(); ++i) {
        if (!related[i]) continue;
        const auto story = reader.storyRef(*related[i]);
        if (!story)
            return Diagnostic{0, "/stories/" + std::to_string(i) + "/related: no such story"};
        d.stories[i].related = *story;
    }
    // Files from before the day's photos were kept have none.
    if (j.contains("photos")) {
        auto photos = dayPhotosFromJson(j["photos"], "/photos", reader.stories);
        if (!photos) return photos.error();
        d.photos = std::move(photos).value();
    }
    if (j.contains("styles")) {
        auto styles = StyleSheet::fromJson(j["styles"].dump());
        if (!styles) return Diagnostic{0, "/styles: " + styles.error().message};
        d.styles = std::move(styles).value();
    }
    // Written since Banmian checked photos against the document's own figures (within version 3):
    // a file without it is checked against newsprint's.
    if (j.contains("print")) {
        d.print = reader.print(j["print"], "/print");
        if (reader.error) return *reader.error;
    }
    if (!j.contains("page") || !j["page"].is_object()) return Diagnostic{0, "/page: missing"};
    const auto& page = j["page"];
    d.page.grid = reader.grid(page.value("grid", nlohmann::ordered_json()), "/page/grid");
    if (reader.error) return *reader.error;
    if (page.contains("masthead") && page["masthead"].is_object()) {
        auto masthead = mastheadFromJson(page["masthead"], "/page/masthead");
        if (!masthead) return masthead.error();
        d.page.masthead = std::move(masthead).value();
    }
    d.page.columnRules = reader.flag(page, "columnRules", "/page");
    if (page.contains("number")) d.page.number = reader.number(page, "number", "/page", 1, 999);
    d.page.section = reader.text(page, "section", "/page");
    if (reader.error) return *reader.error;
    // Files from before languages are simplified Chinese.
    if (page.contains("lang")) {
        auto language = languageFromJson(page["lang"], "/page/lang");
        if (!language) return language.error();
        d.page.language = language.value();
    }
    reader.storyTexts = &d.stories;
    if (page.contains("blocks")) {
        if (!page["blocks"].is_array()) return Diagnostic{0, "/page/blocks: not a list"};
        for (std::size_t i = 0; i < page["blocks"].size(); ++i) {
            d.page.blocks.push_back(reader.block(page["blocks"][i],
                                                 "/page/blocks/" + std::to_string(i), d.page.grid));
            if (reader.error) return *reader.error;
        }
    }
    if (j.contains("marks")) {
        if (!j["marks"].is_array()) return Diagnostic{0, "/marks: not a list"};
        for (std::size_t i = 0; i < j["marks"].size(); ++i) {
            d.marks.push_back(reader.mark(j["marks"][i], "/marks/" + std::to_string(i)));
            if (reader.error) return *reader.error;
        }
    }
    if (auto error = proofRecordFromJson(j, reader.stories, d)) return *error;
    // A mark of a round the page never opened was edited by hand (or its rounds were taken out).
    const int rounds = std::max<int>(1, static_cast<int>(d.rounds.size()));
    for (std::size_t i = 0; i < d.marks.size(); ++i) {
        if (d.marks[i].round > rounds) {
            return Diagnostic{0, "/marks/" + std::to_string(i) +
                                         "/round: " + std::to_string(d.marks[i].round) +
                                         " is a round the page has not opened (it has " +
                                         std::to_string(rounds) + ")"};
        }
    }
    // Each mark checked against its story: a mark copied from another copy of the page after
    // text before it changed is found on its characters again, or orphaned — never left on others.
    checkMarks(d.stories, d.marks);
    return d;
}

}  // namespace

Result<Document> readDocument(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Diagnostic{.message = "cannot open " + path.string() + ": " + std::strerror(errno),
                          .kind = "unreadable-file"};
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto document = documentFromJson(bytes.str());
    if (!document) {
        Diagnostic error = document.error();
        error.message = path.string() + ": " + error.message;
        return error;
    }
    Document read = std::move(document).value();
    filesAbsoluteFrom(read, std::filesystem::absolute(path).parent_path());
    return read;
}

std::optional<Diagnostic> writeDocument(const Document& document,
                                        const std::filesystem::path& path) {
    Document kept = document;
    filesRelativeTo(kept, std::filesystem::absolute(path).parent_path());
    return writeFileAtomically(path, documentToJson(kept));
}

}  // namespace banmian::layout
