#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Language.h"
#include "layout/colour/Colour.h"
#include "layout/model/MastheadDate.h"
#include "layout/model/PageGrid.h"
#include "layout/model/TextPlace.h"

namespace banmian::layout {

/// How the designer cropped a photo in its frame. `scale` is how many times larger than the size
/// that just fills the frame the picture is set (1: fills it, the newspaper's default crop); the
/// point of the picture at (`centerX`, `centerY`), in fractions of its width and height, is put at
/// the frame's centre. Kept relative, not in points, so that a frame resized or a photo replaced
/// keeps a sensible crop; placePhoto() keeps the frame covered whatever these say.
struct PhotoCrop {
    double scale = 1;
    double centerX = 0.5, centerY = 0.5;

    bool operator==(const PhotoCrop&) const = default;
};

/// The largest scale a designer may give a photo in its frame: past it a newspaper photo is mush.
inline constexpr double kMaxPhotoScale = 10;

/// A photo in a story block: its place on the grid, the image (a placeholder when none), how it is
/// cropped, and its caption with the photographer's credit, set in the photo's last grid lines.
struct PhotoFrame {
    GridRect area;
    std::string image;
    std::string caption;
    /// Where the caption stands when the designer moved it away from the photo; none: in the
    /// photo's last grid lines.
    std::optional<GridRect> captionArea;
    std::string id{};         ///< the photo's, stable (newId())
    std::string captionId{};  ///< its caption's, stable (newId())
    PhotoCrop crop{};
    /// The photographer's credit, set after the caption ("新华社记者 张三 摄", "图/李四").
    std::string credit{};

    bool operator==(const PhotoFrame&) const = default;
};

/// A boxed block's border (花边), drawn as vector art: the plain frame, 双线 two thin rules, 文武线
/// a thick rule outside a thin one (and 武文线 the other way round), 点线 dots, 短线 dashes, and
/// two repeated ornaments, 菱形 diamonds and 圆点 beads between thin rules.
enum class BorderKind { Plain, Double, ThickThin, ThinThick, Dotted, Dashed, Diamonds, Beads };

/// The border kinds as the document file names them, in BorderKind's order.
inline constexpr std::array<std::string_view, 8> kBorderNames = {
        "plain", "double", "thick-thin", "thin-thick", "dotted", "dashed", "diamonds", "beads"};

/// What a block holds: a story, the masthead, the folio, or the 报眼 (the ear: the box beside the
/// masthead's name, with a short text of its own).
enum class BlockKind { Story, Masthead, Folio, Ear };

/// Where a story's head stands: across the block's top, or as a vertical headline (竖题) down its
/// right or left side, the body beside it.
enum class HeadSide { Top, Right, Left };

/// The head sides as the document file names them, in HeadSide's order.
inline constexpr std::array<std::string_view, 3> kHeadSideNames = {"top", "right", "left"};

/// A story continued from one page onto another (转版): which part of it a block shows. The first
/// part ends with a jump line （下转第N版）, the next begins with （上接第M版）; a part in the
/// middle of a chain over three pages has both. The page numbers and the start are kept right by
/// the edition (layout/edition/Jumps.h), not typed by people.
struct Jump {
    /// The page (版次) the story's text that does not fit goes on to; 0: none, what does not fit
    /// is overset.
    int continuedOn = 0;
    /// The page the story comes from; 0: this part begins the story.
    int continuedFrom = 0;
    /// Where in the story's body this part's text starts (paragraph, byte offset): the first
    /// character the part before it did not set. Only read while `continuedFrom` is set.
    TextPlace start = {};

