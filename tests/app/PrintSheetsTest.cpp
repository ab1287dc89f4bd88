// The sheets a page is printed on: its own size when the paper takes it, else fitted whole or
// tiled at full size — the whole page on them every time, never clipped.
#include "app/print/PrintSheets.h"

#include <gtest/gtest.h>

namespace banmian::app {
namespace {

constexpr double kMillimetre = 72 / 25.4;
const QSizeF kBroadsheet(390 * kMillimetre, 545 * kMillimetre);
const QRectF kA3(0, 0, 297 * kMillimetre, 420 * kMillimetre);
const QRectF kA4(0, 0, 210 * kMillimetre, 297 * kMillimetre);

TEST(PrintSheets, APageThePaperTakesIsPrintedAtItsOwnSizeInTheMiddle) {
    const QRectF paper(0, 0, 420 * kMillimetre, 594 * kMillimetre);  // A2
    for (PrintFit fit : {PrintFit::Fit, PrintFit::Tile}) {
        const auto sheets = printSheets(kBroadsheet, paper, fit);
        ASSERT_EQ(sheets.size(), 1u);
        EXPECT_EQ(sheets[0].scale, 1);
        EXPECT_EQ(sheets[0].pagePart, QRectF(QPointF(0, 0), kBroadsheet));
        EXPECT_NEAR(sheets[0].onSheet.center().x(), paper.center().x(), 1e-6);
        EXPECT_NEAR(sheets[0].onSheet.center().y(), paper.center().y(), 1e-6);
    }
    // On paper of the page's own size, give or take rounding: one sheet, not four tiles.
    const QRectF own(0, 0, kBroadsheet.width() - 0.1, kBroadsheet.height() - 0.1);
    EXPECT_EQ(printSheets(kBroadsheet, own, PrintFit::Tile).size(), 1u);
}

TEST(PrintSheets, FittedToA3TheWholePageIsScaledDownInItsProportions) {
    const auto sheets = printSheets(kBroadsheet, kA3, PrintFit::Fit);
    ASSERT_EQ(sheets.size(), 1u);
    const PrintSheet& sheet = sheets[0];
    EXPECT_EQ(sheet.pagePart, QRectF(QPointF(0, 0), kBroadsheet));
    EXPECT_NEAR(sheet.scale, std::min(297.0 / 390, 420.0 / 545), 1e-9);
    EXPECT_TRUE(kA3.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(sheet.onSheet));
    EXPECT_NEAR(sheet.onSheet.width() / sheet.onSheet.height(),
                kBroadsheet.width() / kBroadsheet.height(), 1e-9);
    // A margin the printer cannot print on is left alone.
    const QRectF margins = kA3.adjusted(15, 15, -15, -15);
    EXPECT_TRUE(margins.adjusted(-1e-6, -1e-6, 1e-6, 1e-6)
                        .contains(printSheets(kBroadsheet, margins, PrintFit::Fit)[0].onSheet));
}

TEST(PrintSheets, TiledOnA4EveryPointOfThePageIsOnASheetAtFullSize) {
    const auto sheets = printSheets(kBroadsheet, kA4, PrintFit::Tile);
    ASSERT_EQ(sheets.size(), 4u);  // 390 mm on 210 mm sheets: two across; 545 mm on 297: two down
    for (const PrintSheet& sheet : sheets) {
        EXPECT_EQ(sheet.scale, 1);
        EXPECT_LE(sheet.pagePart.width(), kA4.width() + 1e-6);
        EXPECT_LE(sheet.pagePart.height(), kA4.height() + 1e-6);
        EXPECT_TRUE(kA4.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(sheet.onSheet));
        EXPECT_EQ(sheet.onSheet.size(), sheet.pagePart.size());
    }
    // Every point of a fine grid over the page lies on some sheet; neighbours overlap by 10 mm at
    // least (the last across and down end at the page's edge).
    for (double y = 0; y <= kBroadsheet.height(); y += kBroadsheet.height() / 40) {
        for (double x = 0; x <= kBroadsheet.width(); x += kBroadsheet.width() / 40) {
            bool covered = false;
            for (const PrintSheet& sheet : sheets)
                covered |= sheet.pagePart.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(x, y);
            EXPECT_TRUE(covered) << x << ", " << y;
        }
    }
    EXPECT_GE(sheets[0].pagePart.right() - sheets[1].pagePart.left(), kTileOverlap - 1e-6);
    EXPECT_GE(sheets[0].pagePart.bottom() - sheets[2].pagePart.top(), kTileOverlap - 1e-6);
    EXPECT_EQ(sheets[3].pagePart.bottomRight(), QPointF(kBroadsheet.width(), kBroadsheet.height()));
}

TEST(PrintSheets, NoPaperOrNoPageMakesNoSheets) {
    EXPECT_TRUE(printSheets(kBroadsheet, QRectF(), PrintFit::Fit).empty());
    EXPECT_TRUE(printSheets(QSizeF(), kA4, PrintFit::Tile).empty());
}

}  // namespace
}  // namespace banmian::app
