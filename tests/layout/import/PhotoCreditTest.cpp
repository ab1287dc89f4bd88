// Photo credits as Chinese papers print them, told from captions in a caption file.
#include "layout/import/PhotoCredit.h"

#include <gtest/gtest.h>

#include "layout/import/PhotoSidecar.h"

namespace banmian::layout {
namespace {

TEST(PhotoCredit, BareNamesGetTheVerb) {
    EXPECT_EQ(photoCredit("张三"), "张三 摄");
    EXPECT_EQ(photoCredit("张三、李四"), "张三 李四 摄");
    EXPECT_EQ(photoCredit(" 张三 "), "张三 摄");
}

TEST(PhotoCredit, APrintedCreditStaysAsItIs) {
    EXPECT_EQ(photoCredit("新华社记者 张三 摄"), "新华社记者 张三 摄");
    EXPECT_EQ(photoCredit("图/李四"), "图/李四");
    EXPECT_EQ(photoCredit("视觉中国供图"), "视觉中国供图");
    EXPECT_EQ(photoCredit("（本报记者 王五 摄）"), "本报记者 王五 摄");
    EXPECT_EQ(photoCredit("记者 王五"), "记者 王五 摄");
}

TEST(PhotoCredit, TheAgencyIsNamedAsPapersNameIt) {
    EXPECT_EQ(photoCredit("张三", "新华社记者"), "新华社记者 张三 摄");
    EXPECT_EQ(photoCredit("张三", "本报"), "本报记者 张三 摄");
    EXPECT_EQ(photoCredit("张三", "新华社"), "新华社发（张三 摄）");
    EXPECT_EQ(photoCredit("", "视觉中国"), "视觉中国");
    EXPECT_EQ(photoCredit("", ""), "");
}

TEST(PhotoCredit, CreditLinesAreToldFromCaptions) {
    EXPECT_TRUE(looksLikePhotoCredit("新华社记者 张三 摄"));
    EXPECT_TRUE(looksLikePhotoCredit("图/李四"));
    EXPECT_TRUE(looksLikePhotoCredit("本报记者 王五"));
    EXPECT_TRUE(looksLikePhotoCredit("摄影：赵六"));
    EXPECT_FALSE(looksLikePhotoCredit("这是6月28日拍摄的徐汇滨江。"));
    EXPECT_FALSE(looksLikePhotoCredit("这是6月28日在徐汇滨江拍摄"));
    EXPECT_FALSE(looksLikePhotoCredit("市民在徐汇滨江游玩"));
    EXPECT_FALSE(looksLikePhotoCredit("市民在滨江游玩。（记者 周九 摄）"));  // a caption, credited
    EXPECT_FALSE(looksLikePhotoCredit("徐汇区融媒体中心的记者 在现场"));
}

TEST(PhotoCredit, ACreditAtTheEndOfACaptionIsSplitOff) {
    auto [caption, credit] = splitTrailingCredit("市民在滨江游玩。（新华社记者 张三 摄）");
    EXPECT_EQ(caption, "市民在滨江游玩。");
    EXPECT_EQ(credit, "新华社记者 张三 摄");
    std::tie(caption, credit) = splitTrailingCredit("市民在滨江游玩。李四 摄");
    EXPECT_EQ(caption, "市民在滨江游玩。");
    EXPECT_EQ(credit, "李四 摄");
    std::tie(caption, credit) = splitTrailingCredit("市民在滨江（徐汇段）游玩");
    EXPECT_EQ(caption, "市民在滨江（徐汇段）游玩");
    EXPECT_EQ(credit, "");
}

TEST(PhotoSidecar, CaptionCreditAndStoryLines) {
    const auto sidecar = readPhotoSidecar(
            "story: Volunteers\nVolunteers clean\nthe river bank.\n\nA second paragraph.\n图/Li\n");
    ASSERT_TRUE(sidecar.ok());
    EXPECT_EQ(sidecar.value().story, "Volunteers");
    EXPECT_EQ(sidecar.value().caption, "Volunteers clean the river bank.");
    EXPECT_EQ(sidecar.value().credit, "图/Li");
    EXPECT_EQ(sidecar.value().encoding, "UTF-8");
}

TEST(PhotoSidecar, BinaryBytesAreNoCaptionFile) {
    EXPECT_FALSE(readPhotoSidecar(std::string("\x00\x01\x02\xFF\xFE\x00\x00\x07", 8)).ok());
}

}  // namespace
}  // namespace banmian::layout
