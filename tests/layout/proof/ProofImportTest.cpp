// What each kind of a viewer's annotation becomes as a proof mark (layout/proof/ProofImport), on a
// page composed by the engine: the annotations made here as plain data, placed over characters
// found with rangeRects, as a viewer places them over the characters a person selects.
#include <gtest/gtest.h>

#include "layout/base/Id.h"
#include "layout/output/TextOnPage.h"
#include "layout/pipeline/PageComposer.h"
#include "layout/proof/ProofImport.h"

namespace banmian::layout {
namespace {

const std::string kParagraph =
        "6月26日，国际禁毒日主题宣传活动在徐家汇体育公园举行，集中销毁毒品八百余公斤。";

class ProofImportMarks : public ::testing::Test {
protected:
    void SetUp() override {
        Story story;
        story.headline = "集中销毁八百余公斤";
        story.paragraphs = {kParagraph};
        m_document.stories = {story};
        m_document.page.grid = pageGrid(PagePreset::Broadsheet);
        Block block;
        block.story = "";
        block.area = {{0, 10, 4, 40}};
        m_document.page.blocks = {block};
        giveMissingIds(m_document);
        m_document.page.blocks[0].story = m_document.stories[0].id;
        auto layout = m_composer.layout(m_document);
        ASSERT_TRUE(layout);
        m_layout = std::move(layout).value();
        m_proof.trimBox = {0, 0, toPoints(m_document.page.grid.trimWidth),
                           toPoints(m_document.page.grid.trimHeight)};
        m_proof.mediaBox = m_proof.trimBox;
    }

    // The bytes of `text` in the paragraph, as a range.
    TextRange rangeOf(const std::string& text) const {
        const std::size_t at = kParagraph.find(text);
        EXPECT_NE(at, std::string::npos) << text;
        const std::string& story = m_document.stories[0].id;
        return {{story, StoryField::Body, 0, at}, {story, StoryField::Body, 0, at + text.size()}};
    }
    PdfBox toPdf(const Rect& r) const {
        const double top = m_proof.trimBox.y1;
        return {toPoints(r.x), top - toPoints(r.bottom()), toPoints(r.right()),
                top - toPoints(r.y)};
    }
    // A markup annotation over `text`.
    PdfAnnotation over(const std::string& subtype, const std::string& text,
                       const std::string& contents = {}) {
        PdfAnnotation a;
        a.object = ++m_objects;
        a.subtype = subtype;
        a.contents = contents;
        a.author = "李明";
        for (const Rect& r : rangeRects(m_layout, rangeOf(text))) a.quads.push_back(toPdf(r));
        a.rect = a.quads.front();
        return a;
    }
    // A caret right after `text`.
    PdfAnnotation caretAfter(const std::string& text, const std::string& contents) {
        const std::vector<Rect> pieces = rangeRects(m_layout, rangeOf(text));
        const PdfBox end = toPdf(pieces.back());
        PdfAnnotation a;
        a.object = ++m_objects;
        a.subtype = "Caret";
        a.contents = contents;
        a.author = "李明";
        a.rect = {end.x1 - 2, end.y0, end.x1 + 2, end.y1};
        return a;
    }
    ProofMarksRead read() { return readProofMarks(m_document, m_layout, m_proof, {}); }

