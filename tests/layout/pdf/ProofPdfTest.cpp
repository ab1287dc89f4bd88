// The proof PDF: the seed page with a mark of every kind as standard annotations, read back with
// qpdf (an independent reader) and checked against the glyphs under them with pdftotext.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "layout/base/Utf8.h"
#include "layout/flow/PageFlow.h"
#include "layout/output/TextOnPage.h"
#include "layout/pdf/PdfDate.h"
#include "layout/pdf/PdfDocument.h"
#include "layout/pdf/PdfExporter.h"
#include "layout/pdf/ProofAnnotations.h"
#include "layout/proof/MarkAnnotations.h"
#include "tests/bench/SeedPage.h"
#include "tests/pdfx/PdfxCheck.h"

namespace banmian::layout {
namespace {

struct Command {
    int exitCode = -1;
    std::string out;
};

// Runs a shell command (arguments are test paths and numbers: nothing to quote) and what it
// printed on stdout.
Command run(const std::string& command) {
    Command result;
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        result.out.append(buffer, got);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string withoutSpaces(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c != ' ' && c != '\n' && c != '\f' && c != '\t') out += c;
    }
    return out;
}

// A UTF-16BE text string with its BOM, from the file's hex string (<FEFF…>), as UTF-8.
std::string fromUtf16Hex(const std::string& hex) {
    std::vector<std::uint16_t> units;
    for (std::size_t i = 0; i + 4 <= hex.size(); i += 4)
        units.push_back(static_cast<std::uint16_t>(std::stoul(hex.substr(i, 4), nullptr, 16)));
    if (units.empty() || units[0] != 0xFEFF) return "(no BOM)";
    std::string out;
    for (std::size_t i = 1; i < units.size(); ++i) {
        char32_t c = units[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < units.size())
            c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
        utf8::append(out, c);
    }
    return out;
}

TEST(ProofPdfStrings, TextStringsAreUtf16WithABom) {
    EXPECT_EQ(pdfUtf16String("A"), "<FEFF0041>");
    EXPECT_EQ(pdfUtf16String("删除"), "<FEFF52209664>");
    EXPECT_EQ(pdfUtf16String("𠀀"), "<FEFFD840DC00>");  // outside the BMP: a surrogate pair
    EXPECT_EQ(fromUtf16Hex("FEFFD840DC0052209664"), "𠀀删除");
    EXPECT_EQ(pdfTextString("IFRA26"), "(IFRA26)");  // the Info dictionary's stay literal
}

class ProofPdfTest : public ::testing::Test {
protected:
    bench::SeedPage& seed = bench::SeedPage::get();

    void SetUp() override {
        if (!seed.styles) GTEST_SKIP() << "the seed page's fonts are not installed";
        if (run("qpdf --version").exitCode != 0 || run("pdftotext -v").exitCode != 0)
            GTEST_SKIP() << "qpdf and pdftotext (poppler-utils) are needed";
        page = layoutPage(seed.compose(), seed.stories, *seed.styles, seed.typesetter);
        const double slug = toPoints(fromMillimetres(12));  // cropMarks: the default
        frame = {.left = slug, .top = slug, .height = toPoints(page.grid.trimHeight) + 2 * slug};
        dir = std::filesystem::temp_directory_path() /
              ("banmian-proof-pdf-" + std::to_string(getpid()));
        std::filesystem::create_directories(dir);
    }
    void TearDown() override {
        if (!dir.empty()) std::filesystem::remove_all(dir);
    }