    bool continued() const { return continuedOn > 0 || continuedFrom > 0; }
    bool operator==(const Jump&) const = default;
};

/// A block on the page grid: a story's rectangle (or L-shape: a union of rectangles, the first
/// holding the head), how its body is set in columns, its photos, and whether it is boxed.
struct Block {
    std::string id;  ///< stable and unique in its document and across its copies (newId())
    BlockKind kind = BlockKind::Story;
    /// The id of the story it shows (Story::id); empty for the masthead, the folio and a block
    /// whose story is not in the document.
    std::string story;
    /// Its area in grid rectangles; reading order: rectangle by rectangle, column by column.
    std::vector<GridRect> area;
    /// Columns of text in each rectangle: 0 sets one per basic column; fewer make long columns
    /// (长栏), more split ones (破栏).
    int textColumns = 0;
    /// Basic columns the head spans from the block's left; 0: the whole first rectangle.
    int headColumns = 0;
    /// A frame around the block, as a sidebar has.
    bool boxed = false;
    /// The frame's border when boxed.
    BorderKind border = BorderKind::Plain;
    /// The frame's ink; no swatch: black.
    Ink frameInk = {};
    /// A tint laid under the whole block (底纹); none while its swatch is empty.
    Ink background = {};
    /// The headline's ink where the designer chose one; no swatch: its style's.
    Ink headlineInk = {};
    /// Reversed (反白): the kicker or the headline set in the paper's white on a band of this ink
    /// across the head's width; no swatch: not reversed.
    Ink kickerBand = {}, headlineBand = {};
    /// The page's lead story: its headline takes the lead headline style.
    bool lead = false;
    /// The headline's size when the designer set one; 0: the largest of the style's sizes that
    /// fits the head's width.
    LayoutUnit headlineSize = 0;
    /// The headline's face when the designer chose one (书宋 宋体 粗宋 黑体 楷体); empty: the
    /// style's.
    std::string headlineFont;
    /// The head set in vertical lines beside the body (竖题), or across the top.
    HeadSide headSide = HeadSide::Top;
    /// The body set in vertical lines (竖排): right to left across the block, in tiers (段) one
    /// below another.
    bool verticalBody = false;
    /// 齐栏: the body's columns end level, the lines its text leaves over taken one from each
    /// column's foot, instead of the last column running short.
    bool balanceColumns = false;
    /// The story's kicker (引题) printed in the head; off where it would repeat a title beside it
    /// (the story's sidebar titled as its kicker).
    bool showKicker = true;
    std::vector<PhotoFrame> photos;
    /// The 报眼's words (BlockKind::Ear): a short title and its text.
    std::string earTitle = {};
    std::string earText = {};
    /// For a story continued across pages (转版), which part this block shows; none by default.
    Jump jump = {};

    bool operator==(const Block&) const = default;
};

/// The masthead's words: the paper's name and the lines of the issue (MastheadText prints them).
struct Masthead {
    std::string title;
    /// The date as text, as older files had it: printed only when there is no `publication` date
    /// (a text that is no date is kept, not lost).
    std::string date;
    std::string issue;  ///< 期号: "1234" (printed 第1234期) or the words to print
    std::string reference;  ///< CN number: "11-0000" (printed 国内统一连续出版物号 CN 11-0000)
    std::string pinyin = {};  ///< the line under the name: BANMIAN DAILY
    /// The day the paper comes out; none: `date`'s text.
    std::optional<CalendarDate> publication = {};
    std::string totalIssue = {};  ///< 总期号: "12345" (printed 总第12345期)
    std::string postalCode = {};  ///< 邮发代号: "1-1"

    bool operator==(const Masthead&) const = default;
};

/// A page: its grid and the blocks placed on it.
struct Page {
    PageGrid grid;
    Masthead masthead;
    std::vector<Block> blocks;
    /// Column rules (分栏线): a hairline in the gutter between a story's columns of text.
    bool columnRules = false;
    /// The document's written form: what a story that names none is set in (Story::language).
    Language language = Language::Hans;
    /// Its page number in the edition (版次: 1 for the front page), printed in the folio and
    /// the 报眉; and its section (版名: 要闻, 综合, 评论 …), printed in the 报眉.
    int number = 1;
    std::string section = {};
};

}  // namespace banmian::layout