    PageComposer m_composer;
    Document m_document;
    PageLayout m_layout;
    PdfProofContents m_proof;
    int m_objects = 0;
};

TEST_F(ProofImportMarks, AReplaceGroupIsOneMarkWhicheverOfItsTwoIsTheHead) {
    // Acrobat's "replace text": the caret holds the new text, the strike-out answers it as a group.
    PdfAnnotation caret = caretAfter("毒品", "毒品、易制毒化学品");
    PdfAnnotation strike = over("StrikeOut", "毒品");
    strike.inReplyTo = caret.object;
    strike.replyType = "Group";
    m_proof.annotations = {caret, strike};
    const ProofMarksRead marks = read();
    ASSERT_EQ(marks.added.size(), 1u);
    EXPECT_EQ(marks.added[0].kind, MarkKind::Replace);
    EXPECT_EQ(marks.added[0].text, "毒品");
    EXPECT_EQ(marks.added[0].correction, "毒品、易制毒化学品");
    EXPECT_TRUE(marks.skipped.empty());
}

TEST_F(ProofImportMarks, ACaretAtTheEndOfAStrikeOutGivesItsNewText) {
    m_proof.annotations = {over("StrikeOut", "八百余"), caretAfter("八百余", "八百多")};
    const ProofMarksRead marks = read();
    ASSERT_EQ(marks.added.size(), 1u);
    EXPECT_EQ(marks.added[0].kind, MarkKind::Replace);
    EXPECT_EQ(marks.added[0].text, "八百余");
    EXPECT_EQ(marks.added[0].correction, "八百多");
}

TEST_F(ProofImportMarks, TheStruckTextInAStrikeOutsNoteIsNoNewText) {
    // Some viewers copy the marked text into the annotation's contents.
    m_proof.annotations = {over("StrikeOut", "主题", "主题"), over("Underline", "徐家汇"),
                           over("Squiggly", "体育公园", "哪个公园？")};
    const ProofMarksRead marks = read();
    ASSERT_EQ(marks.added.size(), 3u);
    EXPECT_EQ(marks.added[0].kind, MarkKind::Delete);
    EXPECT_EQ(marks.added[0].correction, "");
    EXPECT_EQ(marks.added[1].kind, MarkKind::Query);
    EXPECT_EQ(marks.added[1].text, "徐家汇");
    EXPECT_EQ(marks.added[2].kind, MarkKind::Query);
    EXPECT_EQ(marks.added[2].correction, "哪个公园？");
}

TEST_F(ProofImportMarks, WhatIsNoMarkIsSkippedWithWhy) {
    PdfAnnotation square = over("Square", "国际");
    PdfAnnotation popup = over("Popup", "国际");
    PdfAnnotation hint = over("Highlight", "宣传");
    hint.name = "hint-story-body-0-3";
    PdfAnnotation emptyCaret = caretAfter("活动", "");
    PdfAnnotation farNote = over("Text", "国际", "远处的批注");
    farNote.rect = {1, 1, 17, 17};  // the page's far corner, no text near
    m_proof.annotations = {square, popup, hint, emptyCaret, farNote};
    const ProofMarksRead marks = read();
    EXPECT_TRUE(marks.added.empty());
    ASSERT_EQ(marks.skipped.size(), 3u);
    EXPECT_EQ(marks.skipped[0].what, "Square by 李明");
    EXPECT_NE(marks.skipped[0].why.find("shapes are not read"), std::string::npos);
    EXPECT_EQ(marks.skipped[1].why, "no text near it on the page");
    EXPECT_EQ(marks.skipped[2].why, "a caret with no text to insert: write it in its note");
}

TEST_F(ProofImportMarks, TheSameAnnotationGivesTheSameIdAndAKnownMarkIsNotAddedAgain) {
    PdfAnnotation strike = over("StrikeOut", "集中");
    strike.name = "pdfjs_internal_editor_0";
    strike.created = "D:20261205093000+08'00'";
    m_proof.annotations = {strike};
    const ProofMarksRead first = read();
    ASSERT_EQ(first.added.size(), 1u);
    EXPECT_EQ(first.added[0].id, read().added[0].id);
    EXPECT_TRUE(isRandomId(first.added[0].id));
    const ProofMarksRead again = readProofMarks(m_document, m_layout, m_proof, first.added);
    EXPECT_TRUE(again.added.empty());
    EXPECT_EQ(again.kept, std::vector<std::string>{first.added[0].id});
    // Its note edited in the viewer: the same mark, now a replacement.
    m_proof.annotations[0].contents = "集体";
    const ProofMarksRead edited = readProofMarks(m_document, m_layout, m_proof, first.added);
    ASSERT_EQ(edited.updated.size(), 1u);
    EXPECT_EQ(edited.updated[0].kind, MarkKind::Replace);
    EXPECT_EQ(edited.updated[0].correction, "集体");
}

TEST(PdfDates, BecomeMarkTimes) {
    EXPECT_EQ(isoFromPdfDate("D:20261205143000+08'00'"), "2026-12-05T14:30:00+08:00");
    EXPECT_EQ(isoFromPdfDate("D:20261205143000Z"), "2026-12-05T14:30:00Z");
    EXPECT_EQ(isoFromPdfDate("D:202612051430"), "2026-12-05T14:30:00");
    EXPECT_EQ(isoFromPdfDate("D:2026"), "");
    EXPECT_EQ(isoFromPdfDate("yesterday"), "");
}

}  // namespace
}  // namespace banmian::layout
