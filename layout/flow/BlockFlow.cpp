#include "layout/flow/BlockFlow.h"

#include <algorithm>

#include "fonts/FontRole.h"
#include "layout/base/Utf8.h"
#include "layout/flow/BodyPieces.h"
#include "layout/flow/HeadlineFit.h"
#include "layout/flow/JumpLines.h"
#include "layout/flow/VerticalFlow.h"
#include "layout/model/MastheadText.h"
#include "layout/output/Borders.h"

namespace banmian::layout {
namespace {

// A stretch of one text column that body lines fill: grid lines [line, line + lines).
struct Segment {
    LayoutUnit x = 0, width = 0;
    int line = 0, lines = 0;
};

// Line widths for a paragraph that starts at slot `first` of the block's body.
class SlotWidths final : public LineWidth {
public:
    SlotWidths(const std::vector<LayoutUnit>& widths, std::size_t first)
        : m_widths(widths), m_first(first) {
        m_constant = std::all_of(widths.begin() + static_cast<long>(std::min(first, widths.size())),
                                 widths.end(), [&](LayoutUnit w) { return w == widths.back(); });
    }
    LayoutUnit widthAt(int line) const override {
        const std::size_t slot = m_first + static_cast<std::size_t>(line);
        return slot < m_widths.size() ? m_widths[slot] : m_widths.back();
    }
    std::optional<LayoutUnit> constantWidth() const override {
        return m_constant ? std::optional<LayoutUnit>(m_widths.back()) : std::nullopt;
    }

private:
    const std::vector<LayoutUnit>& m_widths;
    std::size_t m_first;
    bool m_constant = false;
};

// Puts a line on the page in `colour`.
void placeLine(const TypesetLine& line, std::string_view text, LayoutUnit x, LayoutUnit baseline,
               int block, const Colour& colour, PageLayout& out, const TextSource& source = {}) {
    const std::size_t first = out.runs.size();
    appendLine(line, text, x, baseline, block, out.runs, source);
    for (std::size_t r = first; r < out.runs.size(); ++r) out.runs[r].colour = colour;
}

// Puts a vertical line (竖排) on the page in `colour`: from `top` down, centred on `axis`.
void placeVerticalLine(const TypesetLine& line, std::string_view text, LayoutUnit top,
                       LayoutUnit axis, int block, const Colour& colour, PageLayout& out,
                       const TextSource& source = {}) {
    const std::size_t first = out.runs.size();
    appendVerticalLine(line, text, top, axis, block, out.runs, source);
    for (std::size_t r = first; r < out.runs.size(); ++r) out.runs[r].colour = colour;
}

ParagraphStyle vertical(ParagraphStyle style) {
    style.vertical = true;
    return style;
}

// A vertical body's lines are at most this many characters long: longer, the eye loses its way
// back to the next line's head.
constexpr int kLongestVerticalLineEms = 26;

// A caption and its photographer's credit as they are set: the credit after the caption, a
// full-width space between, as Chinese papers run them ("……现场。　新华社记者 张三 摄").
std::string captionWithCredit(const PhotoFrame& photo) {
    if (photo.credit.empty()) return photo.caption;
    if (photo.caption.empty()) return photo.credit;
    return photo.caption + "\u3000" + photo.credit;
}

ParagraphStyle unjustified(ParagraphStyle style) {
    style.indentEms = 0;
    style.composition.justify = false;
    return style;
}

// What the text engine said of a text set at `where` (block, story, text, paragraph), each at
// its offset in that text; a piece set from `shift` bytes into its paragraph counts from there.
void addDiagnostics(const TypesetParagraph& set, const DiagnosticPlace& where, PageLayout& out,
                    std::size_t shift = 0) {
    for (Diagnostic d : set.diagnostics) {
        const int offset = d.place.offset;
        d.place = where;
        d.place.offset = offset + static_cast<int>(shift);
        out.diagnostics.push_back(std::move(d));
    }
}

// Sets `text` in `width` from y = `top`, aligned as its style says; returns the height it took.
LayoutUnit setParagraph(const std::string& text, const ParagraphStyle& style, LayoutUnit x,
                        LayoutUnit width, LayoutUnit top, Typesetter& typesetter, int block,
                        PageLayout& out, const DiagnosticPlace& where,
                        const TextSource& source = {}) {
    if (text.empty()) return 0;
    const TypesetParagraph set =
            typesetter.typeset(text, unjustified(style), ConstantLineWidth(width));
    for (const TypesetLine& line : set.lines)
        placeLine(line, text, x, top + line.baseline, block, style.colour, out, source);
    addDiagnostics(set, where, out);
    return set.height;
}

// Where a text of block `index` is, for what is said about it.
// `story` is the block's story and `number` its place in the list, as people know it.
DiagnosticPlace placeIn(const Page& page, std::size_t index, const std::string& field,
                        const Story* story = nullptr, std::size_t number = 0) {
    const Block& block = page.blocks[index];
    DiagnosticPlace place;
    place.block = block.id;
    if (story) {
        place.story = static_cast<int>(number);
        place.headline = story->headline;
    }
    place.field = field;
    return place;
}

std::string bylineText(const Byline& byline) {
    return "□" + creditLine(byline);
}

int gridLinesFor(LayoutUnit height, LayoutUnit leading) {
    return static_cast<int>((height + leading - 1) / leading);
}

// The columns of text in one of a block's rectangles, from its left edge.
std::vector<ColumnSpan> textColumns(const PageGrid& grid, const Block& block, const GridRect& area,
                                    LayoutUnit inset) {
    const int count = block.textColumns > 0 ? block.textColumns : area.columns;
    // A box's inset (one character each side) comes out of the measure the columns share.
    const int insetCharacters = static_cast<int>(inset / grid.bodySize);
    return grid.splitColumns(grid.longColumnCharacters(area.columns) - 2 * insetCharacters, count);
}

// The right edge of the head's columns.
LayoutUnit headRightOf(const PageGrid& grid, const Block& block) {
    const int headColumns = block.headColumns > 0 ? block.headColumns : block.area.front().columns;
    return grid.columnX(block.area.front().column + headColumns - 1) + grid.columnWidth();
}

// The body's column segments, in reading order: rectangle by rectangle, column by column, each
// column cut where the head or a photo stands in it.
std::vector<Segment> bodySegments(const Page& page, const Block& block, LayoutUnit inset,
                                  int headLines, LayoutUnit clipLeft, LayoutUnit clipRight) {
    const PageGrid& grid = page.grid;
    std::vector<Segment> segments;
    const Rect first = grid.rect(block.area.front());
    const LayoutUnit headRight = headRightOf(grid, block);
    for (std::size_t r = 0; r < block.area.size(); ++r) {
        const GridRect& area = block.area[r];
        const Rect rect = grid.rect(area);
        for (const ColumnSpan& span : textColumns(grid, block, area, inset)) {
            Segment column{rect.x + inset + span.x, span.width, area.line, area.lines};
            if (r == 0) {  // beside a vertical headline (竖题), the columns keep clear of it
                const LayoutUnit left = std::max(column.x, clipLeft);
                const LayoutUnit right = std::min(column.x + column.width, clipRight);
                if (right - left < grid.bodySize) continue;
                column.x = left;
                column.width = right - left;
            }
            if (r == 0 && column.x < headRight && column.x + column.width > first.x) {
                column.line += headLines;
                column.lines -= headLines;
            }
            // Photos, and captions moved away from them, take whole lines out of the columns they
            // stand in.
            std::vector<std::pair<int, int>> cuts;
            auto cut = [&](const GridRect& area) {
                const Rect p = grid.rect(area);
                if (p.x < column.x + column.width && column.x < p.right()) {
                    // With a blank grid line above (unless it opens the column) and below.
                    const int from = area.line > column.line ? area.line - 1 : area.line;
                    cuts.push_back({from, area.endLine() + 1});
                }
            };
            for (const PhotoFrame& photo : block.photos) {
                cut(photo.area);
                if (photo.captionArea) cut(*photo.captionArea);
            }
            std::sort(cuts.begin(), cuts.end());
            int line = column.line;
            const int end = column.line + column.lines;
            for (const auto& [from, to] : cuts) {
                if (from > line)
                    segments.push_back({column.x, column.width, line, std::min(from, end) - line});
                line = std::max(line, to);
            }
            if (end > line) segments.push_back({column.x, column.width, line, end - line});
        }
    }
    return segments;
}

// The weight a 黑体 headline takes: bold.
constexpr int kHeadlineWeight = 700;

// The headline's style: the designer's face and size where set, else the style's face at the
// largest of its sizes that fits.
ParagraphStyle headlineStyleOf(const Block& block, const FlowStyles& styles, LayoutUnit width,
                               const std::string& headline, Typesetter& typesetter) {
    ParagraphStyle style = block.lead ? styles.leadHeadline : styles.headline;
    if (const auto role = fonts::parseFontRole(block.headlineFont)) {
        // A 黑体 headline is set bold where the face has it: at its regular weight it looks
        // thin beside the 粗宋 of the others.
        const auto weight =
                *role == fonts::FontRole::Hei ? std::optional<int>(kHeadlineWeight) : std::nullopt;
        if (const auto face = typesetter.registry().forRole(*role, weight)) {
            style.font = typesetter.registry().regional(*face.id, cjkRegion(style.language));
        }
    }
    if (!block.headlineInk.swatch.empty()) style.colour = styles.colour(block.headlineInk);
    if (block.headlineSize > 0) {
        style.size = block.headlineSize;
        style.leading = style.size * 6 / 5;
        return style;
    }
    return fitHeadline(headline, style,
                       block.lead ? styles.leadHeadlineSizes : styles.headlineSizes, width,
                       typesetter);
}

// Column rules (分栏线): a hairline down the middle of each gutter between a rectangle's columns
// of text, under the head, and broken where a photo or a moved caption stands across it.
void addColumnRules(const Page& page, const Block& block, LayoutUnit inset, int headLines,
                    PageLayout& out) {
    const PageGrid& grid = page.grid;
    const LayoutUnit headRight = headRightOf(grid, block);
    for (std::size_t r = 0; r < block.area.size(); ++r) {
        const GridRect& area = block.area[r];
        const Rect rect = grid.rect(area);
        const std::vector<ColumnSpan> spans = textColumns(grid, block, area, inset);
        for (std::size_t c = 0; c + 1 < spans.size(); ++c) {
            const LayoutUnit x =
                    rect.x + inset + (spans[c].x + spans[c].width + spans[c + 1].x) / 2;
            const bool underHead = r == 0 && x < headRight;
            LayoutUnit top = grid.lineY(area.line + (underHead ? headLines : 0));
            const LayoutUnit bottom = rect.bottom();
            std::vector<std::pair<LayoutUnit, LayoutUnit>> cuts;
            for (const PhotoFrame& photo : block.photos) {
                for (const auto& cut : {std::optional<GridRect>(photo.area), photo.captionArea}) {
                    if (!cut) continue;
                    const Rect p = grid.rect(*cut);
                    if (p.x < x && x < p.right()) cuts.push_back({p.y, p.bottom()});
                }
            }
            std::sort(cuts.begin(), cuts.end());
            for (const auto& [from, to] : cuts) {
                if (from > top)
                    out.rules.push_back({x, top, x, std::min(from, bottom), fromPoints(0.3)});
                top = std::max(top, to);
            }
            if (bottom > top) out.rules.push_back({x, top, x, bottom, fromPoints(0.3)});
        }
    }
}

void flowStory(const Page& page, std::size_t index, const Story& story, std::size_t number,
               const FlowStyles& pageStyles, Typesetter& typesetter, PageLayout& out) {
    // The story's written form sets all of it (head, credits, captions, body) in its faces and
    // by its punctuation rules: TC faces and centred ，。 for Taiwan text.
    const Language language = story.language.value_or(page.language);
    const FlowStyles storyStyles = language == Language::Hans
                                           ? FlowStyles{}
                                           : localized(pageStyles, language, typesetter.registry());
    const FlowStyles& styles = language == Language::Hans ? pageStyles : storyStyles;
    const PageGrid& grid = page.grid;
    const Block& block = page.blocks[index];
    const int id = static_cast<int>(index);
    const bool sidebar = story.kind == StoryKind::Sidebar;
    const LayoutUnit inset = block.boxed ? grid.bodySize : 0;
    const Rect first = grid.rect(block.area.front());
    const LayoutUnit headWidth = headRightOf(grid, block) - first.x - 2 * inset;
    const LayoutUnit headX = first.x + inset;

    // The tint under the whole block (底纹), under all of it. A box takes the house's 8 % grey
    // unless the designer chose another (白: none).
    const Ink background =
            block.background.swatch.empty() && block.boxed ? Ink{"黑", 8} : block.background;
    if (!background.swatch.empty()) {
        const Colour tint = styles.colour(background);
        if (!tint.isPaper()) {
            for (const GridRect& area : block.area)
                out.boxes.push_back({grid.rect(area), 0, {}, tint});
        }
    }

    // The head: kicker, headline (fitted to its columns), subtitle, centred; then the credits.
    LayoutUnit y = first.y + (block.boxed ? grid.leading / 2 : 0);
    const ParagraphStyle headlineStyle =
            sidebar ? styles.sidebarHeadline
                    : headlineStyleOf(block, styles, headWidth, story.headline, typesetter);
    auto place = [&](const std::string& field) {
        return placeIn(page, index, field, &story, number);
    };
    // A part of the head on a band of colour (反白) is set in the paper's white on it; the band is
    // laid before the text, across the head's width.
    auto head = [&](const std::string& text, ParagraphStyle style, TextFrame::Part part,
                    StoryField field, const Ink& band = {}) {
        const Colour bandColour = styles.colour(band);
        const bool reversed = !band.swatch.empty() && !bandColour.isPaper() && !text.empty();
        const std::size_t bandIndex = out.boxes.size();
        if (reversed) {
            style.colour = Colour::paper();
            out.boxes.push_back({{headX, y, headWidth, 0}, 0, {}, bandColour});
        }
        const LayoutUnit height = setParagraph(text, style, headX, headWidth, y, typesetter, id,
                                               out, place(toString(field)), {story.id, field, 0});
        if (reversed) out.boxes[bandIndex].rect.height = height;
        if (height > 0) out.textFrames.push_back({part, id, 0, {headX, y, headWidth, height}});
        y += height;
    };
    // A kicker the block leaves out (it would repeat a title beside it) is set as none.
    static const std::string noKicker;
    const std::string& kicker = block.showKicker ? story.kicker : noKicker;
    // Where the body may stand in the first rectangle: all of it, or beside a vertical head.
    LayoutUnit clipLeft = first.x + inset, clipRight = first.right() - inset;
    const bool sideHead = block.headSide != HeadSide::Top && !sidebar;
    if (sideHead) {
        // 竖题: kicker, headline and subtitle stand in vertical lines, right to left, down the
        // block's right or left side from its top, as long as the block is deep.
        const LayoutUnit top = y + inset;
        const LayoutUnit length = first.bottom() - inset - top;
        const ParagraphStyle headline =
                headlineStyleOf(block, styles, length, story.headline, typesetter);
        struct Part {
            const std::string& text;
            ParagraphStyle style;
            TextFrame::Part part;
            StoryField field;
            TypesetParagraph set = {};
        };
        Part parts[] = {
                {kicker, styles.kicker, TextFrame::Part::Kicker, StoryField::Kicker},
                {story.headline, headline, TextFrame::Part::Headline, StoryField::Headline},
                {story.subtitle, styles.subtitle, TextFrame::Part::Subtitle, StoryField::Subtitle}};
        LayoutUnit strip = 0;
        for (Part& part : parts) {
            if (part.text.empty()) continue;
            part.set = typesetter.typeset(part.text, unjustified(vertical(part.style)),
                                          ConstantLineWidth(length));
            strip += part.set.height;
        }
        LayoutUnit right = block.headSide == HeadSide::Right ? clipRight : clipLeft + strip;
        for (const Part& part : parts) {
            if (part.text.empty()) continue;
            for (const TypesetLine& line : part.set.lines) {
                placeVerticalLine(line, part.text, top, right - line.baseline, id,
                                  part.style.colour, out, {story.id, part.field, 0});
            }
            addDiagnostics(part.set, place(toString(part.field)), out);
            out.textFrames.push_back(
                    {part.part, id, 0, {right - part.set.height, top, part.set.height, length}});
            right -= part.set.height;
        }
        // An em of white between the head and the body.
        if (block.headSide == HeadSide::Right)
            clipRight -= strip + grid.bodySize;
        else
            clipLeft += strip + grid.bodySize;
    } else {
        head(kicker, styles.kicker, TextFrame::Part::Kicker, StoryField::Kicker, block.kickerBand);
        head(story.headline, headlineStyle, TextFrame::Part::Headline, StoryField::Headline,
             block.headlineBand);
        head(story.subtitle, styles.subtitle, TextFrame::Part::Subtitle, StoryField::Subtitle);
    }
    int headLines = gridLinesFor(y - first.y, grid.leading);
    if (headLines > 0) headLines += 1;  // a blank grid line between the head and what follows
    // The credits across the top of the body; a vertical body sets them as its first lines.
    const LayoutUnit creditX = sideHead ? clipLeft : headX;
    const LayoutUnit creditWidth = sideHead ? clipRight - clipLeft : headWidth;
    // A part continued from another page (转版) carries no credits: they head the first part.
    const bool continuation = block.jump.continuedFrom > 0;
    for (std::size_t b = 0; b < story.bylines.size() && !block.verticalBody && !continuation; ++b) {
        const LayoutUnit top = grid.lineY(block.area.front().line + headLines);
        const LayoutUnit height =
                setParagraph(bylineText(story.bylines[b]), styles.byline, creditX, creditWidth, top,
                             typesetter, id, out, place("credit line"));
        out.textFrames.push_back({TextFrame::Part::Byline,
                                  id,
                                  static_cast<int>(b),
                                  {creditX, top, creditWidth, std::max(height, grid.leading)}});
        headLines += gridLinesFor(std::max(styles.byline.leading, grid.leading), grid.leading);
    }

    // Photos: a placeholder or image, the caption in the photo's last lines or where the designer
    // moved it.
    for (std::size_t p = 0; p < block.photos.size(); ++p) {
        const PhotoFrame& photo = block.photos[p];
        const Rect rect = grid.rect(photo.area);
        const Rect captionFrame = photo.captionArea ? grid.rect(*photo.captionArea) : rect;
        const std::string captionText = captionWithCredit(photo);
        const TypesetParagraph caption = typesetter.typeset(
                captionText, unjustified(styles.caption), ConstantLineWidth(captionFrame.width));
        DiagnosticPlace captionPlace = place("caption");
        captionPlace.photo = static_cast<int>(p);
        addDiagnostics(caption, captionPlace, out);
        const int captionLines = gridLinesFor(caption.height, grid.leading);
        Rect picture = rect;
        Rect captionRect = captionFrame;
        if (!photo.captionArea) {
            picture.height -= captionLines * grid.leading;
            captionRect = {rect.x, picture.bottom(), rect.width, captionLines * grid.leading};
        }
        out.images.push_back(
                {picture, photo.image, captionRect, id, static_cast<int>(p), photo.crop});
        out.textFrames.push_back({TextFrame::Part::Caption, id, static_cast<int>(p), captionRect});
        for (const TypesetLine& line : caption.lines) {
            placeLine(line, captionText, captionRect.x, captionRect.y + line.baseline, id,
                      styles.caption.colour, out);
        }
    }

    // The body, poured into the grid lines of its column segments; or, set vertically (竖排),
    // into its lines standing right to left across tiers one below another.
    const ParagraphStyle body = block.verticalBody
                                        ? vertical(sidebar ? styles.sidebarBody : styles.body)
                                        : (sidebar ? styles.sidebarBody : styles.body);
    // A line's place: the x and grid line of a horizontal one, the top and centre of a vertical.
    struct Slot {
        LayoutUnit x = 0, y = 0;
    };
    std::vector<LayoutUnit> slotWidths;
    std::vector<Slot> slots;
    const Jump& jump = block.jump;
    const std::vector<BodyPiece> pieces = bodyPieces(story, jump);
    // A part that begins inside a paragraph goes on with its line: no first-line indent.
    ParagraphStyle bodyNotIndented = body;
    bodyNotIndented.indentEms = 0;
    auto pieceStyle = [&](const BodyPiece& piece) -> const ParagraphStyle& {
        return piece.indented ? body : bodyNotIndented;
    };
    // The jump lines (转版) take a line each out of the body's.
    const int jumpLines = (jump.continuedOn > 0 ? 1 : 0) + (jump.continuedFrom > 0 ? 1 : 0);
    Copyfit fit;
    fit.block = id;
    fit.headLines = headLines;
    if (block.verticalBody) {
        std::vector<Rect> tiers;
        for (std::size_t r = 0; r < block.area.size(); ++r) {
            Rect rect = grid.rect(block.area[r]);
            rect = {rect.x + inset, rect.y + inset, rect.width - 2 * inset,
                    rect.height - 2 * inset};
            if (r == 0) {
                rect = {clipLeft, rect.y + headLines * grid.leading, clipRight - clipLeft,
                        rect.height - headLines * grid.leading};
            }
            for (const Rect& tier :
                 verticalTiers(rect, body.size, kLongestVerticalLineEms * body.size))
                tiers.push_back(tier);
        }
        std::vector<Rect> photos;
        for (const PageImage& image : out.images) {
            if (image.block != id) continue;
            photos.push_back(image.rect);
            if (image.caption.height > 0) photos.push_back(image.caption);
        }
        for (const VerticalSlot& s : verticalSlots(tiers, body.size, body.leading, photos)) {
            slotWidths.push_back(s.length);
            slots.push_back({s.axis, s.top});
        }
        fit.textFrames = tiers;
    } else {
        const std::vector<Segment> segments =
                bodySegments(page, block, inset, headLines, clipLeft, clipRight);
        // 齐栏: lines the text leaves over are taken one from each column's foot, the last
        // columns first, so that the columns end level, none more than a line short.
        std::vector<int> shortBy(segments.size(), 0);
        if (block.balanceColumns && !segments.empty()) {
            std::vector<LayoutUnit> widths;
            for (const Segment& s : segments)
                for (int l = 0; l < s.lines; ++l) widths.push_back(s.width);
            std::size_t needed = static_cast<std::size_t>(jumpLines);
            for (const BodyPiece& piece : pieces)
                needed +=
                        typesetter
                                .typeset(piece.text, pieceStyle(piece), SlotWidths(widths, needed))
                                .lines.size();
            int spare = widths.size() > needed ? static_cast<int>(widths.size() - needed) : 0;
            for (bool taken = true; spare > 0 && taken;) {
                taken = false;
                for (std::size_t i = segments.size(); i-- > 0 && spare > 0;) {
                    if (shortBy[i] + 1 >= segments[i].lines) continue;
                    ++shortBy[i];
                    --spare;
                    taken = true;
                }
            }
        }
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const Segment& s = segments[i];
            for (int l = 0; l < s.lines - shortBy[i]; ++l) {
                slotWidths.push_back(s.width);
                slots.push_back({s.x, grid.lineY(s.line + l)});
            }
            fit.textFrames.push_back({s.x, grid.lineY(s.line), s.width, s.lines * grid.leading});
            fit.undersetLines += shortBy[i];
        }
    }
    // 转版: the line （下转第N版） takes the block's last line, （上接第M版） its first body line,
    // kept from the body so that no text is set under them.
    struct JumpLine {
        std::string text;
        Alignment alignment;
        Slot at;
        LayoutUnit width;
    };
    std::vector<JumpLine> jumpLineSlots;  // in reading order
    if (jump.continuedFrom > 0 && !slots.empty()) {
        jumpLineSlots.push_back({continuedFromLine(jump.continuedFrom), Alignment::Left,
                                 slots.front(), slotWidths.front()});
        slots.erase(slots.begin());
        slotWidths.erase(slotWidths.begin());
    }
    if (jump.continuedOn > 0 && !slots.empty()) {
        jumpLineSlots.push_back({continuedOnLine(jump.continuedOn), Alignment::Right, slots.back(),
                                 slotWidths.back()});
        slots.pop_back();
        slotWidths.pop_back();
    }
    std::size_t slot = 0;
    if (slotWidths.empty()) slotWidths.push_back(grid.columnWidth());
    auto placeBodyLine = [&](const TypesetLine& line, const std::string& text,
                             const TypesetLine& first, const ParagraphStyle& style,
                             const TextSource& source, const Slot& at) {
        if (block.verticalBody) {
            placeVerticalLine(line, text, at.y, at.x, id, style.colour, out, source);
        } else {
            // On the grid: the line's baseline sits its em-box top below its grid line's top.
            placeLine(line, text, at.x, at.y + first.baseline, id, style.colour, out, source);
        }
    };
    // A vertical body's credits are its first lines.
    for (std::size_t b = 0; b < story.bylines.size() && block.verticalBody && !continuation; ++b) {
        const std::string text = bylineText(story.bylines[b]);
        const TypesetParagraph set = typesetter.typeset(text, unjustified(vertical(styles.byline)),
                                                        SlotWidths(slotWidths, slot));
        addDiagnostics(set, place("credit line"), out);
        for (const TypesetLine& line : set.lines) {
            if (slot >= slots.size()) break;
            placeBodyLine(line, text, set.lines[0], styles.byline, {}, slots[slot]);
            ++slot;
        }
    }
    fit.continuedOn = jump.continuedOn;
    for (const BodyPiece& piece : pieces) {
        const std::size_t p = piece.paragraph;
        const std::string& text = story.paragraphs[p];
        const TypesetParagraph set =
                typesetter.typeset(piece.text, pieceStyle(piece), SlotWidths(slotWidths, slot));
        DiagnosticPlace paragraph = place(toString(StoryField::Body));
        paragraph.paragraph = static_cast<int>(p);
        addDiagnostics(set, paragraph, out, piece.offset);
        for (std::size_t i = 0; i < set.lines.size(); ++i, ++slot) {
            const TypesetLine line = inParagraph(set.lines[i], piece.offset);
            if (slot < slots.size()) {
                placeBodyLine(line, text, set.lines[0], body, {story.id, StoryField::Body, p},
                              slots[slot]);
                continue;
            }
            const std::size_t characters =
                    utf8::length(text.substr(line.textBegin, line.textEnd - line.textBegin));
            if (jump.continuedOn > 0) {
                // The line breaker chose where this line starts (no closing mark at its head,
                // clreq §3.1.4): the next part begins with its first character.
                if (!fit.continueAt)
                    fit.continueAt = TextPlace{story.id, StoryField::Body, p, line.textBegin};
                fit.continuedCharacters += characters;
            } else {
                ++fit.oversetLines;
                fit.oversetCharacters += characters;
            }
        }
    }
    if (jump.continuedOn > 0 && !fit.continueAt) fit.continueAt = endOfBody(story);
    for (const JumpLine& jumpLine : jumpLineSlots) {
        const ParagraphStyle style = jumpLineStyle(styles, body, jumpLine.alignment);
        const TypesetParagraph set =
                typesetter.typeset(jumpLine.text, style, ConstantLineWidth(jumpLine.width));
        if (set.lines.empty()) continue;
        // On the body's baseline: typeset alone, a smaller jump style would sit higher.
        const TypesetParagraph bodyLine = typesetter.typeset(jumpLine.text, unjustified(body),
                                                             ConstantLineWidth(jumpLine.width));
        const TypesetLine& baselineOf = bodyLine.lines.empty() ? set.lines[0] : bodyLine.lines[0];
        placeBodyLine(set.lines[0], jumpLine.text, baselineOf, style, {}, jumpLine.at);
    }
    fit.undersetLines += static_cast<int>(slots.size() > slot ? slots.size() - slot : 0);
    if (fit.continuedCharacters > 0) {
        // Not overset: the text goes on to the page its jump line names.
        out.diagnostics.push_back({.message = std::to_string(fit.continuedCharacters) +
                                              " characters continued on page " +
                                              std::to_string(jump.continuedOn),
                                   .severity = Severity::Note,
                                   .kind = "continued",
                                   .place = place("")});
    }
    if (fit.oversetLines > 0) {
        // What does not fit is not printed: an error the print export stops at.
        out.diagnostics.push_back({.message = std::to_string(fit.oversetLines) + " lines (" +
                                              std::to_string(fit.oversetCharacters) +
                                              " characters) overset",
                                   .severity = Severity::Error,
                                   .kind = "overset",
                                   .place = place("")});
    }
    out.copyfit.push_back(std::move(fit));

