// `banmian proof import`: a proof exported, annotated as a PDF viewer annotates it (pikepdf, from
// tests/app/annotate_proof.py), and read back as proof marks on exactly the characters under the
// annotations; read again, never doubled; refused for another page, a non-PDF, a PDF cut short.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "RunProcess.h"
#include "layout/base/Id.h"
#include "layout/document/Document.h"
#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/output/TextOnPage.h"
#include "layout/pipeline/PageComposer.h"

namespace fs = std::filesystem;
using namespace banmian::layout;

namespace {

const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kSeed = std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt";
const std::string kAnnotate = std::string(BANMIAN_SOURCE_DIR) + "/tests/app/annotate_proof.py";
// Debian's Python, where python3-pikepdf is installed (a python3 earlier on PATH may lack it).
const std::string kPython = "/usr/bin/python3";

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Byte offsets of each character of `text`, and its end.
std::vector<std::size_t> characterOffsets(const std::string& text) {
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
    }
    at.push_back(text.size());
    return at;
}

class ProofImport : public ::testing::Test {
protected:
    void SetUp() override {
        m_folder = fs::temp_directory_path() / ("banmian-proof-import-" + newId());
        fs::create_directories(m_folder);
    }
    // BANMIAN_KEEP_TEST_FILES=1 keeps the proofs and pages, to look at (pdftoppm -r 60 -png).
    void TearDown() override {
        if (!std::getenv("BANMIAN_KEEP_TEST_FILES")) fs::remove_all(m_folder);
    }

    fs::path at(const std::string& name) const { return m_folder / name; }

    ProcessOutput banmian(const std::vector<std::string>& args) {
        return runProcess(kBanmian, args, {}, {}, 120);
    }

    // The seed page composed by the command, with a paragraph of at least 40 characters all set
    // on the page chosen for the marks: `m_story`, `m_paragraph`, its characters' offsets.
    void composeSeedPage() {
        const ProcessOutput run =
                banmian({"compose", kSeed, "-o", at("page.banmian").string(), "--title", "报名"});
        ASSERT_EQ(run.exitCode, 0) << run.err;
        auto read = readDocument(at("page.banmian"));
        ASSERT_TRUE(read) << read.error().message;
        m_document = std::move(read).value();
        auto layout = m_composer.layout(m_document);
        ASSERT_TRUE(layout);
        m_layout = std::move(layout).value();
        for (const Story& story : m_document.stories) {
            for (std::size_t p = 0; p < story.paragraphs.size(); ++p) {
                const std::vector<std::size_t> chars = characterOffsets(story.paragraphs[p]);
                if (chars.size() < 42) continue;
                m_story = story.id;
                m_paragraph = p;
                m_chars = chars;
                if (!rangeRects(m_layout, range(0, 40)).empty() &&
                    rangeRects(m_layout, range(39, 40)).size() == 1)
                    return;
            }
        }
        FAIL() << "no paragraph of 40 characters set on the seed page";
    }

    TextRange range(std::size_t from, std::size_t to) const {
        return {{m_story, StoryField::Body, m_paragraph, m_chars[from]},
                {m_story, StoryField::Body, m_paragraph, m_chars[to]}};
    }
    std::string text(std::size_t from, std::size_t to) const {
        const std::string& paragraph =
                *fieldText(*storyById(m_story), StoryField::Body, m_paragraph);
        return paragraph.substr(m_chars[from], m_chars[to] - m_chars[from]);
    }
    const Story* storyById(const std::string& id) const {
        for (const Story& story : m_document.stories) {
            if (story.id == id) return &story;
        }
        return nullptr;
    }

