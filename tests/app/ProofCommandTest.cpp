// `banmian proof status|check|merge` run as a person runs them: what they print, their exit
// status, and merge never writing over a page without --force.
#include <gtest/gtest.h>

#include <filesystem>

#include "OneStoryPage.h"
#include "RunProcess.h"
#include "layout/model/MarkText.h"
#include "layout/proof/MarkAnchors.h"
#include "layout/proof/Review.h"
#include "layout/proof/Rounds.h"

namespace {

namespace fs = std::filesystem;
using namespace banmian::layout;

const std::string kBanmian = BANMIAN_EXECUTABLE;
constexpr const char* kText = "6月28日，华泾镇举办庆祝建党102周年主题活动。";

class ProofCommand : public ::testing::Test {
protected:
    fs::path folder;
    void SetUp() override {
        folder = fs::temp_directory_path() /
                 ("banmian-proof-" + std::to_string(::getpid()) + "-" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder);
        fs::create_directories(folder);
    }
    void TearDown() override { fs::remove_all(folder); }
    std::string at(const std::string& name) const { return (folder / name).string(); }

    static ProofMark markOn(const Document& d, const std::string& text, MarkKind kind,
                            const std::string& correction, const std::string& id) {
        const std::string& p = d.stories[0].paragraphs[0];
        const std::size_t begin = p.find(text);
        ProofMark m;
        m.id = id;
        m.kind = kind;
        const std::string& story = d.stories[0].id;
        m.range = {{story, StoryField::Body, 0, begin},
                   {story, StoryField::Body, 0, begin + text.size()}};
        recordMarkText(d.stories, m);
        m.correction = correction;
        m.author = "校对甲";
        m.created = "2026-12-05T21:00:00+08:00";
        return m;
    }
};

TEST_F(ProofCommand, StatusSaysTheRoundTheOpenMarksAndTheSignOff) {
    Document d = oneStoryPage({0, 4, 10, 40}, kText);
    d.marks = {markOn(d, "华泾镇", MarkKind::Replace, "华泾", "a"),
               markOn(d, "主题", MarkKind::Query, "？", "b")};
    ASSERT_FALSE(openNextRound(d, "李四", "2026-12-05T21:30:00+08:00"));
    d.marks[1].round = 2;
    ASSERT_FALSE(signOff(d, "张三", "2026-12-05T22:41:00+08:00"));
    ASSERT_FALSE(liftSignOff(d, "张三", "2026-12-05T22:45:00+08:00", "标题改字"));
    ASSERT_FALSE(writeDocument(d, at("page.banmian")));

    const ProcessOutput run = runProcess(kBanmian, {"proof", "status", at("page.banmian")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out,
              at("page.banmian") +
                      "\n"
                      "round (校次): 二校 (round 2), opened by 李四 at "
                      "2026-12-05T21:30:00+08:00\n"
                      "rounds opened: 一校 二校\n"
                      "open marks: 2 — by round: 一校 1 二校 1; by kind: query 1 replace 1\n"
                      "sign-off (签样): not signed\n"
                      "  lifted by 张三 at 2026-12-05T22:45:00+08:00 (标题改字)\n");

    // An old page: 一校 as it was made, not signed.
    ASSERT_FALSE(writeDocument(oneStoryPage({0, 4, 10, 40}, kText), at("old.banmian")));
    const ProcessOutput old = runProcess(kBanmian, {"proof", "status", at("old.banmian")});
    EXPECT_NE(old.out.find("round (校次): 一校 (round 1), as the page was made\nopen marks: 0\n"
                           "sign-off (签样): not signed\n"),
              std::string::npos)
            << old.out;
    EXPECT_EQ(runProcess(kBanmian, {"proof", "status"}).exitCode, 2);
    EXPECT_EQ(runProcess(kBanmian, {"proof", "stats", at("old.banmian")}).exitCode, 2);
    EXPECT_EQ(runProcess(kBanmian, {"proof", "status", at("missing.banmian")}).exitCode, 1);
}

TEST_F(ProofCommand, CheckExitsWithOneWhenACorrectionIsNotMade) {
    Document d = oneStoryPage({0, 4, 10, 40}, kText);
    keepManuscripts(d);
    d.marks = {markOn(d, "华泾镇", MarkKind::Replace, "华泾街道", "a"),
               markOn(d, "102", MarkKind::Replace, "一百零二", "b")};
    ASSERT_FALSE(acceptMark(d, "a", {"编辑乙", "2026-12-05T21:10:00+08:00"}));
    ASSERT_FALSE(acceptMark(d, "b", {"编辑乙", "2026-12-05T21:11:00+08:00"}));
    ASSERT_FALSE(writeDocument(d, at("made.banmian")));
    const ProcessOutput made = runProcess(kBanmian, {"proof", "check", at("made.banmian")});
    EXPECT_EQ(made.exitCode, 0) << made.err;
    EXPECT_NE(made.out.find("2 accepted corrections — 2 made, 0 NOT MADE, 0 changed since\n"),
              std::string::npos)
            << made.out;
    EXPECT_NE(made.out.find("  1. a 一校 replace «华泾镇举办主题活动»: made: \"华泾镇\" → "
                            "\"华泾街道\"\n"),
              std::string::npos)
            << made.out;
    EXPECT_NE(made.out.find("changes since the manuscript (稿件原文): 2\n"), std::string::npos);

    // 102 typed back over 一百零二 on the desk.
    std::vector<Story> edited = d.stories;
    std::string& p = edited[0].paragraphs[0];
    p.replace(p.find("一百零二"), std::string("一百零二").size(), "102");
    followText(d.stories, edited, d.marks);
    d.stories = edited;
    ASSERT_FALSE(writeDocument(d, at("undone.banmian")));
    const ProcessOutput undone = runProcess(kBanmian, {"proof", "check", at("undone.banmian")});
    EXPECT_EQ(undone.exitCode, 1);
    EXPECT_NE(undone.out.find("  2. b 一校 replace «华泾镇举办主题活动»: NOT MADE: \"102\" → "
                              "\"一百零二\" (the page reads \"102\")\n"),
              std::string::npos)
            << undone.out;
}

TEST_F(ProofCommand, MergeBringsMarksInReportsConflictsAndNeverOverwritesWithoutForce) {
    const Document base = oneStoryPage({0, 4, 10, 40}, kText);
    Document a = base, b = base;
    a.marks = {markOn(a, "华泾镇", MarkKind::Replace, "华泾", "ours")};
    b.marks = {markOn(b, "华泾镇", MarkKind::Replace, "华泾街道", "theirs"),
               markOn(b, "主题", MarkKind::Delete, "", "elsewhere"), a.marks[0]};
    ASSERT_FALSE(writeDocument(a, at("a.banmian")));
    ASSERT_FALSE(writeDocument(b, at("b.banmian")));
    const auto before = fs::last_write_time(at("a.banmian"));

    const ProcessOutput refused =
            runProcess(kBanmian, {"proof", "merge", at("a.banmian"), at("b.banmian")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("--force writes over it"), std::string::npos) << refused.err;
    ASSERT_FALSE(writeDocument(a, at("taken.banmian")));
    const ProcessOutput exists = runProcess(kBanmian, {"proof", "merge", at("a.banmian"),
                                                       at("b.banmian"), "-o", at("taken.banmian")});
    EXPECT_EQ(exists.exitCode, 1);
    EXPECT_NE(exists.err.find("is a Banmian page document already"), std::string::npos);
    EXPECT_EQ(fs::last_write_time(at("a.banmian")), before);

    const ProcessOutput run = runProcess(kBanmian, {"proof", "merge", at("a.banmian"),
                                                    at("b.banmian"), "-o", at("out.banmian")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(
            run.out.find("from " + at("b.banmian") + ": 2 added, 0 updated, 1 kept, 0 orphaned\n"),
            std::string::npos)
            << run.out;
    EXPECT_NE(run.out.find("conflict (冲突) in «华泾镇举办主题活动» on \"华泾镇\": ours replace "
                           "\"华泾\" by 校对甲 ≠ theirs replace \"华泾街道\" by 校对甲"),
              std::string::npos)
            << run.out;
    EXPECT_NE(run.out.find("wrote " + at("out.banmian") + " (1 conflict)\n"), std::string::npos);
    auto merged = readDocument(at("out.banmian"));
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged.value().marks.size(), 3u);  // the shared mark not doubled
    EXPECT_EQ(findMark(merged.value().marks, "ours")->conflictsWith, "theirs");

    // Into the page itself with --force; a signed page takes no marks.
    EXPECT_EQ(runProcess(kBanmian, {"proof", "merge", at("a.banmian"), at("b.banmian"), "--force"})
                      .exitCode,
              0);
    Document signedPage = base;
    ASSERT_FALSE(signOff(signedPage, "张三", "2026-12-05T22:41:00+08:00"));
    ASSERT_FALSE(writeDocument(signedPage, at("signed.banmian")));
    const ProcessOutput frozen = runProcess(
            kBanmian, {"proof", "merge", at("signed.banmian"), at("b.banmian"), "--force"});
    EXPECT_EQ(frozen.exitCode, 1);
    EXPECT_NE(frozen.err.find("signed off (签样 by 张三"), std::string::npos) << frozen.err;
}

}  // namespace
