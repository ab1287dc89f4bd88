// Proof marks in the engine: they follow their characters through any edit, accepting one
// changes the story exactly, they are saved and read back, and they are found on the page.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "layout/base/Id.h"
#include "layout/document/StoryEdits.h"
#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/output/TextOnPage.h"
#include "layout/proof/MarkAnchors.h"
#include "layout/proof/Review.h"
#include "layout/proof/TextDiff.h"
#include "tests/bench/SeedPage.h"

namespace banmian::layout {
namespace {

TEST(TextDiff, MapsPlacesAroundInsertionsDeletionsAndReplacements) {
    const TextDiff insert("甲乙丙", "甲乙X丙");  // 3 bytes per character
    EXPECT_EQ(insert.map(3, TextDiff::Side::After), 3u);
    EXPECT_EQ(insert.map(6, TextDiff::Side::Before), 6u);  // the end of 乙 stays before X
    EXPECT_EQ(insert.map(6, TextDiff::Side::After), 7u);   // the start of 丙 after it
    EXPECT_EQ(insert.map(9, TextDiff::Side::Before), 10u);
    EXPECT_EQ(insert.kept(0, 9), 9u);

    const TextDiff remove("甲乙丙丁", "甲丁");
    EXPECT_EQ(remove.kept(3, 9), 0u);
    EXPECT_EQ(remove.kept(0, 12), 6u);
    EXPECT_EQ(remove.map(6, TextDiff::Side::After), 3u);  // inside deleted text: where it was
    EXPECT_EQ(remove.map(9, TextDiff::Side::After), 3u);

    // Characters sharing their first bytes are still told apart (乙 E4 B9 99, 九 E4 B9 9D).
    const TextDiff replace("甲乙丙", "甲九丙");
    EXPECT_EQ(replace.kept(3, 6), 0u);
    EXPECT_EQ(replace.kept(0, 9), 6u);
    EXPECT_TRUE(TextDiff("同", "同").unchanged());
}

TEST(TextDiff, FindsSeveralEditsApart) {
    const TextDiff diff("一二三四五六七八九十", "一2三四五六七八九10");
    EXPECT_EQ(diff.kept(6, 24), 18u);  // 三…九 kept
    EXPECT_EQ(diff.map(6, TextDiff::Side::After), 4u);
    EXPECT_EQ(diff.map(24, TextDiff::Side::Before), 22u);
}

Story story(std::string headline, std::vector<std::string> paragraphs) {
    Story s;
    s.id = newId();
    s.headline = std::move(headline);
    s.paragraphs = std::move(paragraphs);
    return s;
}

// A mark on the first occurrence of `text` in paragraph `paragraph` of story `index`.
ProofMark markOn(const std::vector<Story>& stories, std::size_t index, std::size_t paragraph,
                 const std::string& text, MarkKind kind, std::string correction = "") {
    const std::size_t at = stories[index].paragraphs[paragraph].find(text);
    EXPECT_NE(at, std::string::npos) << text;
    ProofMark mark;
    mark.id = "m" + std::to_string(index) + text;
    mark.kind = kind;
    const std::string& id = stories[index].id;
    mark.range = {{id, StoryField::Body, paragraph, at},
                  {id, StoryField::Body, paragraph, at + text.size()}};
    mark.text = text;
    mark.correction = std::move(correction);
    mark.author = "校对甲";
    return mark;
}

std::string textUnder(const std::vector<Story>& stories, const ProofMark& mark) {
    return DocumentText(stories).textOf(mark.range);
}

class FollowText : public ::testing::Test {
protected:
    Document document() {
        Document d;
        d.page.grid = pageGrid(PagePreset::Broadsheet);
        d.stories = {story("徐汇培育技能人才",
                           {"技能人才是推动发展的持续动力。", "徐汇历来是人才汇聚之地。"}),
                     story("城市更新", {"老房子里的新生活。", "居民说：日子越过越好。"})};
        d.marks = {markOn(d.stories, 0, 1, "汇聚", MarkKind::Replace, "聚集"),
                   markOn(d.stories, 1, 1, "越过越好", MarkKind::Query, "原话？")};
        return d;
    }
};

TEST_F(FollowText, MarksStayOnTheirCharactersWhenTextBeforeThemChanges) {
    Document d = document();
    const std::vector<Story> before = d.stories;
    d.stories[0].paragraphs[1].insert(0, "多年来，");
    d.stories[0].headline = "徐汇";
    followText(before, d.stories, d.marks);
    EXPECT_EQ(textUnder(d.stories, d.marks[0]), "汇聚");
    EXPECT_EQ(d.marks[0].range.begin.offset, std::string("多年来，徐汇历来是人才").size());
    EXPECT_EQ(textUnder(d.stories, d.marks[1]), "越过越好");
    EXPECT_FALSE(d.marks[0].orphaned);
}

TEST_F(FollowText, MarksFollowStoriesSplitMergedAndParagraphsMoved) {
    Document d = document();
    std::vector<Story> before = d.stories;
    ASSERT_FALSE(splitStory(d, d.stories[0].id, 1));
    followText(before, d.stories, d.marks);
    EXPECT_EQ(d.marks[0].range.begin.story, d.stories[1].id);  // the new story
    EXPECT_EQ(d.marks[0].range.begin.paragraph, 0u);
    EXPECT_EQ(textUnder(d.stories, d.marks[0]), "汇聚");
    EXPECT_EQ(d.marks[1].range.begin.story, before[1].id);  // its story, now third
    EXPECT_EQ(textUnder(d.stories, d.marks[1]), "越过越好");

    before = d.stories;
    ASSERT_FALSE(mergeWithNext(d, d.stories[0].id));
    followText(before, d.stories, d.marks);
    EXPECT_EQ(d.marks[0].range.begin.story, d.stories[0].id);
    EXPECT_EQ(d.marks[0].range.begin.paragraph, 1u);
    EXPECT_EQ(textUnder(d.stories, d.marks[0]), "汇聚");

    before = d.stories;
    ASSERT_FALSE(moveParagraph(d, d.stories[1].id, 0, true));  // 老房子… to the end of story 0
    followText(before, d.stories, d.marks);
    EXPECT_EQ(textUnder(d.stories, d.marks[0]), "汇聚");
    EXPECT_EQ(textUnder(d.stories, d.marks[1]), "越过越好");
    EXPECT_EQ(d.marks[1].range.begin.story, d.stories[1].id);
}

TEST_F(FollowText, AMarkWhoseTextIsDeletedIsOrphanedNotLost) {
    Document d = document();
    const std::vector<Story> before = d.stories;
    d.stories[0].paragraphs.erase(d.stories[0].paragraphs.begin() + 1);
    followText(before, d.stories, d.marks);
    ASSERT_EQ(d.marks.size(), 2u);
    EXPECT_TRUE(d.marks[0].orphaned);
    EXPECT_EQ(d.marks[0].text, "汇聚");
    EXPECT_FALSE(d.marks[1].orphaned);
    EXPECT_EQ(textUnder(d.stories, d.marks[1]), "越过越好");
}

TEST_F(FollowText, AMarkPartlyEditedKeepsWhatIsLeft) {
    Document d = document();
    const std::vector<Story> before = d.stories;
    auto& p = d.stories[1].paragraphs[1];
    p.replace(p.find("越好"), std::string("越好").size(), "更好");
    followText(before, d.stories, d.marks);
    EXPECT_EQ(textUnder(d.stories, d.marks[1]), "越过更好");
    EXPECT_FALSE(d.marks[1].orphaned);
    // What it covers now is what it is checked against: drawn, not orphaned.
    EXPECT_EQ(d.marks[1].text, "越过更好");
    EXPECT_FALSE(checkedMarks(d.stories, d.marks)[1].orphaned);
}

class Accepting : public FollowText {
protected:
    const Reviewer editor{"编辑乙", "2026-11-25T23:05:00"};
};

TEST_F(Accepting, AReplacementChangesTheStoryExactlyAndOtherMarksFollow) {
    Document d = document();
    d.marks.push_back(markOn(d.stories, 0, 1, "之地", MarkKind::Comment, "好"));
    ASSERT_FALSE(acceptMark(d, d.marks[0].id, editor));
    EXPECT_EQ(d.stories[0].paragraphs[1], "徐汇历来是人才聚集之地。");
    EXPECT_EQ(d.marks[0].status, MarkStatus::Accepted);
    EXPECT_EQ(d.marks[0].reviewer, "编辑乙");
    EXPECT_EQ(textUnder(d.stories, d.marks[0]), "聚集");
    EXPECT_EQ(textUnder(d.stories, d.marks[2]), "之地");
    EXPECT_EQ(acceptMark(d, d.marks[0].id, editor), "the mark was already reviewed");
}

TEST_F(Accepting, EachKindOfCorrection) {
    Document d = document();
    d.marks = {markOn(d.stories, 0, 0, "持续", MarkKind::Delete),
               markOn(d.stories, 1, 0, "新生活", MarkKind::Transpose)};
    d.marks[1].pivot = std::string("新").size();
    ProofMark insert = markOn(d.stories, 1, 1, "日子", MarkKind::Insert, "如今");
    insert.range.end = insert.range.begin;
    insert.text.clear();
    d.marks.push_back(insert);
    for (std::size_t i = 0; i < d.marks.size(); ++i)
        ASSERT_FALSE(acceptMark(d, d.marks[i].id, editor));
    EXPECT_EQ(d.stories[0].paragraphs[0], "技能人才是推动发展的动力。");
    EXPECT_EQ(d.stories[1].paragraphs[0], "老房子里的生活新。");
    EXPECT_EQ(d.stories[1].paragraphs[1], "居民说：如今日子越过越好。");
}

TEST_F(Accepting, ADeletionOverAParagraphBreakJoinsTheParagraphs) {
    Document d = document();
    ProofMark mark = markOn(d.stories, 0, 0, "动力。", MarkKind::Delete);
    mark.range.end = {d.stories[0].id, StoryField::Body, 1, std::string("徐汇").size()};
    recordMarkText(d.stories, mark);  // "动力。\n徐汇", as the window records it
    d.marks = {mark};
    ASSERT_FALSE(acceptMark(d, d.marks[0].id, editor));
    ASSERT_EQ(d.stories[0].paragraphs.size(), 1u);
    EXPECT_EQ(d.stories[0].paragraphs[0], "技能人才是推动发展的持续历来是人才汇聚之地。");
}

TEST_F(Accepting, AFaceChangeOnAHeadlineSetsItsBlocksFace) {
    Document d = document();
    d.page.blocks = {Block{}};
    d.page.blocks[0].story = d.stories[0].id;
    ProofMark mark;
    mark.kind = MarkKind::Style;
    mark.correction = "黑体";
    mark.range = {{d.stories[0].id, StoryField::Headline, 0, 0},
                  {d.stories[0].id, StoryField::Headline, 0, 24}};
    recordMarkText(d.stories, mark);
    d.marks = {mark, markOn(d.stories, 0, 0, "技能", MarkKind::Style, "黑体")};
    ASSERT_FALSE(acceptMark(d, d.marks[0].id, editor));
    EXPECT_EQ(d.page.blocks[0].headlineFont, "黑体");
    EXPECT_EQ(acceptMark(d, d.marks[1].id, editor),
              "only a headline can change its face: a story's body is set in one face");
    EXPECT_EQ(d.marks[1].status, MarkStatus::Open);
}

TEST_F(Accepting, RejectingKeepsTheTextAndTheMark) {
    Document d = document();
    const std::vector<Story> stories = d.stories;
    rejectMark(d, d.marks[0].id, editor);
    EXPECT_EQ(d.stories, stories);
    EXPECT_EQ(d.marks[0].status, MarkStatus::Rejected);
    EXPECT_EQ(d.marks[0].reviewed, "2026-11-25T23:05:00");
}

TEST_F(Accepting, AnOrphanedMarkCannotBeAccepted) {
    Document d = document();
    d.marks[0].orphaned = true;
    EXPECT_EQ(acceptMark(d, d.marks[0].id, editor),
              "the text this mark was on has been deleted: reject it");
}

TEST_F(FollowText, MarksAreSavedAndReadBack) {
    Document d = document();
    d.marks[0].status = MarkStatus::Accepted;
    d.marks[0].reviewer = "编辑乙";
    d.marks[1].created = "2026-11-25T22:41:05";
    recordMarkText(d.stories, d.marks[1]);  // its context, as a mark made in the window has
    const std::string json = documentToJson(d);
    EXPECT_NE(json.find("\"version\": 3"), std::string::npos);
    const auto read = documentFromJson(json);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read.value().marks, d.marks);
    EXPECT_EQ(d.marks[1].before, "。\n居民说：日子");
    EXPECT_EQ(d.marks[1].after, "。");