    // The characters from..to as a viewer's quadrilaterals: one box a line piece, in points from
    // the trim's top-left, a little larger than the characters as viewers draw them.
    nlohmann::json areas(std::size_t from, std::size_t to) const {
        nlohmann::json boxes = nlohmann::json::array();
        for (const Rect& r : rangeRects(m_layout, range(from, to))) {
            boxes.push_back({toPoints(r.x) - 0.5, toPoints(r.y) - 1, toPoints(r.width) + 1,
                             toPoints(r.height) + 2});
        }
        return boxes;
    }
    // A caret's rectangle before character `before` (or after `before - 1` when `after` is set).
    nlohmann::json caretAt(std::size_t before) const {
        const Rect r = rangeRects(m_layout, range(before, before + 1)).front();
        return {toPoints(r.x) - 2, toPoints(r.y), 4, toPoints(r.height)};
    }
    nlohmann::json caretAfter(std::size_t last) const {
        const Rect r = rangeRects(m_layout, range(last, last + 1)).front();
        return {toPoints(r.right()) - 2, toPoints(r.y), 4, toPoints(r.height)};
    }
    // A note's icon on the first half of character `c`: it belongs before it.
    nlohmann::json noteOn(std::size_t c) const {
        const Rect r = rangeRects(m_layout, range(c, c + 1)).front();
        const double x = toPoints(r.x) + toPoints(r.width) / 4,
                     y = toPoints(r.y) + toPoints(r.height) / 2;
        return {x - 8, y - 8, 16, 16};
    }

    ProcessOutput annotate(const fs::path& in, const fs::path& out, const nlohmann::json& spec) {
        std::ofstream(at("spec.json")) << spec.dump();
        return runProcess(kPython, {kAnnotate, in.string(), out.string(), at("spec.json").string()},
                          {}, {}, 60);
    }

    // Two marks of the desk on the page before its proof: a deletion and a comment.
    void markAndExportProof() {
        ProofMark remove;
        remove.id = newId();
        remove.kind = MarkKind::Delete;
        remove.range = range(2, 4);
        remove.author = "张校对";
        remove.created = "2026-12-05T08:00:00+08:00";
        recordMarkText(m_document.stories, remove);
        ProofMark comment = remove;
        comment.id = newId();
        comment.kind = MarkKind::Comment;
        comment.range = range(30, 32);
        comment.correction = "请核实";
        recordMarkText(m_document.stories, comment);
        m_deleteId = remove.id;
        m_commentId = comment.id;
        m_document.marks = {remove, comment};
        ASSERT_FALSE(writeDocument(m_document, at("page.banmian")));
        const ProcessOutput run = banmian(
                {"export", at("page.banmian").string(), "-o", at("proof.pdf").string(), "--proof"});
        ASSERT_EQ(run.exitCode, 0) << run.err;
    }

    // What a proofreader does in a viewer: strike out, replace, insert, query, note, reply, edit
    // a note of the desk's, and a drawing and a link that are no marks.
    nlohmann::json proofreadersAnnotations() const {
        return nlohmann::json::array({
                {{"subtype", "StrikeOut"}, {"areas", areas(5, 7)}, {"author", "李明"}},
                {{"subtype", "StrikeOut"}, {"areas", areas(9, 11)}, {"author", "李明"}},
                {{"subtype", "Caret"},
                 {"rect", caretAfter(10)},
                 {"contents", "时期"},
                 {"author", "李明"},
                 {"replyTo", 1},
                 {"replyType", "Group"}},
                {{"subtype", "Caret"},
                 {"rect", caretAt(14)},
                 {"contents", "阶段"},
                 {"author", "李明"},
                 {"name", "okular-caret-1"}},
                {{"subtype", "Highlight"},
                 {"areas", areas(17, 20)},
                 {"contents", "这个数字对吗？"},
                 {"author", "李明"}},
                {{"subtype", "Text"},
                 {"rect", noteOn(24)},
                 {"contents", "此处另起一段"},
                 {"author", "王编辑"}},
                {{"subtype", "Text"},
                 {"rect", noteOn(24)},
                 {"contents", "已核对，无误"},
                 {"author", "张三"},
                 {"replyTo", 4}},
                {{"edit", m_commentId}, {"contents", "请再核实"}},
                {{"subtype", "Ink"}, {"rect", noteOn(35)}, {"author", "李明"}},
                {{"subtype", "Link"}, {"rect", noteOn(36)}},
        });
    }