    if (page.columnRules) addColumnRules(page, block, inset, headLines, out);
    if (block.boxed) {
        const Colour frame = styles.colour(block.frameInk);
        std::vector<Rect> area;
        for (const GridRect& r : block.area) area.push_back(grid.rect(r));
        addBorder(area, block.border, frame, out);
    }
}

// The masthead as Chinese front pages set it: the name large with its pinyin or English line under
// it; beside the name, in a column of two basic columns at the masthead's left, the issue lines
// (date, 期号, 总期号) and the registration lines (CN number, 邮发代号), so that they take the
// name's depth and not lines of their own. On a wide masthead the name keeps the middle (the
// columns on its right mirror the issue column, where a 报眼 goes); on one too narrow for a column
// beside the name, the lines go under it.
void flowMasthead(const Page& page, std::size_t index, const FlowStyles& styles,
                  Typesetter& typesetter, PageLayout& out) {
    const PageGrid& grid = page.grid;
    const Block& block = page.blocks[index];
    const GridRect& area = block.area.front();
    const Rect rect = grid.rect(area);
    const int id = static_cast<int>(index);
    const DiagnosticPlace place = placeIn(page, index, "masthead");
    const Masthead& masthead = page.masthead;
    const std::string issue = mastheadIssueLine(masthead);
    const std::string registration = mastheadRegistrationLine(masthead);
    const bool hasInfo = !issue.empty() || !registration.empty();
    const int infoColumns = hasInfo && area.columns >= 5 ? 2 : 0;
    const int mirrored = area.columns >= 2 * infoColumns + 3 ? infoColumns : 0;
    const LayoutUnit nameX = grid.columnX(area.column + infoColumns);
    const LayoutUnit nameRight = grid.columnX(area.endColumn() - 1 - mirrored) + grid.columnWidth();
    LayoutUnit y = rect.y;
    y += setParagraph(masthead.title, styles.mastheadTitle, nameX, nameRight - nameX, y, typesetter,
                      id, out, place);
    y += setParagraph(masthead.pinyin, styles.mastheadInfo, nameX, nameRight - nameX, y, typesetter,
                      id, out, place);
    ParagraphStyle info = styles.mastheadInfo;
    LayoutUnit infoX = rect.x, infoWidth = rect.width;
    if (infoColumns > 0) {
        info.alignment = Alignment::Left;
        infoWidth = grid.columnX(area.column + infoColumns - 1) + grid.columnWidth() - rect.x;
        y = rect.y + grid.leading;  // beside the name, a line below its top
    }
    for (const std::string* lines : {&issue, &registration})
        y += setParagraph(*lines, info, infoX, infoWidth, y, typesetter, id, out, place);
    // A heavy rule under the masthead across the type area, under a 报眼 beside it too.
    const LayoutUnit left = grid.columnX(0);
    const LayoutUnit right = left + grid.typeAreaWidth();
    const LayoutUnit ruleY = rect.bottom() - grid.leading / 2;
    out.rules.push_back({left, ruleY, right, ruleY, fromPoints(2), styles.mastheadTitle.colour});
}

// The 报眼: a boxed title and short text (a teaser, the weather, an ad) beside the masthead's name.
// What does not fit in the box is not printed, and said as a story's overset is.
void flowEar(const Page& page, std::size_t index, const FlowStyles& styles, Typesetter& typesetter,
             PageLayout& out) {
    const PageGrid& grid = page.grid;
    const Block& block = page.blocks[index];
    const Rect rect = grid.rect(block.area.front());
    const int id = static_cast<int>(index);
    const DiagnosticPlace place = placeIn(page, index, "ear");
    const LayoutUnit inset = grid.bodySize / 2;
    const LayoutUnit x = rect.x + inset, width = rect.width - 2 * inset;
    LayoutUnit y = rect.y + inset;
    y += setParagraph(block.earTitle, styles.sidebarHeadline, x, width, y, typesetter, id, out,
                      place);
    int overset = 0;
    std::size_t start = 0;
    while (start <= block.earText.size()) {
        const std::size_t end = std::min(block.earText.find('\n', start), block.earText.size());
        const std::string paragraph = block.earText.substr(start, end - start);
        start = end + 1;
        if (paragraph.empty()) continue;
        // Short lines as written (the weather, an ad's lines): not indented, not stretched.
        const TypesetParagraph set = typesetter.typeset(paragraph, unjustified(styles.sidebarBody),
                                                        ConstantLineWidth(width));
        addDiagnostics(set, place, out);
        for (const TypesetLine& line : set.lines) {
            const LayoutUnit descent = styles.sidebarBody.size / 5;
            if (y + line.baseline + descent > rect.bottom() - inset)
                ++overset;
            else
                placeLine(line, paragraph, x, y + line.baseline, id, styles.sidebarBody.colour,
                          out);
        }
        y += set.height;
    }
    if (overset > 0) {
        out.diagnostics.push_back({.message = std::to_string(overset) + " lines overset",
                                   .severity = Severity::Error,
                                   .kind = "overset",
                                   .place = place});
    }
    out.boxes.push_back({rect, fromPoints(0.75), Colour::black(), std::nullopt});
}

}  // namespace