    std::string write(const std::string& name, const std::string& bytes) {
        const std::string path = (dir / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    // A mark on the first `text` in story `story`'s `field` (paragraph `paragraph` of the body).
    ProofMark mark(std::string id, MarkKind kind, std::size_t story, std::size_t paragraph,
                   const std::string& text, std::string correction = "",
                   StoryField field = StoryField::Body) {
        const Story& s = seed.stories[story];
        const std::string& in =
                field == StoryField::Headline ? s.headline : s.paragraphs[paragraph];
        const std::size_t at = in.find(text);
        EXPECT_NE(at, std::string::npos) << text;
        ProofMark m;
        m.id = std::move(id);
        m.kind = kind;
        m.range = {{s.id, field, paragraph, at}, {s.id, field, paragraph, at + text.size()}};
        m.text = text;
        m.correction = std::move(correction);
        m.author = "校对甲";
        m.created = "2026-11-25T22:41:05";
        return m;
    }

    // A range of six characters of body text, three on each side of a column break, with
    // ideographs around it (their boxes are exactly their em boxes).
    std::optional<ProofMark> markOverAColumnBreak() {
        struct Glyph {
            std::uint32_t begin, end;
            LayoutUnit x, y;
        };
        std::map<std::pair<std::string, std::size_t>, std::vector<Glyph>> paragraphs;
        for (const PageRun& run : page.runs) {
            if (run.source.story.empty() || run.source.field != StoryField::Body) continue;
            auto& glyphs = paragraphs[{run.source.story, run.source.paragraph}];
            for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
                if (glyphs.empty() || glyphs.back().begin != run.textBegin[g])
                    glyphs.push_back({run.textBegin[g], run.textEnd[g], run.x[g], run.y[g]});
            }
        }
        for (const auto& [where, glyphs] : paragraphs) {
            const std::string& text =
                    findStory(seed.stories, where.first)->paragraphs[where.second];
            auto ideograph = [&](const Glyph& g) {
                std::size_t at = g.begin;
                const char32_t c = utf8::next(text, at);
                return g.end - g.begin == 3 && c >= 0x4E00 && c <= 0x9FFF;
            };
            for (std::size_t i = 4; i + 4 < glyphs.size(); ++i) {
                // The next column: to the right, and up at its top.
                if (!(glyphs[i].x > glyphs[i - 1].x && glyphs[i].y < glyphs[i - 1].y)) continue;
                if (!std::all_of(glyphs.begin() + i - 4, glyphs.begin() + i + 4, ideograph))
                    continue;
                const std::size_t begin = glyphs[i - 3].begin, end = glyphs[i + 2].end;
                ProofMark m;
                m.id = "m-column";
                m.kind = MarkKind::Delete;
                const std::string& story = where.first;
                m.range = {{story, StoryField::Body, where.second, begin},
                           {story, StoryField::Body, where.second, end}};
                m.text = text.substr(begin, end - begin);
                m.author = "校对乙";
                m.created = "2026-11-26T08:00:00";
                return m;
            }
        }
        return std::nullopt;
    }

    // Page rectangles as PDF quads (upper left, upper right, lower left, lower right).
    std::vector<double> quads(const std::vector<Rect>& rects) const {
        std::vector<double> out;
        for (const Rect& r : rects) {
            const double x0 = frame.x(r.x), x1 = frame.x(r.right());
            const double top = frame.y(r.y), bottom = frame.y(r.bottom());
            for (double v : {x0, top, x1, top, x0, bottom, x1, bottom}) out.push_back(v);
        }
        return out;
    }

    // The text pdftotext finds in a rectangle of the page (PDF space), drawn in a quarter of its
    // height from its sides so that the characters beside it stay out. (pdftotext takes the
    // characters whose baseline is in the rectangle and whose advance reaches into it.)
    std::string textIn(const std::string& pdf, double x0, double y0, double x1, double y1,
                       bool inset = true) const {
        const double d = inset ? (y1 - y0) / 4 : 0;
        // At 720 dpi, a pixel is a tenth of a point; pdftotext measures y from the top.
        auto px = [](double pt) { return std::to_string(static_cast<long>(pt * 10 + 0.5)); };
        return withoutSpaces(run("pdftotext -enc UTF-8 -r 720 -x " + px(x0 + d) + " -y " +
                                 px(frame.height - y1) + " -W " + px(x1 - x0 - 2 * d) + " -H " +
                                 px(y1 - y0) + " " + pdf + " -")
                                     .out);
    }

    PageLayout page;
    PdfPageFrame frame;
    std::filesystem::path dir;
};

TEST_F(ProofPdfTest, EveryOpenMarkIsAnAnnotationOverItsCharacters) {
    const auto column = markOverAColumnBreak();
    ASSERT_TRUE(column) << "no column break between ideographs on the seed page";
    // Story 1, paragraph 3: "…成为上海首个个人工智能发展集聚区" — a doubled 个 the checks find.
    ProofMark hint = mark("hint-1-body-3-doubled", MarkKind::Hint, 1, 3, "个个", "个");
    hint.author = "auto";
    hint.rule = "doubled-character";
    hint.created.clear();  // found as the file is made: dated with the export
    ProofMark transpose = mark("m-transpose", MarkKind::Transpose, 0, 0, "同台竞技");
    transpose.pivot = 6;
    ProofMark orphaned = mark("m-orphaned", MarkKind::Delete, 0, 0, "帷幕");
    orphaned.orphaned = true;
    ProofMark accepted = mark("m-accepted", MarkKind::Replace, 0, 0, "主题", "题目");
    accepted.status = MarkStatus::Accepted;
    ProofMark elsewhere = mark("m-elsewhere", MarkKind::Delete, 0, 0, "帷幕");
    elsewhere.range.begin.story = elsewhere.range.end.story = "not set on this page";
    ProofMark insert = mark("m-insert", MarkKind::Insert, 0, 0, "1122", "约");
    insert.range.end = insert.range.begin;
    const std::vector<ProofMark> marks = {
            mark("m-delete", MarkKind::Delete, 0, 0, "不久前"),
            mark("m-replace", MarkKind::Replace, 0, 0, "会展中心", "展览中心"),
            insert,
            transpose,
            mark("m-style", MarkKind::Style, 0, 0, "团体铜奖", "黑体", StoryField::Headline),
            mark("m-query", MarkKind::Query, 0, 0, "正式比赛项目", "项目数请核实"),
            mark("m-comment", MarkKind::Comment, 0, 0, "综合性职业技能竞赛",
                 "这一句太长，可否拆开？"),
            hint,
            *column,
            orphaned,
            accepted,
            elsewhere,
    };

    PdfOptions options;
    options.title = "报名 校样";
    options.time = 1795654800;  // 2026-11-26 09:00 in Beijing: the hints' date
    const auto proof =
            exportProofPdf({page}, seed.registry, options, proofAnnotations(page, marks));
    ASSERT_TRUE(proof) << proof.error().message;
    EXPECT_EQ(proof.value().annotations, 9u);
    const std::string& bytes = proof.value().bytes;
    const std::string pdf = write("proof.pdf", bytes);

    // A valid file, and no PDF/X: that forbids annotations on the page.
    const Command check = run("qpdf --check " + pdf);
    EXPECT_EQ(check.exitCode, 0) << check.out;
    EXPECT_NE(check.out.find("PDF Version: 1.6"), std::string::npos) << check.out;
    EXPECT_EQ(bytes.find("GTS_PDFX"), std::string::npos);
    EXPECT_EQ(bytes.find("/OutputIntents"), std::string::npos);

    // The annotations as qpdf reads them, by their /NM.
    const Command json = run("qpdf --json=2 --json-key=qpdf " + pdf);
    ASSERT_EQ(json.exitCode, 0);
    auto objects = nlohmann::json::parse(json.out)["qpdf"][1];
    std::map<std::string, nlohmann::json> annots;
    nlohmann::json pageObject;
    std::string pageRef;
    for (auto& [ref, object] : objects.items()) {
        nlohmann::json value = object["value"];
        if (!value.is_object() || !value.contains("/Type")) continue;
        if (value["/Type"] == "/Annot") annots[value["/NM"].get<std::string>().substr(2)] = value;
        if (value["/Type"] == "/Page") {
            pageObject = value;
            pageRef = ref.substr(4);  // "obj:12 0 R"
        }
    }
    ASSERT_EQ(annots.size(), 9u);
    ASSERT_EQ(pageObject["/Annots"].size(), 9u);
    EXPECT_FALSE(annots.count("m-orphaned") || annots.count("m-accepted") ||
                 annots.count("m-elsewhere"));

    struct Expected {
        std::string id, subtype, subject, contents, author;
    };
    const std::vector<Expected> expected = {
            {"m-delete", "/StrikeOut", "删除", "删除“不久前”", "校对甲"},
            {"m-replace", "/StrikeOut", "改正", "改为“展览中心”（原为“会展中心”）", "校对甲"},
            {"m-insert", "/Caret", "增补", "约", "校对甲"},
            {"m-transpose", "/Highlight", "对调", "对调“同台”与“竞技”", "校对甲"},
            {"m-style", "/Highlight", "改字体", "改黑体", "校对甲"},
            {"m-query", "/Highlight", "疑问", "项目数请核实", "校对甲"},
            {"m-comment", "/Text", "批注", "这一句太长，可否拆开？", "校对甲"},
            {"hint-1-body-3-doubled", "/Highlight", "提示",
             "字词重复（doubled-character）：建议改为“个”", "自动校对"},
            {"m-column", "/StrikeOut", "删除", "删除“" + column->text + "”", "校对乙"},
    };
    for (const Expected& e : expected) {
        SCOPED_TRACE(e.id);
        ASSERT_TRUE(annots.count(e.id));
        nlohmann::json a = annots[e.id];  // a copy: a missing key is null, not an assertion
        EXPECT_EQ(a["/Subtype"], e.subtype);
        EXPECT_EQ(a["/Subj"], "u:" + e.subject);
        EXPECT_EQ(a["/Contents"], "u:" + e.contents);
        EXPECT_EQ(a["/T"], "u:" + e.author);
        EXPECT_EQ(a["/F"], 0);  // not printed: the proof's own red marks are, drawn on the page
        EXPECT_EQ(a["/P"], pageRef);
        EXPECT_TRUE(a["/AP"]["/N"].is_string());  // an appearance stream, by reference
        const bool isHint = e.id.starts_with("hint");
        EXPECT_EQ(a["/C"], isHint ? nlohmann::json({0, 0.45, 0.9}) : nlohmann::json({1, 0, 0}));
        const std::string date = isHint               ? "u:" + pdfDate(options.time)
                                 : e.id == "m-column" ? "u:D:20261126080000"
                                                      : "u:D:20261125224105";
        EXPECT_EQ(a["/M"], date);
        EXPECT_EQ(a["/CreationDate"], date);
    }
    // In the file itself, /Contents and /T are UTF-16BE with a BOM.
    const std::size_t contents = bytes.find("/Contents <FEFF");
    ASSERT_NE(contents, std::string::npos);
    const std::size_t start = contents + 11, end = bytes.find('>', start);
    EXPECT_EQ(fromUtf16Hex(bytes.substr(start, end - start)), "删除“不久前”");
    EXPECT_NE(bytes.find("/T " + pdfUtf16String("校对甲")), std::string::npos);

    // Struck out and highlighted: a quad per line piece exactly over the characters' em boxes,
    // the rectangle their union, and under each quad exactly the characters marked.
    for (const ProofMark& m : marks) {
        if (!annots.count(m.id) || m.kind == MarkKind::Insert || m.kind == MarkKind::Comment)
            continue;
        SCOPED_TRACE(m.id);
        nlohmann::json a = annots[m.id];
        const std::vector<double> want = quads(rangeRects(page, m.range));
        const auto got = a["/QuadPoints"].get<std::vector<double>>();
        ASSERT_EQ(got.size(), want.size());
        ASSERT_FALSE(want.empty());
        for (std::size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(got[i], want[i], 0.002) << i;
        std::string under;
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (std::size_t q = 0; q < got.size(); q += 8) {
            under += textIn(pdf, got[q], got[q + 5], got[q + 2], got[q + 1]);
            x0 = std::min(x0, got[q]), x1 = std::max(x1, got[q + 2]);
            y0 = std::min(y0, got[q + 5]), y1 = std::max(y1, got[q + 1]);
        }
        EXPECT_EQ(under, m.text);
        const auto rect = a["/Rect"].get<std::vector<double>>();
        ASSERT_EQ(rect.size(), 4u);
        EXPECT_NEAR(rect[0], x0, 0.002);
        EXPECT_NEAR(rect[1], y0, 0.002);
        EXPECT_NEAR(rect[2], x1, 0.002);
        EXPECT_NEAR(rect[3], y1, 0.002);
    }
    // The range over the column break: one piece in each column.
    EXPECT_EQ(annots["m-column"]["/QuadPoints"].size(), 16u);

    // The caret between 了 and 1122, on that line.
    const auto caret = caretRect(page, insert.range.begin);
    ASSERT_TRUE(caret);
    const auto caretBox = annots["m-insert"]["/Rect"].get<std::vector<double>>();
    EXPECT_NEAR((caretBox[0] + caretBox[2]) / 2, frame.x(caret->x), 0.01);
    EXPECT_NEAR(caretBox[3], frame.y(caret->y), 0.01);
    EXPECT_LT(caretBox[1], frame.y(caret->bottom()));
    const double em = toPoints(caret->height);
    EXPECT_EQ(textIn(pdf, frame.x(caret->x) - em / 2, frame.y(caret->bottom()),
                     frame.x(caret->x) + em / 2, frame.y(caret->y)),
              "了1");

    // The comment's note: in the margin beside its first line, over no text.
    const auto note = annots["m-comment"]["/Rect"].get<std::vector<double>>();
    const Rect line = rangeRects(page, marks[6].range).front();
    const double typeLeft = frame.x(page.grid.marginLeft);
    const double typeRight = frame.x(page.grid.marginLeft + page.grid.typeAreaWidth());
    EXPECT_TRUE(note[2] <= typeLeft || note[0] >= typeRight)
            << note[0] << " " << note[2] << " type area " << typeLeft << "–" << typeRight;
    EXPECT_GE(note[0], frame.left);
    EXPECT_LE(note[2], frame.left + toPoints(page.grid.trimWidth));
    const double middle = (frame.y(line.y) + frame.y(line.bottom())) / 2;
    EXPECT_NEAR((note[1] + note[3]) / 2, middle, 0.5);
    EXPECT_EQ(textIn(pdf, note[0], note[1], note[2], note[3], false), "");
    EXPECT_EQ(annots["m-comment"]["/Name"], "/Comment");

    // The same page as the print file: the same text, and the print file has no annotations.
    const auto print = exportPagePdf(page, seed.registry, options);
    ASSERT_TRUE(print);
    const std::string printPdf = write("print.pdf", print.value());
    EXPECT_EQ(print.value().find("/Annots"), std::string::npos);
    EXPECT_NE(print.value().find("/GTS_PDFXVersion"), std::string::npos);
    EXPECT_EQ(pdfxFailures(printPdf), "");
    EXPECT_EQ(run("pdftotext -raw -enc UTF-8 " + pdf + " -").out,
              run("pdftotext -raw -enc UTF-8 " + printPdf + " -").out);
    EXPECT_EQ(run("pdffonts " + pdf).out, run("pdffonts " + printPdf).out);
}

TEST_F(ProofPdfTest, NotesBesideOneLineStackDownTheMargin) {
    std::vector<ProofMark> marks = {
            mark("c1", MarkKind::Comment, 0, 0, "上海市第一届", "一"),
            mark("c2", MarkKind::Comment, 0, 0, "职业技能大赛", "二"),
    };
    const std::vector<ProofAnnotation> notes = proofAnnotations(page, marks);
    ASSERT_EQ(notes.size(), 2u);
    ASSERT_EQ(notes[0].rects.size(), 1u);
    const Rect& a = notes[0].rects[0];
    const Rect& b = notes[1].rects[0];
    EXPECT_EQ(a.x, b.x);
    EXPECT_GE(b.y, a.bottom()) << "the second note goes below the first";
    EXPECT_EQ(notes[0].shape, AnnotationShape::Note);
}

TEST_F(ProofPdfTest, WithoutMarksAProofHasNoAnnotations) {
    const auto proof = exportProofPdf({page}, seed.registry, {}, {});
    ASSERT_TRUE(proof);
    EXPECT_EQ(proof.value().annotations, 0u);
    EXPECT_EQ(proof.value().bytes.find("/Annots"), std::string::npos);
    EXPECT_EQ(run("qpdf --check " + write("empty.pdf", proof.value().bytes)).exitCode, 0);
}

}  // namespace
}  // namespace banmian::layout
