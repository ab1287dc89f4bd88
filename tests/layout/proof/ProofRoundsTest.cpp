// Proof rounds (校次), the sign-off (签样), 核红 and conflicts between copies' marks: what the
// document keeps of them, saved and read back, and what the engine finds.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "layout/base/Id.h"
#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/proof/MarkAnchors.h"
#include "layout/proof/MarkMerge.h"
#include "layout/proof/RedCheck.h"
#include "layout/proof/Review.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {
namespace {

Story story(std::string headline, std::vector<std::string> paragraphs) {
    Story s;
    s.id = newId();
    s.headline = std::move(headline);
    s.paragraphs = std::move(paragraphs);
    return s;
}

// A mark on the first `text` of paragraph `paragraph` of story `index`, its context recorded.
ProofMark markOn(const Document& d, std::size_t index, std::size_t paragraph,
                 const std::string& text, MarkKind kind, std::string correction = "") {
    const std::size_t at = d.stories[index].paragraphs[paragraph].find(text);
    EXPECT_NE(at, std::string::npos) << text;
    ProofMark mark;
    mark.id = newId();
    mark.kind = kind;
    const std::string& id = d.stories[index].id;
    mark.range = {{id, StoryField::Body, paragraph, at},
                  {id, StoryField::Body, paragraph, at + text.size()}};
    recordMarkText(d.stories, mark);
    mark.correction = std::move(correction);
    mark.author = "校对甲";
    mark.created = "2026-12-05T21:00:00+08:00";
    return mark;
}

Document page() {
    Document d;
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    d.stories = {story("徐汇培育技能人才",
                       {"技能人才是推动发展的持续动力。", "徐汇历来是人才汇聚之地。"}),
                 story("城市更新", {"老房子里的新生活。", "居民说：日子越过越好。"})};
    return d;
}

Document readBack(const Document& d) {
    auto read = documentFromJson(documentToJson(d));
    EXPECT_TRUE(read) << (read ? "" : read.error().message);
    return read ? std::move(read).value() : Document{};
}

// The document's JSON with `edit` made to it, read: the error's message, or "" when it reads.
std::string readEdited(const Document& d, const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json j = nlohmann::json::parse(documentToJson(d));
    edit(j);
    auto read = documentFromJson(j.dump());
    return read ? "" : read.error().message;
}

TEST(ProofRounds, RoundsSignOffsAndMarksRoundsAreSavedAndReadBack) {
    Document d = page();
    EXPECT_EQ(roundName(currentRound(d)), "一校");
    ASSERT_FALSE(openNextRound(d, "李四", "2026-12-05T20:00:00+08:00"));
    ASSERT_FALSE(openNextRound(d, "王五", "2026-12-05T21:30:00+08:00", true));
    EXPECT_EQ(d.rounds.size(), 3u);  // 一校 written down when 二校 was opened
    EXPECT_EQ(roundName(currentRound(d)), "终校");
    EXPECT_EQ(openNextRound(d, "王五", "2026-12-05T21:40:00+08:00"),
              "the last round (终校) is open: the page is signed off after it");
    d.marks.push_back(markOn(d, 0, 1, "汇聚", MarkKind::Replace, "聚集"));
    d.marks.back().round = 3;
    ASSERT_FALSE(signOff(d, "张三", "2026-12-05T22:41:00+08:00"));
    ASSERT_FALSE(liftSignOff(d, "张三", "2026-12-05T22:50:00+08:00", "标题改字"));
    ASSERT_FALSE(signOff(d, "张三", "2026-12-05T23:02:00+08:00"));

    const Document back = readBack(d);
    EXPECT_EQ(back.rounds, d.rounds);
    EXPECT_EQ(back.signOffs, d.signOffs);
    ASSERT_EQ(back.marks.size(), 1u);
    EXPECT_EQ(back.marks[0].round, 3);
    ASSERT_TRUE(currentSignOff(back));
    EXPECT_EQ(currentSignOff(back)->time, "2026-12-05T23:02:00+08:00");
    EXPECT_EQ(back.signOffs[1].note, "标题改字");
    EXPECT_EQ(roundName({4, false, {}, {}}), "四校");
    EXPECT_EQ(roundName({12, false, {}, {}}), "十二校");
}

TEST(ProofRounds, AFileFromBeforeRoundsReadsAsTheFirstRoundNotSigned) {
    Document d = page();
    d.marks.push_back(markOn(d, 0, 1, "汇聚", MarkKind::Replace, "聚集"));
    const std::string json = documentToJson(d);
    // Nothing new is written for a page that has none of it: an older Banmian reads it as before.
    EXPECT_EQ(json.find("\"round"), std::string::npos);
    EXPECT_EQ(json.find("signOffs"), std::string::npos);
    const Document back = readBack(d);
    EXPECT_EQ(back.marks[0].round, 1);
    EXPECT_EQ(roundName(currentRound(back)), "一校");
    EXPECT_FALSE(currentSignOff(back));
    EXPECT_FALSE(frozenBecause(back));
}

TEST(ProofRounds, HandEditedRoundsAndSignOffsAreRefusedWithWhere) {
    Document d = page();
    d.marks.push_back(markOn(d, 0, 1, "汇聚", MarkKind::Replace, "聚集"));
    ASSERT_FALSE(openNextRound(d, "李四", "2026-12-05T20:00:00+08:00"));
    ASSERT_FALSE(signOff(d, "张三", "2026-12-05T22:41:00+08:00"));
    EXPECT_EQ(readEdited(d, [](auto& j) { j["rounds"][1]["number"] = 3; }),
              "/rounds/1/number: 3 should be 2: rounds are numbered 1, 2, 3 … in order");
    EXPECT_EQ(readEdited(d, [](auto& j) { j["rounds"] = "二校"; }), "/rounds: not a list");
    EXPECT_EQ(readEdited(d, [](auto& j) { j["signOffs"][0]["kind"] = "approve"; }),
              "/signOffs/0/kind: \"approve\" is neither \"sign\" nor \"lift\"");
    EXPECT_EQ(readEdited(d, [](auto& j) { j["signOffs"][0]["kind"] = "lift"; }),
              "/signOffs/0/kind: there is no sign-off to lift");
    EXPECT_EQ(readEdited(d, [](auto& j) { j["signOffs"][0].erase("by"); }),
              "/signOffs/0/by: missing");
    EXPECT_EQ(readEdited(d, [](auto& j) { j["marks"][0]["round"] = "二"; }),
              "/marks/0/round: missing or not a whole number");
    EXPECT_EQ(readEdited(d, [](auto& j) { j["marks"][0]["round"] = 5; }),
              "/marks/0/round: 5 is a round the page has not opened (it has 2)");
    EXPECT_EQ(readEdited(d, [](auto& j) { j["marks"][0]["accepted"] = "yes"; }),
              "/marks/0/accepted: should be an object with \"was\" and \"became\"");
}

TEST(ProofRounds, ASignedPageRefusesANewRoundAndIsNotSignedTwice) {
    Document d = page();
    EXPECT_EQ(liftSignOff(d, "张三", "t"), "the page is not signed off");
    ASSERT_FALSE(signOff(d, "张三", "2026-12-05T22:41:00+08:00"));
    EXPECT_EQ(frozenBecause(d),
              "the page is signed off (签样 by 张三 at 2026-12-05T22:41:00+08:00): lift the "
              "sign-off first");
    EXPECT_TRUE(openNextRound(d, "李四", "t"));
    EXPECT_EQ(signOff(d, "李四", "t"), "the page is signed off already");
    EXPECT_TRUE(liftSignOff(d, "", "t"));  // lifting is recorded with a name
    ASSERT_FALSE(liftSignOff(d, "李四", "2026-12-05T22:50:00+08:00"));
    EXPECT_FALSE(frozenBecause(d));
    EXPECT_EQ(d.signOffs.size(), 2u);  // the signature stays on record, lifted
}

// 核红: three corrections accepted in 一校; then one put back by hand, one rewritten, one left.
TEST(RedCheck, TellsMadeNotMadeAndChangedSince) {
    Document d = page();
    keepManuscripts(d);
    d.marks = {markOn(d, 0, 1, "汇聚", MarkKind::Replace, "聚集"),
               markOn(d, 1, 1, "越过越好", MarkKind::Replace, "越来越好"),
               markOn(d, 0, 0, "持续", MarkKind::Delete)};
    const Reviewer editor{"编辑乙", "2026-12-05T21:10:00+08:00"};
    for (const ProofMark& m : std::vector<ProofMark>(d.marks))
        ASSERT_FALSE(acceptMark(d, m.id, editor));
    ASSERT_FALSE(openNextRound(d, "李四", "2026-12-05T21:30:00+08:00"));

    // The desk's edits since: the old word typed back, and the second correction rewritten.
    std::vector<Story> edited = d.stories;
    std::string& p = edited[0].paragraphs[1];
    p.replace(p.find("聚集"), std::string("聚集").size(), "汇聚");
    std::string& q = edited[1].paragraphs[1];
    q.replace(q.find("越来越好"), std::string("越来越好").size(), "越发美好");
    followText(d.stories, edited, d.marks);
    d.stories = edited;

    const RedCheck red = checkTheRed(readBack(d));  // what was kept is saved, too
    ASSERT_EQ(red.corrections.size(), 3u);
    EXPECT_EQ(red.corrections[0].state, CorrectionState::NotMade);
    EXPECT_EQ(red.corrections[0].was, "汇聚");
    EXPECT_EQ(red.corrections[0].became, "聚集");
    EXPECT_EQ(red.corrections[1].state, CorrectionState::ChangedSince);
    EXPECT_EQ(red.corrections[1].now, "越发美好");
    EXPECT_EQ(red.corrections[2].state, CorrectionState::Made);
    EXPECT_EQ(red.count(CorrectionState::NotMade), 1u);

    // Since the manuscript: 持续 deleted, 越过越好 now 越发美好; 汇聚 is as it came in.
    ASSERT_EQ(red.changes.size(), 2u);
    EXPECT_EQ(red.changes[0].removed, "持续");
    EXPECT_EQ(red.changes[0].added, "");
    EXPECT_EQ(red.changes[1].story, d.stories[1].id);
    EXPECT_EQ(red.storiesWithoutManuscript, 0u);
}

TEST(RedCheck, AllMadeWhenNothingWasTouchedAndOpenMarksAreNotChecked) {
    Document d = page();
    d.marks = {markOn(d, 0, 1, "汇聚", MarkKind::Replace, "聚集"),
               markOn(d, 1, 0, "新生活", MarkKind::Query, "？")};
    ASSERT_FALSE(acceptMark(d, d.marks[0].id, {"编辑乙", "t"}));
    const RedCheck red = checkTheRed(d);
    ASSERT_EQ(red.corrections.size(), 1u);
    EXPECT_EQ(red.corrections[0].state, CorrectionState::Made);
    EXPECT_EQ(red.storiesWithoutManuscript, 2u);  // none kept: made before manuscripts were
}

TEST(MarkMerge, DifferentAsksOfTheSameCharactersAreAConflictTheSameMarkIsNotDoubled) {
    const Document base = page();
    Document a = base, b = base;
    a.marks = {markOn(a, 0, 1, "汇聚", MarkKind::Replace, "聚集")};
    const ProofMark shared = markOn(a, 1, 0, "新生活", MarkKind::Query, "？");
    a.marks.push_back(shared);
    b.marks = {markOn(b, 0, 1, "人才汇聚", MarkKind::Replace, "人才荟萃"),  // overlaps 汇聚
               markOn(b, 0, 0, "持续", MarkKind::Delete),                   // elsewhere
               markOn(b, 0, 1, "汇聚", MarkKind::Replace, "聚集"),          // the same ask
               shared};
    b.marks[2].author = "校对丙";

    const MarksMerged merged = mergeMarks(a, b);
    EXPECT_EQ(merged.added, 3u);
    EXPECT_EQ(merged.kept, 1u);  // the shared mark, same id: one mark
    ASSERT_EQ(merged.conflicts.size(), 1u);
    EXPECT_EQ(merged.conflicts[0].first, a.marks[0].id);
    EXPECT_EQ(merged.conflicts[0].second, b.marks[0].id);
    EXPECT_EQ(a.marks.size(), 5u);
    EXPECT_EQ(a.marks[0].conflictsWith, b.marks[0].id);
    const ProofMark* theirs = findMark(a.marks, b.marks[0].id);
    ASSERT_TRUE(theirs);
    EXPECT_EQ(theirs->conflictsWith, a.marks[0].id);
    // Saved and read back with the flag, for the window's list.
    EXPECT_EQ(findMark(readBack(a).marks, b.marks[0].id)->conflictsWith, a.marks[0].id);
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

// A round keeps the text it was opened with; the next round's proof shows what changed since:
// in 二校, the corrections put in after 一校's proof; in 三校, only those made since 二校 opened.
TEST(ProofRounds, EachRoundKeepsItsTextAndTheNextShowsWhatChangedSince) {
    Document d = page();
    keepManuscripts(d);
    EXPECT_TRUE(changesSinceLastRound(d).empty()) << "一校: nothing before it to compare";

    // 一校's correction, put in: 人才 → 英才 is what 二校's proof must show.
    d.marks = {markOn(d, 0, 1, "人才", MarkKind::Replace, "英才")};
    ASSERT_FALSE(acceptMark(d, d.marks[0].id, {"编辑", "2026-12-05T21:30:00+08:00"}));
    ASSERT_FALSE(openNextRound(d, "编辑", "2026-12-05T22:00:00+08:00", false));
    ASSERT_EQ(d.rounds.size(), 2u);
    EXPECT_EQ(d.rounds[0].texts, d.manuscripts) << "一校 opened with the text as it came in";
    const std::vector<TextRange> inSecond = changesSinceLastRound(d);
    ASSERT_EQ(inSecond.size(), 1u);
    const DocumentText text(d.stories);
    EXPECT_EQ(text.textOf(inSecond[0]), "英") << "the changed characters, not the whole word";

    // Saved and read back with the texts.
    const Document read = readBack(d);
    EXPECT_EQ(read.rounds, d.rounds);
    EXPECT_EQ(changesSinceLastRound(read), inSecond);

    // 三校: what changed since 二校 opened, and no more; a deletion is a place, not a range.
    ASSERT_FALSE(openNextRound(d, "编辑", "2026-12-05T23:00:00+08:00", false));
    EXPECT_TRUE(changesSinceLastRound(d).empty());
    std::string& line = d.stories[1].paragraphs[1];
    line.erase(line.find("越过"), std::string("越过").size());
    const std::vector<TextRange> inThird = changesSinceLastRound(d);
    ASSERT_EQ(inThird.size(), 1u);
    EXPECT_TRUE(inThird[0].empty());
    EXPECT_EQ(inThird[0].begin.story, d.stories[1].id);
    EXPECT_EQ(inThird[0].begin.paragraph, 1u);
}

}  // namespace
}  // namespace banmian::layout