void flowBlock(const Page& page, std::size_t index, const std::vector<Story>& stories,
               const FlowStyles& sheetStyles, Typesetter& typesetter, PageLayout& out) {
    const Block& block = page.blocks[index];
    if (block.area.empty()) return;
    // The masthead, folio and ear are in the document's language; a story in its own (flowStory).
    const bool story = block.kind == BlockKind::Story;
    const FlowStyles pageStyles =
            story || page.language == Language::Hans
                    ? FlowStyles{}
                    : localized(sheetStyles, page.language, typesetter.registry());
    const FlowStyles& styles = story || page.language == Language::Hans ? sheetStyles : pageStyles;
    switch (block.kind) {
        case BlockKind::Masthead:
            flowMasthead(page, index, styles, typesetter, out);
            return;
        case BlockKind::Folio: {
            const Rect rect = page.grid.rect(block.area.front());
            // The folio line: the paper, the date, the page (page 1 has no 报眉 above its
            // masthead). An inside page's stands at its top, as its 报眉: the page and its
            // section first, where a reader turning pages looks.
            const std::string number = "第" + std::to_string(page.number) + "版";
            const std::string section = page.section.empty() ? "" : "　" + page.section;
            const std::string paper = page.masthead.title + "　" + mastheadDate(page.masthead);
            setParagraph(page.number > 1 ? number + section + "　　" + paper
                                         : paper + "　" + number + section,
                         styles.folio, rect.x, rect.width, rect.y, typesetter,
                         static_cast<int>(index), out, placeIn(page, index, "folio"));
            return;
        }
        case BlockKind::Ear:
            flowEar(page, index, styles, typesetter, out);
            return;
        case BlockKind::Story:
            if (const auto number = storyIndex(stories, block.story)) {
                flowStory(page, index, stories[*number], *number, styles, typesetter, out);
            }
            return;
    }
}

}  // namespace banmian::layout
