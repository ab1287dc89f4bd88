#include "layout/proof/ProofImport.h"

#include "layout/proof/MarkWords.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "layout/base/Id.h"
#include "layout/base/Utf8.h"
#include "layout/model/MarkText.h"
#include "layout/output/TextOnPage.h"
#include "layout/proof/MarkAnnotations.h"

namespace banmian::layout {
namespace {

// A note or a caret further than this from any character is about no text.
constexpr double kNoteReachPoints = 72;

// A box of the PDF page (points, y upwards) on the page (page units from the trim's top left,
// y downwards): the inverse of PdfPageFrame, found from the proof's own TrimBox.
Rect onPage(const PdfBox& box, const PdfBox& trim) {
    // A damaged or hand-edited proof's coordinates can be anything: one far off the sheet (or
    // not a number) stays far off, where no character is, never past what a page unit holds.
    const auto units = [](double points) {
        constexpr double kFar = 1e6;  // points, some 350 m: beyond any sheet
        return fromPoints(std::isfinite(points) ? std::clamp(points, -kFar, kFar) : kFar);
    };
    const LayoutUnit x0 = units(box.x0 - trim.x0), x1 = units(box.x1 - trim.x0);
    const LayoutUnit y0 = units(trim.y1 - box.y1), y1 = units(trim.y1 - box.y0);
    return {x0, y0, x1 - x0, y1 - y0};
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash) {
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

// The mark id of a viewer's annotation: its /NM when that is a Banmian id (a mark of ours, or one
// read before and exported again), else 32 hex digits made from what identifies it and does not
// change as it is edited (not its contents, not /M) — viewers' names are not unique across files
// ("pdfjs_internal_editor_0"), and some write none.
std::string markIdOf(const PdfAnnotation& a) {
    if (isRandomId(a.name)) return a.name;
    char rect[96];
    std::snprintf(rect, sizeof rect, "%.1f %.1f %.1f %.1f", a.rect.x0, a.rect.y0, a.rect.x1,
                  a.rect.y1);
    const std::string key =
            a.name + '\x1f' + a.subtype + '\x1f' + a.author + '\x1f' + a.created + '\x1f' + rect;
    char id[33];
    std::snprintf(id, sizeof id, "%016llx%016llx",
                  static_cast<unsigned long long>(fnv1a(key, 14695981039346656037ULL)),
                  static_cast<unsigned long long>(fnv1a(key, 0x84222325cbf29ce4ULL)));
    return id;
}

// What our own proof writes for a Replace ("改为“阶段”（原为“阶级”）"), or what a proofreader
// edited it to: the new text. Anything else is the new text as it stands.
std::string replacementIn(const std::string& contents) {
    const std::string open = "改为“", close = "”";
    if (contents.starts_with(open)) {
        const std::size_t end = contents.find(close, open.size());
        if (end != std::string::npos) return contents.substr(open.size(), end - open.size());
    }
    return contents;
}

bool isTextMarkup(const std::string& subtype) {
    return subtype == "Highlight" || subtype == "Underline" || subtype == "Squiggly" ||
           subtype == "StrikeOut";
}

// Why an annotation of a kind that is no proof mark is left out, as the summary says it; empty
// for those left out without a word (a note's pop-up window is part of its note).
std::optional<std::string> notAMark(const std::string& subtype) {
    if (subtype == "Popup") return std::string();
    if (subtype == "Link") return "a link, not a mark";
    if (subtype == "Ink") return "ink drawings are not read: mark it again with a text tool";
    if (subtype == "Square" || subtype == "Circle" || subtype == "Line" || subtype == "Polygon" ||
        subtype == "PolyLine")
        return "shapes are not read: mark the text with a text tool (strike out, highlight, "
               "caret, note)";
    if (subtype == "Stamp") return "stamps are not read: write it in a note";
    if (subtype == "Widget") return "a form field, not a mark";
    if (isTextMarkup(subtype) || subtype == "Caret" || subtype == "Text" || subtype == "FreeText")
        return std::nullopt;
    return "not a kind of annotation a proof mark is read from";
}

std::string describeAnnotation(const PdfAnnotation& a) {
    std::string out = a.subtype.empty() ? "an annotation" : a.subtype;
    if (!a.author.empty()) out += " by " + a.author;
    if (!a.contents.empty()) {
        const std::string_view shown = utf8::prefix(a.contents, 12);  // whole characters
        out += " “" + std::string(shown) + (shown.size() < a.contents.size() ? "…" : "") + "”";
    }
    return out;
}

// What an annotation asks for, before it is placed.
struct Meaning {
    MarkKind kind = MarkKind::Comment;
    std::string correction;
    const PdfAnnotation* shape = nullptr;  // whose quadrilaterals or rectangle give its place
    bool point = false;                    // a caret or a note: a place, not characters
};

class Reader {
public:
    Reader(const Document& source, const PageLayout& layout, const PdfProofContents& proof,
           const std::vector<ProofMark>& known)
        : m_source(source), m_layout(layout), m_proof(proof), m_known(known) {
        for (const PdfAnnotation& a : proof.annotations) {
            if (a.object != 0) m_byObject[a.object] = &a;
        }
        // A viewer's "replace text": a StrikeOut and a Caret, one answering the other as a group.
        for (const PdfAnnotation& a : proof.annotations) {
            if (a.replyType != "Group" || a.inReplyTo == 0) continue;
            if (!m_byObject.count(a.inReplyTo)) continue;
            m_groupOf[a.inReplyTo].push_back(&a);
            m_inGroup.insert(&a);
        }
    }

    ProofMarksRead read() {
        // Marks first, then the replies, which are placed on the marks they answer.
        for (const PdfAnnotation& a : m_proof.annotations) {
            if (m_inGroup.count(&a) || isReply(a)) continue;
            readOne(a);
        }
        for (const PdfAnnotation& a : m_proof.annotations) {
            if (!m_inGroup.count(&a) && isReply(a)) readReply(a);
        }
        joinCaretsBesideStrikeOuts();
        return std::move(m_out);
    }

private:
    static bool isReply(const PdfAnnotation& a) {
        return a.inReplyTo != 0 && a.replyType != "Group";
    }

    const ProofMark* knownMark(const std::string& id) const {
        if (const ProofMark* mark = findMark(m_known, id)) return mark;
        return findMark(m_source.marks, id);
    }

    Meaning meaningOf(const PdfAnnotation& a) const {
        Meaning m;
        m.shape = &a;
        const PdfAnnotation* strike = a.subtype == "StrikeOut" ? &a : nullptr;
        const PdfAnnotation* caret = a.subtype == "Caret" ? &a : nullptr;
        if (const auto group = m_groupOf.find(a.object); group != m_groupOf.end()) {
            for (const PdfAnnotation* member : group->second) {
                if (!strike && member->subtype == "StrikeOut") strike = member;
                if (!caret && member->subtype == "Caret") caret = member;
            }
        }
        if (strike && caret) {
            m.kind = MarkKind::Replace;
            m.correction =
                    !caret->contents.empty() ? caret->contents : replacementIn(strike->contents);
            m.shape = strike;
        } else if (strike) {
            m.kind = strike->contents.empty() ? MarkKind::Delete : MarkKind::Replace;
            m.correction = replacementIn(strike->contents);
        } else if (caret) {
            m.kind = MarkKind::Insert;
            m.correction = caret->contents;
            m.point = true;
        } else if (isTextMarkup(a.subtype)) {
            m.kind = MarkKind::Query;
            m.correction = a.contents;
        } else {
            m.kind = MarkKind::Comment;
            m.correction = a.contents;
            m.point = true;
        }
        return m;
    }

    // The mark the page has under this id, kept or brought up to what its annotation now says.
    void compareWithKnown(const PdfAnnotation& a, const ProofMark& known, const Meaning& meaning) {
        m_markOf[a.object] = &known;
        if (a.contents == markRequest(known) ||
            (meaning.kind == known.kind && meaning.correction == known.correction)) {
            m_out.kept.push_back(known.id);
            return;
        }
        ProofMark changed = known;
        switch (known.kind) {
            case MarkKind::Delete:
                if (!a.contents.empty() && a.contents != known.text) {
                    changed.kind = MarkKind::Replace;
                    changed.correction = replacementIn(a.contents);
                }
                break;
            case MarkKind::Replace:
                changed.correction = replacementIn(a.contents);
                break;
            case MarkKind::Insert:
            case MarkKind::Query:
            case MarkKind::Comment:
            case MarkKind::Style:
                changed.correction = a.contents;
                break;
            case MarkKind::Transpose:
            case MarkKind::Hint:
                break;  // what they ask is in their place, not in words
        }
        if (changed == known) {
            m_out.kept.push_back(known.id);
        } else {
            m_out.updated.push_back(changed);
        }
    }

    void skip(const PdfAnnotation& a, std::string why) {
        m_out.skipped.push_back({describeAnnotation(a), std::move(why)});
    }

    std::optional<TextPlace> placeNear(const PdfBox& box) const {
        const Rect r = onPage(box, m_proof.trimBox);
        return placeAt(m_layout, r.x + r.width / 2, r.y + r.height / 2,
                       fromPoints(kNoteReachPoints));
    }

    void readOne(const PdfAnnotation& a) {
        if (const auto why = notAMark(a.subtype)) {
            if (!why->empty()) skip(a, *why);
            return;
        }
        const Meaning meaning = meaningOf(a);
        if (const ProofMark* known = findMark(m_known, a.name)) {
            compareWithKnown(a, *known, meaning);
            return;
        }
        // The automatic checks' hints are made again from the page; a hint is decided in the
        // window, not by a proofreader's viewer.
        if (a.name.starts_with("hint-")) return;
        const std::string id = markIdOf(a);
        if (const ProofMark* known = knownMark(id)) {
            compareWithKnown(a, *known, meaning);
            return;
        }

        ProofMark mark;
        mark.id = id;
        mark.kind = meaning.kind;
        mark.correction = meaning.correction;
        mark.author = a.author;
        mark.created = isoFromPdfDate(a.created);
        if (meaning.point) {
            const auto place = placeNear(meaning.shape->rect);
            if (!place) {
                skip(a, "no text near it on the page");
                return;
            }
            mark.range = {*place, *place};
        } else {
            std::vector<Rect> areas;
            for (const PdfBox& quad : meaning.shape->quads)
                areas.push_back(onPage(quad, m_proof.trimBox));
            if (areas.empty()) areas.push_back(onPage(meaning.shape->rect, m_proof.trimBox));
            const auto range = rangeUnder(m_layout, areas);
            if (!range) {
                skip(a, "no text under it on the page");
                return;
            }
            mark.range = *range;
        }
        recordMarkText(m_source.stories, mark);
        // Viewers write the marked text into a strike-out's or highlight's note themselves: that
        // is no new text and no question.
        if (!meaning.point && mark.correction == mark.text) {
            mark.correction.clear();
            if (mark.kind == MarkKind::Replace) mark.kind = MarkKind::Delete;
        }
        if (mark.kind == MarkKind::Replace && mark.correction.empty()) mark.kind = MarkKind::Delete;
        m_out.added.push_back(mark);
        m_addedFrom.push_back(&a);
    }

    void readReply(const PdfAnnotation& a) {
        const PdfAnnotation* parent =
                m_byObject.count(a.inReplyTo) ? m_byObject[a.inReplyTo] : nullptr;
        // A reply to a group's member answers the group.
        for (const auto& [head, members] : m_groupOf) {
            for (const PdfAnnotation* member : members) {
                if (parent == member) parent = m_byObject[head];
            }
        }
        if (const ProofMark* known = findMark(m_known, a.name)) {
            compareWithKnown(a, *known, {MarkKind::Comment, a.contents, &a, true});
            return;
        }
        const std::string id = markIdOf(a);
        if (const ProofMark* known = knownMark(id)) {
            compareWithKnown(a, *known, {MarkKind::Comment, a.contents, &a, true});
            return;
        }
        if (a.contents.empty()) return;  // a reply that only sets a state ("Accepted")
        const ProofMark* answered = nullptr;
        if (parent) {
            if (const auto it = m_markOf.find(parent->object); it != m_markOf.end())
                answered = it->second;
            for (std::size_t i = 0; !answered && i < m_addedFrom.size(); ++i) {
                if (m_addedFrom[i] == parent) answered = &m_out.added[i];
            }
        }
        if (!answered) {
            skip(a, "a reply to an annotation that made no mark");
            return;
        }
        ProofMark mark;
        mark.id = id;
        mark.kind = MarkKind::Comment;
        mark.correction = a.contents;
        mark.author = a.author;
        mark.created = isoFromPdfDate(a.created);
        mark.range = answered->range;
        mark.text = answered->text;
        mark.before = answered->before;
        mark.after = answered->after;
        m_replies.push_back(mark);
    }

    // A caret put at either end of a strike-out by the same proofreader, with the new text in its
    // note, is how some viewers and people write a replacement: one Replace mark.
    void joinCaretsBesideStrikeOuts() {
        std::vector<bool> dropped(m_out.added.size());
        for (std::size_t c = 0; c < m_out.added.size(); ++c) {
            const ProofMark& caret = m_out.added[c];
            if (caret.kind != MarkKind::Insert || caret.correction.empty()) continue;
            for (std::size_t s = 0; s < m_out.added.size(); ++s) {
                ProofMark& strike = m_out.added[s];
                if (dropped[s] || strike.kind != MarkKind::Delete || strike.author != caret.author)
                    continue;
                if (caret.range.begin != strike.range.begin &&
                    caret.range.begin != strike.range.end)
                    continue;
                strike.kind = MarkKind::Replace;
                strike.correction = caret.correction;
                dropped[c] = true;
                break;
            }
        }
        std::vector<ProofMark> kept;
        for (std::size_t i = 0; i < m_out.added.size(); ++i) {
            if (!dropped[i]) kept.push_back(std::move(m_out.added[i]));
        }
        m_out.added = std::move(kept);
        for (ProofMark& reply : m_replies) m_out.added.push_back(std::move(reply));
        // A caret with nothing to insert is no mark (a replacement's caret was joined above).
        std::vector<ProofMark> marks;
        for (ProofMark& mark : m_out.added) {
            if (mark.kind == MarkKind::Insert && mark.correction.empty()) {
                m_out.skipped.push_back(
                        {"Caret" + (mark.author.empty() ? "" : " by " + mark.author),
                         "a caret with no text to insert: write it in its note"});
                continue;
            }
            marks.push_back(std::move(mark));
        }
        m_out.added = std::move(marks);
    }

    const Document& m_source;
    const PageLayout& m_layout;
    const PdfProofContents& m_proof;
    const std::vector<ProofMark>& m_known;
    std::map<int, const PdfAnnotation*> m_byObject;
    std::map<int, std::vector<const PdfAnnotation*>> m_groupOf;  // a group's head: its members
    std::set<const PdfAnnotation*> m_inGroup;
    std::map<int, const ProofMark*> m_markOf;       // an annotation's object: the page's mark it is
    std::vector<const PdfAnnotation*> m_addedFrom;  // for each of m_out.added, as read
    std::vector<ProofMark> m_replies;
    ProofMarksRead m_out;
};

}  // namespace

ProofMarksRead readProofMarks(const Document& source, const PageLayout& layout,
                              const PdfProofContents& proof, const std::vector<ProofMark>& known) {
    return Reader(source, layout, proof, known).read();
}

std::string isoFromPdfDate(const std::string& pdfDate) {
    std::string d = pdfDate;
    if (d.starts_with("D:")) d.erase(0, 2);
    if (d.size() < 8) return {};
    for (std::size_t i = 0; i < 8; ++i) {
        if (d[i] < '0' || d[i] > '9') return {};
    }
    auto digits = [&](std::size_t at, const char* otherwise) {
        return d.size() >= at + 2 && d[at] >= '0' && d[at] <= '9' ? d.substr(at, 2)
                                                                  : std::string(otherwise);
    };
    std::string out = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) + "T" +
                      digits(8, "00") + ":" + digits(10, "00") + ":" + digits(12, "00");
    if (d.size() > 14) {
        const char zone = d[14];
        if (zone == 'Z') {
            out += "Z";
        } else if ((zone == '+' || zone == '-') && d.size() >= 17) {
            out += zone + d.substr(15, 2) + ":" + digits(18, "00");
        }
    }
    return out;
}

}  // namespace banmian::layout
