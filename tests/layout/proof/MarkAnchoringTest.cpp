// Marks anchored by id and by text: a mark brought from another copy of the page, after text
// before it changed there, is found on its own characters again (by its text and the text around
// it) or orphaned — never drawn on or applied to other characters — and the marks of two copies
// meet without an id clash. The seed's own sentence, with its 徐江西岸 for 徐汇西岸.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "layout/base/Id.h"
#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/output/TextOnPage.h"
#include "layout/proof/MarkAnchors.h"
#include "layout/proof/MarkAnnotations.h"
#include "layout/proof/MarkMerge.h"
#include "layout/proof/OpenHints.h"
#include "layout/proof/Review.h"
#include "tests/bench/SeedPage.h"

namespace banmian::layout {
namespace {

const std::string kSentence =
        "6月29日上午，2023世界人工智能大会新闻发布会在上海举行，记者从会上获悉，本届大会将于7月"
        "6日—8日在世博中心及世博展览馆举办，并在浦东张江、徐江西岸设分会场，同步在闵行等产业集聚"
        "区开展同期活动。";
// What the desk put in copy A, before every mark of copy B: longer than the distance between the
// two 世博, so that the nearest occurrence to a mark's old offset is the wrong one.
const std::string kInserted = "由上海市政府主办的";

// The page as both copies had it, ids and all.
Document thePage() {
    Document d;
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    Story ai;
    ai.headline = "聚焦人工智能大模型";
    ai.paragraphs = {kSentence, "本届大会的主题是“智能世界 生成未来”。"};
    Story drugs;
    drugs.headline = "集中销毁八百余公斤";
    drugs.paragraphs = {"6月26日，国际禁毒日主题宣传活动在徐家汇体育公园举行。"};
    d.stories = {drugs, ai};
    giveMissingIds(d);
    return d;
}

// A mark made in `d` (as the window makes it) on the `nth` occurrence of `text` in paragraph 0 of
// story 1, or a caret right after it.
ProofMark mark(const Document& d, MarkKind kind, const std::string& text, std::string correction,
               int nth = 0, bool caretAfter = false) {
    const std::string& p = d.stories[1].paragraphs[0];
    std::size_t at = p.find(text);
    for (int i = 0; i < nth; ++i) at = p.find(text, at + 1);
    EXPECT_NE(at, std::string::npos) << text;
    ProofMark m;
    m.id = newId();
    m.kind = kind;
    const std::size_t begin = caretAfter ? at + text.size() : at;
    const std::size_t end = at + text.size();
    const std::string& story = d.stories[1].id;
    m.range = {{story, StoryField::Body, 0, begin}, {story, StoryField::Body, 0, end}};
    m.correction = std::move(correction);
    m.author = "校对甲";
    m.created = "2026-11-26T09:00:00";
    recordMarkText(d.stories, m);
    return m;
}

std::string textUnder(const Document& d, const TextRange& range) {
    return DocumentText(d.stories).textOf(range);
}

// Copy B, proofread: the second 世博 queried, 徐江西岸 corrected, 两处 to go in before 设分会场,
// 同期 struck out.
struct Copies {
    Document a, b;
    Copies() {
        const Document page = thePage();
        b = page;
        b.marks = {mark(b, MarkKind::Query, "世博", "世博展览馆还是国家会展中心？", 1),
                   mark(b, MarkKind::Replace, "徐江西岸", "徐汇西岸"),
                   mark(b, MarkKind::Insert, "徐江西岸", "两处", 0, true),
                   mark(b, MarkKind::Delete, "同期", "")};
        // Copy A, edited on the desk meanwhile: text put in before them all, 同期活动 rewritten.
        a = page;
        std::string& p = a.stories[1].paragraphs[0];
        p.insert(p.find("本届大会"), kInserted);
        p.replace(p.find("开展同期活动"), std::string("开展同期活动").size(), "举办活动");
    }
    static constexpr std::size_t kQuery = 0, kReplace = 1, kInsert = 2, kDelete = 3;
};

TEST(MarkAnchoring, AMarkFromAnotherCopyIsFoundOnItsOwnCharactersAgain) {
    Copies copies;
    const MarksMerged merged = mergeMarks(copies.a, copies.b);
    EXPECT_EQ(merged.added, 4u);
    EXPECT_EQ(merged.orphaned, 1u);
    const Document& a = copies.a;
    const std::string& p = a.stories[1].paragraphs[0];
    for (std::size_t i : {Copies::kQuery, Copies::kReplace, Copies::kInsert}) {
        const ProofMark& m = a.marks[i];
        EXPECT_FALSE(m.orphaned) << m.text;
        EXPECT_EQ(textUnder(a, m.range), m.text);
        // Where it was, the other copy's offsets now hold other characters (what was drawn and
        // applied before marks were checked).
        const ProofMark& theirs = copies.b.marks[i];
        if (!theirs.text.empty()) {
            EXPECT_NE(textUnder(a, theirs.range), theirs.text);
        }
    }
    // The second 世博 — its context says so — though the first is nearer its old offset.
    EXPECT_EQ(a.marks[Copies::kQuery].range.begin.offset, p.find("世博展览馆"));
    EXPECT_LT(p.find("世博") - copies.b.marks[Copies::kQuery].range.begin.offset,
              p.find("世博展览馆") - copies.b.marks[Copies::kQuery].range.begin.offset);
    // The caret is where its context is: right after 徐江西岸.
    EXPECT_TRUE(a.marks[Copies::kInsert].range.empty());
    EXPECT_EQ(a.marks[Copies::kInsert].range.begin.offset, p.find("设分会场"));
}

TEST(MarkAnchoring, AcceptingMarksFromAnotherCopyChangesExactlyTheirCharacters) {
    Copies copies;
    mergeMarks(copies.a, copies.b);
    std::vector<Story> expected = copies.a.stories;
    std::string& p = expected[1].paragraphs[0];
    p.replace(p.find("徐江西岸"), std::string("徐江西岸").size(), "徐汇西岸两处");

    const Reviewer editor{"编辑乙", "2026-11-26T10:00:00"};
    ASSERT_FALSE(acceptMark(copies.a, copies.a.marks[Copies::kReplace].id, editor));
    ASSERT_FALSE(acceptMark(copies.a, copies.a.marks[Copies::kInsert].id, editor));
    // Every story, every field, every paragraph: the two intended changes and nothing else.
    EXPECT_EQ(copies.a.stories, expected);
}

TEST(MarkAnchoring, AMarkWhoseTextIsGoneIsOrphanedAndNeverApplied) {
    Copies copies;
    mergeMarks(copies.a, copies.b);
    const ProofMark& gone = copies.a.marks[Copies::kDelete];
    EXPECT_TRUE(gone.orphaned);
    EXPECT_EQ(gone.text, "同期");  // kept, with its text, listed
    const Document before = copies.a;
    EXPECT_TRUE(acceptMark(copies.a, copies.a.marks[Copies::kDelete].id,
                           {"编辑乙", "2026-11-26T10:00:00"}));
    EXPECT_EQ(copies.a.stories, before.stories);
    EXPECT_EQ(copies.a.marks, before.marks);
}

// A mark copied into the document as it was (by hand, or by a program that knows no better):
// accepting it checks it first — it is applied where its text is, or refused.
TEST(MarkAnchoring, AcceptNeverAppliesAMarkWhereItsTextIsNot) {
    Copies copies;
    copies.a.marks = copies.b.marks;  // the other copy's offsets, unchecked
    std::vector<Story> expected = copies.a.stories;
    std::string& p = expected[1].paragraphs[0];
    p.replace(p.find("徐江西岸"), std::string("徐江西岸").size(), "徐汇西岸");
    const Reviewer editor{"编辑乙", "2026-11-26T10:00:00"};
    ASSERT_FALSE(acceptMark(copies.a, copies.a.marks[Copies::kReplace].id, editor));
    EXPECT_EQ(copies.a.stories, expected);
    EXPECT_EQ(textUnder(copies.a, copies.a.marks[Copies::kReplace].range), "徐汇西岸");

    const Document before = copies.a;
    EXPECT_EQ(acceptMark(copies.a, copies.a.marks[Copies::kDelete].id, editor),
              "the text this mark was on is no longer in its story: reject it");
    EXPECT_EQ(copies.a.stories, before.stories);
    EXPECT_EQ(copies.a.marks, before.marks);
}

TEST(MarkAnchoring, ReadingADocumentFindsItsMarksAgain) {
    Copies copies;
    copies.a.marks = copies.b.marks;  // pasted into copy A's file
    const auto read = documentFromJson(documentToJson(copies.a));
    ASSERT_TRUE(read) << read.error().message;
    const Document& a = read.value();
    const std::string& p = a.stories[1].paragraphs[0];
    EXPECT_EQ(a.marks[Copies::kQuery].range.begin.offset, p.find("世博展览馆"));
    EXPECT_EQ(a.marks[Copies::kReplace].range.begin.offset, p.find("徐江西岸"));
    EXPECT_EQ(a.marks[Copies::kInsert].range.begin.offset, p.find("设分会场"));
    EXPECT_TRUE(a.marks[Copies::kDelete].orphaned);
    // What a proof shows is checked too: the orphan is not among the marks drawn.
    const std::vector<ProofMark> shown = proofMarks(copies.a);
    EXPECT_TRUE(shown[Copies::kDelete].orphaned);
    EXPECT_EQ(shown[Copies::kReplace].range, a.marks[Copies::kReplace].range);
}

TEST(MarkAnchoring, AMarkInPlaceStaysAndAShortTextWithoutItsContextIsNotGuessed) {
    Document d = thePage();
    d.marks = {mark(d, MarkKind::Replace, "张江", "张江科学城"),
               mark(d, MarkKind::Query, "在", "？", 2)};
    const std::vector<ProofMark> marks = d.marks;
    checkMarks(d.stories, d.marks);
    EXPECT_EQ(d.marks, marks);

    // 在 moved and every character around it changed: which 在 it was, nothing can tell.
    std::string& p = d.stories[1].paragraphs[0];
    p.replace(p.find("在上海举行"), std::string("在上海举行").size(), "举行");
    p.replace(p.find("并在浦东"), std::string("并在浦东").size(), "于浦东");
    p.insert(0, "在徐汇");
    EXPECT_EQ(reanchor(d.stories, d.marks[1]), MarkCheck::Orphaned);
    EXPECT_EQ(reanchor(d.stories, d.marks[0]), MarkCheck::Found);  // 张江 is still there
    EXPECT_EQ(textUnder(d, d.marks[0].range), "张江");
}

// Marks followed through the window's own edits stay what they cover, so that checking them finds
// them in place: an edit inside one is what it marks now.
TEST(MarkAnchoring, AMarkFollowedThroughAnEditInsideItIsCheckedAsItIsNow) {
    Document d = thePage();
    d.marks = {mark(d, MarkKind::Query, "徐江西岸", "？")};
    const std::vector<Story> before = d.stories;
    std::string& p = d.stories[1].paragraphs[0];
    p.replace(p.find("江西"), std::string("江西").size(), "汇西");
    followText(before, d.stories, d.marks);
    EXPECT_EQ(d.marks[0].text, "徐汇西岸");
    EXPECT_EQ(reanchor(d.stories, d.marks[0]), MarkCheck::InPlace);
    EXPECT_FALSE(d.marks[0].orphaned);
}

TEST(MergingMarks, TwoCopiesMarksMeetWithoutAnIdClash) {
    Copies copies;
    Document a = copies.a;
    a.marks = {mark(a, MarkKind::Delete, "产业", "")};  // made in A, by its own hand
    Document b = copies.b;
    mergeMarks(a, b);
    mergeMarks(b, a);  // and back: both copies have every mark once
    std::set<std::string> ids;
    for (const ProofMark& m : a.marks) EXPECT_TRUE(ids.insert(m.id).second) << m.id;
    EXPECT_EQ(a.marks.size(), 5u);
    std::set<std::string> inB;
    for (const ProofMark& m : b.marks) inB.insert(m.id);
    EXPECT_EQ(inB, ids);
    // Merging again changes nothing.
    const std::vector<ProofMark> once = a.marks;
    const MarksMerged again = mergeMarks(a, b);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(a.marks, once);
}

TEST(MergingMarks, TheSameMarkKeepsItsLatestReview) {
    Copies copies;
    Document a = copies.b;  // A was copied from B after B's marks were made
    const Reviewer editor{"编辑乙", "2026-11-26T10:00:00"};
    ASSERT_FALSE(acceptMark(copies.b, copies.b.marks[Copies::kReplace].id, editor));
    rejectMark(a, a.marks[Copies::kQuery].id, {"编辑丙", "2026-11-26T09:30:00"});
    rejectMark(copies.b, copies.b.marks[Copies::kQuery].id, {"编辑乙", "2026-11-26T09:10:00"});
    const MarksMerged merged = mergeMarks(a, copies.b);
    EXPECT_EQ(merged.added, 0u);
    EXPECT_EQ(merged.updated, 1u);  // the replacement, accepted in B
    EXPECT_EQ(a.marks.size(), 4u);
    EXPECT_EQ(a.marks[Copies::kReplace].status, MarkStatus::Accepted);
    EXPECT_EQ(a.marks[Copies::kReplace].reviewer, "编辑乙");
    EXPECT_EQ(a.marks[Copies::kQuery].reviewer, "编辑丙");  // reviewed later here
}

TEST(MergingMarks, MarksNumberedApartBeforeIdsWereRandomAreBothKept) {
    Copies copies;
    Document a = copies.a;
    a.marks = {mark(a, MarkKind::Delete, "产业", "")};
    a.marks[0].id = "m1";
    a.marks[0].author = "校对丁";
    Document b = copies.b;
    b.marks.resize(1);
    b.marks[0].id = "m1";
    mergeMarks(a, b);
    ASSERT_EQ(a.marks.size(), 2u);
    EXPECT_EQ(a.marks[0].id, "m1");
    EXPECT_TRUE(isRandomId(a.marks[1].id));
    EXPECT_EQ(a.marks[1].author, "校对甲");
}

TEST(MergingMarks, AMarkOnAStoryThisCopyDoesNotHaveIsKeptOrphaned) {
    Copies copies;
    Story added;
    added.id = newId();
    added.headline = "新稿";
    added.paragraphs = {"徐江西岸设分会场。"};
    copies.b.stories.push_back(added);
    ProofMark m = copies.b.marks[Copies::kReplace];
    m.id = newId();
    m.range.begin.story = m.range.end.story = added.id;
    m.range.begin.offset = 0;
    m.range.end.offset = std::string("徐江西岸").size();
    copies.b.marks = {m};
    const MarksMerged merged = mergeMarks(copies.a, copies.b);
    EXPECT_EQ(merged.added, 1u);
    EXPECT_EQ(merged.orphaned, 1u);
    ASSERT_EQ(copies.a.marks.size(), 1u);
    EXPECT_TRUE(copies.a.marks[0].orphaned);  // not on A's own 徐江西岸
    EXPECT_EQ(copies.a.marks[0].text, "徐江西岸");
    const auto read = documentFromJson(documentToJson(copies.a));
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_TRUE(read.value().marks[0].orphaned);
    EXPECT_EQ(read.value().marks[0].id, m.id);
}

// On the seed page: the mark copied from the other copy is drawn over its own characters.
TEST(MarkAnchoring, AMarkFromAnotherCopyIsAnnotatedOnItsCharacters) {
    bench::SeedPage& seed = bench::SeedPage::get();
    if (!seed.styles) GTEST_SKIP() << "the seed page's fonts are not installed";
    Document b;
    b.stories = seed.stories;
    giveMissingIds(b);
    std::size_t story = 0;
    while (story < b.stories.size() &&
           (b.stories[story].paragraphs.empty() ||
            b.stories[story].paragraphs[0].find("徐江西岸") == std::string::npos))
        ++story;
    ASSERT_LT(story, b.stories.size());
    const std::string& text = b.stories[story].paragraphs[0];
    ProofMark m;
    m.id = newId();
    m.kind = MarkKind::Replace;
    m.correction = "徐汇西岸";
    const std::size_t at = text.find("徐江西岸");
    const std::string id = b.stories[story].id;
    m.range = {{id, StoryField::Body, 0, at},
               {id, StoryField::Body, 0, at + std::string("徐江西岸").size()}};
    recordMarkText(b.stories, m);
    b.marks = {m};

    Document a = b;
    a.stories[story].paragraphs[0].insert(text.find("本届大会"), kInserted);
    const std::size_t found = a.stories[story].paragraphs[0].find("徐江西岸");
    const TextRange right{{id, StoryField::Body, 0, found},
                          {id, StoryField::Body, 0, found + std::string("徐江西岸").size()}};
    const Page page = autoCompose(a.stories, pageGrid(PagePreset::Broadsheet),
                                  {"报名", "2023年6月30日", "", ""}, *seed.styles, seed.typesetter);
    const PageLayout layout = layoutPage(page, a.stories, *seed.styles, seed.typesetter);
    ASSERT_FALSE(rangeRects(layout, right).empty());

    const std::vector<ProofAnnotation> notes = proofAnnotations(layout, proofMarks(a));
    const auto note = std::find_if(notes.begin(), notes.end(),
                                   [&](const ProofAnnotation& n) { return n.id == m.id; });
    ASSERT_NE(note, notes.end());
    EXPECT_EQ(note->rects, rangeRects(layout, right));
    EXPECT_NE(note->rects, rangeRects(layout, m.range));  // where its old offsets are
}

}  // namespace
}  // namespace banmian::layout