    d.marks.clear();  // every document is written as version 3, marks or not
    EXPECT_NE(documentToJson(d).find("\"version\": 3"), std::string::npos);
}

TEST_F(FollowText, AHandEditedMarkIsFoundOrOrphanedOrRefusedWithWhere) {
    Document d = document();
    std::string json = documentToJson(d);
    // An offset beyond its paragraph: the mark is found again on its text.
    const auto at = json.find("\"offset\": 21");
    ASSERT_NE(at, std::string::npos);
    std::string beyond = json;
    beyond.replace(at, 12, "\"offset\": 999");
    const auto read = documentFromJson(beyond);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_FALSE(read.value().marks[0].orphaned);
    EXPECT_EQ(textUnder(read.value().stories, read.value().marks[0]), "汇聚");
    // A text that is nowhere in its story: kept, with its text, as orphaned.
    std::string nowhere = beyond;
    nowhere.replace(nowhere.find("\"text\": \"汇聚\""), std::string("\"text\": \"汇聚\"").size(),
                    "\"text\": \"荟萃\"");
    const auto orphan = documentFromJson(nowhere);
    ASSERT_TRUE(orphan) << orphan.error().message;
    EXPECT_TRUE(orphan.value().marks[0].orphaned);
    EXPECT_EQ(orphan.value().marks[0].text, "荟萃");

    std::string kind = json;
    kind.replace(kind.find("\"replace\""), 9, "\"redo\"");
    const auto wrong = documentFromJson(kind);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().message, "/marks/0/kind: \"redo\" is not one Banmian knows");
}

