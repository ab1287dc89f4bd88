#include "layout/model/MarkText.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <tuple>

#include "layout/base/Utf8.h"
#include "layout/model/DocumentText.h"

namespace banmian::layout {
namespace {

bool atCharacter(std::string_view text, std::size_t offset) {
    return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Characters the end of `text` shares with the end of `context`.
std::size_t sharedEnd(std::string_view text, std::string_view context) {
    std::size_t a = text.size(), b = context.size(), shared = 0;
    while (a > 0 && b > 0 && utf8::previous(text, a) == utf8::previous(context, b)) ++shared;
    return shared;
}

// Characters the start of `text` shares with the start of `context`.
std::size_t sharedStart(std::string_view text, std::string_view context) {
    std::size_t a = 0, b = 0, shared = 0;
    while (a < text.size() && b < context.size() && utf8::next(text, a) == utf8::next(context, b))
        ++shared;
    return shared;
}

// The stories' text end to end, and the marks' places in it.
class Anchors {
public:
    explicit Anchors(const std::vector<Story>& stories) : m_text(stories) {}

    using Span = DocumentText::Span;

    // A story's text (its fields and paragraphs joined by line feeds, without the last one).
    std::optional<Span> storyText(const std::string& story) const {
        return m_text.storySpan(story);
    }

    // Where `range` is: none when it is not a range of one story's text, between characters.
    std::optional<Span> find(const TextRange& range) const {
        if (range.begin.story != range.end.story || range.end < range.begin) return std::nullopt;
        const auto begin = m_text.offsetOf(range.begin);
        const auto end = m_text.offsetOf(range.end);
        if (!begin || !end || *end < *begin || !atCharacter(text(), *begin) ||
            !atCharacter(text(), *end))
            return std::nullopt;
        return Span{*begin, *end};
    }

    // Characters of the mark's context found around [begin, end) in its story.
    std::size_t score(const Span& story, std::size_t begin, std::size_t end,
                      const ProofMark& mark) const {
        return sharedEnd(text().substr(story.begin, begin - story.begin), mark.before) +
               sharedStart(text().substr(end, story.end - end), mark.after);
    }

    void record(ProofMark& mark, const Span& story, const Span& at) const {
        mark.text = std::string(text().substr(at.begin, at.end - at.begin));
        mark.before = std::string(
                utf8::suffix(text().substr(story.begin, at.begin - story.begin), kMarkContext));
        mark.after =
                std::string(utf8::prefix(text().substr(at.end, story.end - at.end), kMarkContext));
    }

    void record(ProofMark& mark) const {
        const auto story = storyText(mark.range.begin.story);
        const auto at = find(mark.range);
        if (story && at) record(mark, *story, *at);
    }

    // Whether an open mark's range holds its text (a caret: has its context around it).
    bool inPlace(const ProofMark& mark) const {
        const auto story = storyText(mark.range.begin.story);
        const auto at = find(mark.range);
        return mark.open() && story && at &&
               text().substr(at->begin, at->end - at->begin) == mark.text &&
               (!mark.text.empty() || score(*story, at->begin, at->end, mark) ==
                                              utf8::length(mark.before) + utf8::length(mark.after));
    }

    MarkCheck check(ProofMark& mark) const {
        if (mark.orphaned) return MarkCheck::Orphaned;
        const auto story = storyText(mark.range.begin.story);
        const auto at = find(mark.range);
        if (mark.status != MarkStatus::Open) {  // history: its text was replaced, if accepted
            if (at) return MarkCheck::InPlace;
            return orphan(mark);
        }
        if (!story) return orphan(mark);
        if (inPlace(mark)) {
            record(mark, *story, *at);
            return MarkCheck::InPlace;
        }
        const std::size_t context = utf8::length(mark.before) + utf8::length(mark.after);
        return findAgain(mark, *story, at ? at->begin : origin(mark.range.begin, *story), context);
    }

private:
    std::string_view text() const { return m_text.text(); }

    static MarkCheck orphan(ProofMark& mark) {
        mark.orphaned = true;
        return MarkCheck::Orphaned;
    }

    // Where a place that is no longer in the text was: its text's start, else its story's.
    std::size_t origin(const TextPlace& place, const Span& story) const {
        TextPlace start = place;
        start.offset = 0;
        const auto unit = m_text.offsetOf(start);
        return unit ? std::min(*unit + place.offset, story.end) : story.begin;
    }

    MarkCheck findAgain(ProofMark& mark, const Span& story, std::size_t origin,
                        std::size_t context) const {
        struct Candidate {
            std::size_t begin = 0, score = 0;
            bool sameText = false;
            std::size_t distance = 0;
        };
        std::optional<Candidate> best;
        std::size_t occurrences = 0;
        const TextPlace& was = mark.range.begin;
        auto consider = [&](std::size_t begin) {
            const TextPlace place = m_text.placeAt(begin);
            const Candidate c{begin, score(story, begin, begin + mark.text.size(), mark),
                              place.field == was.field && place.paragraph == was.paragraph,
                              begin > origin ? begin - origin : origin - begin};
            ++occurrences;
            if (!best || std::tie(c.score, c.sameText) > std::tie(best->score, best->sameText) ||
                (c.score == best->score && c.sameText == best->sameText &&
                 c.distance < best->distance))
                best = c;
        };
        if (mark.text.empty()) {  // a caret: wherever its context is
            for (std::size_t at = story.begin; at <= story.end; ++at) {
                if (atCharacter(text(), at)) consider(at);
            }
        } else {
            for (std::size_t at = text().find(mark.text, story.begin);
                 at != std::string_view::npos && at + mark.text.size() <= story.end;
                 at = text().find(mark.text, at + 1))
                consider(at);
        }
        // Its context decides; without one (a mark saved before marks kept one) its text alone,
        // and a text of several characters that occurs once is itself enough.
        const bool found =
                best &&
                (mark.text.empty()
                         ? context > 0 && best->score >= std::max<std::size_t>(1, (context + 1) / 2)
                         : context == 0 || best->score > 0 ||
                                   (occurrences == 1 && utf8::longerThan(mark.text, 1)));
        if (!found) return orphan(mark);
        mark.range = {m_text.placeAt(best->begin), m_text.placeAt(best->begin + mark.text.size())};
        record(mark, story, {best->begin, best->begin + mark.text.size()});
        return MarkCheck::Found;
    }

    DocumentText m_text;
};

}  // namespace

void recordMarkText(const std::vector<Story>& stories, ProofMark& mark) {
    Anchors(stories).record(mark);
}

MarkCheck reanchor(const std::vector<Story>& stories, ProofMark& mark) {
    return Anchors(stories).check(mark);
}

std::vector<bool> marksInPlace(const std::vector<Story>& stories,
                               const std::vector<ProofMark>& marks) {
    std::vector<bool> in(marks.size(), false);
    if (marks.empty()) return in;
    const Anchors anchors(stories);
    for (std::size_t i = 0; i < marks.size(); ++i) in[i] = anchors.inPlace(marks[i]);
    return in;
}

void checkMarks(const std::vector<Story>& stories, std::vector<ProofMark>& marks) {
    if (marks.empty()) return;
    const Anchors anchors(stories);
    for (ProofMark& mark : marks) anchors.check(mark);
}

std::vector<ProofMark> checkedMarks(const std::vector<Story>& stories,
                                    std::vector<ProofMark> marks) {
    checkMarks(stories, marks);
    return marks;
}

}  // namespace banmian::layout