    // The marks of the page at `path`, by author and kind.
    static std::multimap<std::string, ProofMark> marksOf(const fs::path& path) {
        auto read = readDocument(path);
        EXPECT_TRUE(read) << read.error().message;
        std::multimap<std::string, ProofMark> out;
        if (!read) return out;
        for (const ProofMark& mark : read.value().marks)
            out.emplace(mark.author + " " + toString(mark.kind), mark);
        return out;
    }
    static std::size_t distinctIds(const fs::path& path) {
        std::set<std::string> ids;
        for (const auto& [key, mark] : marksOf(path)) ids.insert(mark.id);
        return ids.size();
    }

    fs::path m_folder;
    PageComposer m_composer;
    Document m_document;
    PageLayout m_layout;
    std::string m_story;
    std::size_t m_paragraph = 0;
    std::vector<std::size_t> m_chars;
    std::string m_deleteId, m_commentId;
};

TEST_F(ProofImport, AViewersAnnotationsBecomeMarksOnTheCharactersUnderThem) {
    ASSERT_NO_FATAL_FAILURE(composeSeedPage());
    ASSERT_NO_FATAL_FAILURE(markAndExportProof());
    const ProcessOutput annotated =
            annotate(at("proof.pdf"), at("annotated.pdf"), proofreadersAnnotations());
    ASSERT_EQ(annotated.exitCode, 0) << annotated.err;

    const ProcessOutput run =
            banmian({"proof", "import", at("page.banmian").string(), at("annotated.pdf").string(),
                     "-o", at("marked.banmian").string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("6 marks added, 1 updated, 1 kept, 0 orphaned"), std::string::npos)
            << run.out;
    EXPECT_NE(run.out.find("skipped Ink by 李明: ink drawings are not read: mark it again with a "
                           "text tool"),
              std::string::npos)
            << run.out;
    EXPECT_NE(run.out.find("skipped Link: a link, not a mark"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("re-anchored"), std::string::npos) << run.out;

    const auto marks = marksOf(at("marked.banmian"));
    ASSERT_EQ(marks.size(), 8u);
    auto one = [&](const std::string& key) -> const ProofMark& {
        EXPECT_EQ(marks.count(key), 1u) << key;
        static const ProofMark none;
        const auto it = marks.find(key);
        return it == marks.end() ? none : it->second;
    };
    const ProofMark& deleted = one("李明 delete");
    EXPECT_EQ(deleted.text, text(5, 7));
    EXPECT_EQ(deleted.range, range(5, 7));
    EXPECT_EQ(deleted.created, "2026-12-05T09:30:00+08:00");
    const ProofMark& replaced = one("李明 replace");
    EXPECT_EQ(replaced.text, text(9, 11));
    EXPECT_EQ(replaced.correction, "时期");
    const ProofMark& inserted = one("李明 insert");
    EXPECT_EQ(inserted.range, range(14, 14));
    EXPECT_EQ(inserted.correction, "阶段");
    const ProofMark& query = one("李明 query");
    EXPECT_EQ(query.text, text(17, 20));
    EXPECT_EQ(query.correction, "这个数字对吗？");
    const ProofMark& note = one("王编辑 comment");
    EXPECT_EQ(note.range, range(24, 24));
    EXPECT_EQ(note.correction, "此处另起一段");
    // The reply: a comment of its own author on the characters of the mark it answers.
    const ProofMark& reply = one("张三 comment");
    EXPECT_EQ(reply.text, text(17, 20));
    EXPECT_EQ(reply.correction, "已核对，无误");
    // The desk's own marks came back as themselves: the deletion kept, the comment updated.
    const auto desk = marks.equal_range("张校对 comment");
    ASSERT_NE(desk.first, desk.second);
    EXPECT_EQ(desk.first->second.id, m_commentId);
    EXPECT_EQ(desk.first->second.correction, "请再核实");
    EXPECT_EQ(one("张校对 delete").id, m_deleteId);
    EXPECT_EQ(distinctIds(at("marked.banmian")), 8u);

    // The same PDF again, and the proof of the marked page annotated by no one: every mark once.
    const ProcessOutput again = banmian(
            {"proof", "import", at("marked.banmian").string(), at("annotated.pdf").string()});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.out.find("0 marks added, 0 updated, 8 kept, 0 orphaned"), std::string::npos)
            << again.out;
    const ProcessOutput second = banmian(
            {"export", at("marked.banmian").string(), "-o", at("proof2.pdf").string(), "--proof"});
    ASSERT_EQ(second.exitCode, 0) << second.err;
    const ProcessOutput back =
            banmian({"proof", "import", at("marked.banmian").string(), at("proof2.pdf").string()});
    ASSERT_EQ(back.exitCode, 0) << back.err;
    EXPECT_NE(back.out.find("0 marks added, 0 updated, 8 kept, 0 orphaned"), std::string::npos)
            << back.out;
    EXPECT_EQ(marksOf(at("marked.banmian")).size(), 8u);
    EXPECT_EQ(distinctIds(at("marked.banmian")), 8u);

    // The desk's comment rejected here since; the proofreader edits it once more in the viewer:
    // the decision stands, the mark is not changed under it.
    Document decided = readDocument(at("marked.banmian")).value();
    findMark(decided.marks, m_commentId)->status = MarkStatus::Rejected;
    ASSERT_FALSE(writeDocument(decided, at("marked.banmian")));
    ASSERT_EQ(annotate(at("annotated.pdf"), at("edited.pdf"),
                       nlohmann::json::array({{{"edit", m_commentId}, {"contents", "第三遍"}}}))
                      .exitCode,
              0);
    const ProcessOutput late =
            banmian({"proof", "import", at("marked.banmian").string(), at("edited.pdf").string()});
    ASSERT_EQ(late.exitCode, 0) << late.err;
    EXPECT_NE(late.out.find("0 marks added, 0 updated, 8 kept"), std::string::npos) << late.out;
    const Document after = readDocument(at("marked.banmian")).value();
    EXPECT_EQ(findMark(after.marks, m_commentId)->correction, "请再核实");
    EXPECT_EQ(findMark(after.marks, m_commentId)->status, MarkStatus::Rejected);
}

TEST_F(ProofImport, MarksOfAProofOfAnEarlierPageFindTheirTextAgain) {
    ASSERT_NO_FATAL_FAILURE(composeSeedPage());
    ASSERT_NO_FATAL_FAILURE(markAndExportProof());
    ASSERT_EQ(annotate(at("proof.pdf"), at("annotated.pdf"), proofreadersAnnotations()).exitCode,
              0);
    // The page edited after the proof went out: a paragraph put in before the marked one.
    Document edited = m_document;
    for (Story& story : edited.stories) {
        if (story.id == m_story)
            story.paragraphs.insert(story.paragraphs.begin(), "本报讯　这是校样发出后补上的一段。");
    }
    checkMarks(edited.stories, edited.marks);
    ASSERT_FALSE(writeDocument(edited, at("edited.banmian")));

    const ProcessOutput run = banmian(
            {"proof", "import", at("edited.banmian").string(), at("annotated.pdf").string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("6 marks added"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("re-anchored 6 marks to the page's text now"), std::string::npos)
            << run.out;
    const auto marks = marksOf(at("edited.banmian"));
    ASSERT_EQ(marks.size(), 8u);
    for (const auto& [key, mark] : marks) {
        EXPECT_FALSE(mark.orphaned) << key;
        EXPECT_EQ(mark.range.begin.paragraph, m_paragraph + 1) << key;
    }
    const ProofMark& deleted = marks.find("李明 delete")->second;
    EXPECT_EQ(deleted.text, text(5, 7));
    TextRange moved = range(5, 7);
    moved.begin.paragraph = moved.end.paragraph = m_paragraph + 1;
    EXPECT_EQ(deleted.range, moved);
}

TEST_F(ProofImport, WhatIsNoProofOfThePageIsRefusedAndNothingWritten) {
    ASSERT_NO_FATAL_FAILURE(composeSeedPage());
    ASSERT_NO_FATAL_FAILURE(markAndExportProof());
    const std::string page = read(at("page.banmian"));
    auto refused = [&](const fs::path& pdf, const std::string& says) {
        const ProcessOutput run =
                banmian({"proof", "import", at("page.banmian").string(), pdf.string()});
        EXPECT_EQ(run.exitCode, 1) << pdf;
        EXPECT_NE(run.err.find(says), std::string::npos) << run.err;
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
        EXPECT_TRUE(run.out.empty()) << run.out;
        EXPECT_EQ(read(at("page.banmian")), page);
    };

    // Another page: its own stories, its own proof, annotated.
    std::ofstream(at("other.txt")) << "区图书馆延长开放时间\n\n□记者 王芳\n\n"
                                      "区图书馆自下月起每天开放至晚上九点，周末照常开放。\n";
    ASSERT_EQ(banmian({"compose", at("other.txt").string(), "-o", at("other.banmian").string()})
                      .exitCode,
              0);
    ASSERT_EQ(banmian({"export", at("other.banmian").string(), "-o", at("other.pdf").string(),
                       "--proof"})
                      .exitCode,
              0);
    refused(at("other.pdf"), at("other.pdf").string() +
                                     " is a proof of another page (no story in common with " +
                                     at("page.banmian").string() + ")");
    // A print file carries no page to read the marks onto.
    ASSERT_EQ(banmian({"export", at("page.banmian").string(), "-o", at("print.pdf").string(),
                       "--force"})
                      .exitCode,
              0);
    refused(at("print.pdf"), "carries no Banmian page");
    std::ofstream(at("notes.pdf")) << "这不是PDF，是校对的文字说明。\n";
    refused(at("notes.pdf"), "is not a PDF");
    const std::string proof = read(at("proof.pdf"));
    std::ofstream(at("cut.pdf"), std::ios::binary) << proof.substr(0, proof.size() / 2);
    refused(at("cut.pdf"), "cut short");
}

// A page saved before stories kept their ids (version 2) is given new ones each time it is read:
// its proof comes back onto the same stories, found by their text, its marks kept, not doubled.
TEST_F(ProofImport, AProofOfAPageFromBeforeIdsComesBackOntoItsStories) {
    fs::copy_file(BANMIAN_SOURCE_DIR "/tests/fuzz/corpus/document/seed-with-marks.banmian",
                  at("old.banmian"));
    ASSERT_EQ(
            banmian({"export", at("old.banmian").string(), "-o", at("old.pdf").string(), "--proof"})
                    .exitCode,
            0);
    const ProcessOutput run = banmian({"proof", "import", at("old.banmian").string(),
                                       at("old.pdf").string(), "-o", at("new.banmian").string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("0 marks added"), std::string::npos) << run.out;
    auto before = readDocument(at("old.banmian"));
    auto after = readDocument(at("new.banmian"));
    ASSERT_TRUE(before && after);
    EXPECT_EQ(after.value().marks.size(), before.value().marks.size());
}

TEST_F(ProofImport, UsageMistakesAreSaid) {
    EXPECT_EQ(banmian({"proof"}).exitCode, 2);
    EXPECT_EQ(banmian({"proof", "import", "page.banmian"}).exitCode, 2);
    EXPECT_EQ(banmian({"proof", "import", "a.banmian", "b.pdf", "--what"}).exitCode, 2);
}

}  // namespace