// On the seed page: a paragraph that runs from one column into the next.
class MarksOnThePage : public ::testing::Test {
protected:
    bench::SeedPage& seed = bench::SeedPage::get();
    void SetUp() override {
        if (!seed.styles) GTEST_SKIP() << "the seed page's fonts are not installed";
        page = seed.compose();
        layout = layoutPage(page, seed.stories, *seed.styles, seed.typesetter);
    }
    Page page;
    PageLayout layout;
};

TEST_F(MarksOnThePage, ARangeOverAColumnBreakHasAPieceInEachColumn) {
    // Find a body paragraph whose glyphs stand in two columns.
    std::optional<TextSource> broken;
    std::map<std::pair<std::string, std::size_t>, std::set<LayoutUnit>> columns;
    for (const PageRun& run : layout.runs) {
        if (run.source.story.empty() || run.source.field != StoryField::Body || run.x.empty())
            continue;
        auto& xs = columns[{run.source.story, run.source.paragraph}];
        xs.insert(run.x.front() / (layout.grid.columnWidth() / 2));
        if (!broken && xs.size() > 1 && *xs.rbegin() - *xs.begin() >= 2) broken = run.source;
    }
    ASSERT_TRUE(broken);
    const std::string& text = findStory(seed.stories, broken->story)->paragraphs[broken->paragraph];
    const std::string story = broken->story;
    const TextRange whole{{story, StoryField::Body, broken->paragraph, 0},
                          {story, StoryField::Body, broken->paragraph, text.size()}};
    const std::vector<Rect> pieces = rangeRects(layout, whole);
    ASSERT_GE(pieces.size(), 2u);
    // Reading order, and at least one piece further right and higher than the one before.
    bool nextColumn = false;
    for (std::size_t i = 1; i < pieces.size(); ++i)
        nextColumn |= pieces[i].x > pieces[i - 1].right() && pieces[i].y < pieces[i - 1].y;
    EXPECT_TRUE(nextColumn);

    // A click on the first character's left half is the paragraph's start; on a middle
    // character's right half, the place after it.
    const Rect& first = pieces.front();
    const auto start = placeAt(layout, first.x + 10, first.y + first.height / 2, 64);
    ASSERT_TRUE(start);
    EXPECT_EQ(*start, whole.begin);
    const auto caret = caretRect(layout, whole.begin);
    ASSERT_TRUE(caret);
    EXPECT_EQ(caret->x, first.x);
}

TEST_F(MarksOnThePage, TextThatIsNotSetHasNoRectangles) {
    const TextRange nowhere{{"no such story", StoryField::Body, 0, 0},
                            {"no such story", StoryField::Body, 0, 3}};
    EXPECT_TRUE(rangeRects(layout, nowhere).empty());
    EXPECT_FALSE(caretRect(layout, nowhere.begin));
    EXPECT_FALSE(placeAt(layout, 0, 0, 64));  // the page's corner is far from any text
}

}  // namespace
}  // namespace banmian::layout
