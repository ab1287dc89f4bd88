// The day's photos read from the picture desk's folder: pixel sizes, captions and credits from
// IPTC, XMP and Exif in UTF-8 and GB18030, caption files that override them, and every file that
// is not a good photo left out with a message — never a crash, never the rest lost.
#include "layout/import/DayPhotos.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "layout/base/Id.h"
#include "tests/layout/import/PhotoFiles.h"

namespace banmian::layout {
namespace {

using namespace testing_photos;

bool mentions(const std::vector<Diagnostic>& problems, const std::string& kind,
              const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const Diagnostic& d) {
        return d.kind == kind && d.message.find(words) != std::string::npos;
    });
}

DayPhotosRead readOk(const fs::path& folder) {
    auto read = readDayPhotos(folder);
    EXPECT_TRUE(read.ok()) << (read ? "" : read.error().message);
    return read ? std::move(read).value() : DayPhotosRead{};
}

TEST(DayPhotos, IptcCaptionAndBylineInUtf8) {
    const fs::path folder = freshFolder("iptc");
    writePhoto(folder / "photo1.jpg", [](Exiv2::Image& image) {
        image.iptcData()["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        image.iptcData()["Iptc.Application2.Caption"] = "6月28日，市民在徐汇滨江游玩。";
        image.iptcData()["Iptc.Application2.Byline"] = "张三";
    });
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 1u);
    const DayPhoto& photo = read.photos[0].photo;
    EXPECT_EQ(photo.caption, "6月28日，市民在徐汇滨江游玩。");
    EXPECT_EQ(photo.credit, "张三 摄");
    EXPECT_EQ(photo.pixelWidth, 600);
    EXPECT_EQ(photo.pixelHeight, 400);
    EXPECT_EQ(photo.path, (folder / "photo1.jpg").string());
    EXPECT_TRUE(isRandomId(photo.id));
    EXPECT_TRUE(read.problems.empty());
}

TEST(DayPhotos, AnAgencyCreditAndAPrintedBylineStayAsPapersPrintThem) {
    const fs::path folder = freshFolder("agency");
    writePhoto(folder / "a.jpg", [](Exiv2::Image& image) {
        image.iptcData()["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        image.iptcData()["Iptc.Application2.Byline"] = "新华社记者 李四 摄";
    });
    writePhoto(folder / "b.jpg", [](Exiv2::Image& image) {
        image.iptcData()["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        image.iptcData()["Iptc.Application2.Byline"] = "王五";
        image.iptcData()["Iptc.Application2.Credit"] = "新华社";
    });
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 2u);
    EXPECT_EQ(read.photos[0].photo.credit, "新华社记者 李四 摄");
    EXPECT_EQ(read.photos[1].photo.credit, "新华社发（王五 摄）");
}

TEST(DayPhotos, XmpOnly) {
    const fs::path folder = freshFolder("xmp");
    writePhoto(folder / "photo.jpg", [](Exiv2::Image& image) {
        image.xmpData()["Xmp.dc.description"] = "lang=\"x-default\" 集中销毁八百余公斤假冒伪劣商品";
        image.xmpData()["Xmp.dc.creator"] = "赵六";
    });
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 1u);
    EXPECT_EQ(read.photos[0].photo.caption, "集中销毁八百余公斤假冒伪劣商品");
    EXPECT_EQ(read.photos[0].photo.credit, "赵六 摄");
}

TEST(DayPhotos, ExifDescriptionAndArtistWhenThereIsNothingElse) {
    const fs::path folder = freshFolder("exif");
    writePhoto(folder / "photo.jpg", [](Exiv2::Image& image) {
        image.exifData()["Exif.Image.ImageDescription"] = "Volunteers at the river bank";
        image.exifData()["Exif.Image.Artist"] = "Li Si";
    });
    writePhoto(folder / "camera.jpg", [](Exiv2::Image& image) {
        image.exifData()["Exif.Image.ImageDescription"] = "OLYMPUS DIGITAL CAMERA";
    });
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 2u);
    EXPECT_EQ(read.photos[0].photo.caption, "");  // camera.jpg: the camera's words, no caption
    EXPECT_EQ(read.photos[1].photo.caption, "Volunteers at the river bank");
    EXPECT_EQ(read.photos[1].photo.credit, "Li Si 摄");
}

TEST(DayPhotos, Gb18030IptcFromAnOldDeskComesBackRight) {
    const fs::path folder = freshFolder("gb18030");
    writePhoto(folder / "old.jpg", [](Exiv2::Image& image) {
        // No CodedCharacterSet: as Founder-era systems wrote it, GBK bytes and nothing said.
        image.iptcData()["Iptc.Application2.Caption"] = gb18030("老党员在社区活动中心讲述入党经历");
        image.iptcData()["Iptc.Application2.Byline"] = gb18030("本报记者 钱七");
    });
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 1u);
    EXPECT_EQ(read.photos[0].photo.caption, "老党员在社区活动中心讲述入党经历");
    EXPECT_EQ(read.photos[0].photo.credit, "本报记者 钱七 摄");
}

TEST(DayPhotos, ACaptionFileOverridesTheMetadata) {
    const fs::path folder = freshFolder("sidecar");
    writePhoto(folder / "photo1.jpg", [](Exiv2::Image& image) {
        image.iptcData()["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        image.iptcData()["Iptc.Application2.Caption"] = "相机里的旧说明";
        image.iptcData()["Iptc.Application2.Byline"] = "张三";
    });
    writeBytes(folder / "photo1.txt",
               "6月28日，区委副书记带队走访慰问老党员。\n\n新华社记者 孙八 摄\n稿件：走访活动\n");
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 1u);
    EXPECT_EQ(read.photos[0].photo.caption, "6月28日，区委副书记带队走访慰问老党员。");
    EXPECT_EQ(read.photos[0].photo.credit, "新华社记者 孙八 摄");
    EXPECT_EQ(read.photos[0].namedStory, "走访活动");
    EXPECT_TRUE(read.problems.empty()) << read.problems.front().message;
}

TEST(DayPhotos, ACaptionFileInGb18030AndACreditAtTheCaptionsEnd) {
    const fs::path folder = freshFolder("sidecar-gb");
    writePhoto(folder / "photo2.jpg");
    writeBytes(folder / "photo2.txt", gb18030("市民在徐汇滨江游玩。（记者 周九 摄）\r\n"));
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 1u);
    EXPECT_EQ(read.photos[0].photo.caption, "市民在徐汇滨江游玩。");
    EXPECT_EQ(read.photos[0].photo.credit, "记者 周九 摄");
}

TEST(DayPhotos, PngAndTiffByContentWhateverTheirNames) {
    const fs::path folder = freshFolder("kinds");
    fs::copy_file(testImage("rgb-2x2.png"), folder / "chart.dat");
    fs::copy_file(testImage("cmyk-600x400.tif"), folder / "cover.jpg");
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 2u);
    EXPECT_EQ(read.photos[0].photo.pixelWidth, 2);    // chart.dat, a PNG
    EXPECT_EQ(read.photos[1].photo.pixelWidth, 600);  // cover.jpg, a TIFF
    EXPECT_EQ(read.photos[1].photo.pixelHeight, 400);
}

TEST(DayPhotos, NamesInTheOrderPeopleNumberThem) {
    const fs::path folder = freshFolder("order");
    for (const char* name : {"photo10.jpg", "photo2.jpg", "photo1.jpg"}) writePhoto(folder / name);
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 3u);
    EXPECT_EQ(fs::path(read.photos[0].photo.path).filename(), "photo1.jpg");
    EXPECT_EQ(fs::path(read.photos[1].photo.path).filename(), "photo2.jpg");
    EXPECT_EQ(fs::path(read.photos[2].photo.path).filename(), "photo10.jpg");
}

TEST(DayPhotos, ATruncatedJpegIsLeftOutWithAMessageAndTheRestAreRead) {
    const fs::path folder = freshFolder("corrupt");
    writePhoto(folder / "a-good.jpg");
    const std::string whole = bytesOf(testImage("photo-rgb-600x400.jpg"));
    writeBytes(folder / "b-cut.jpg", whole.substr(0, whole.size() / 2));
    writePhoto(folder / "c-good.jpg");
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 2u);
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_EQ(read.problems[0].kind, "photo-damaged");
    EXPECT_EQ(read.problems[0].severity, Severity::Warning);
    EXPECT_TRUE(mentions(read.problems, "photo-damaged", "b-cut.jpg is left out"));
    EXPECT_TRUE(mentions(read.problems, "photo-damaged", "cut short"));
    EXPECT_TRUE(mentions(read.problems, "photo-damaged", "again"));  // what to do
}

TEST(DayPhotos, AWordFileAndAStrayTextFileAreSaidNotRead) {
    const fs::path folder = freshFolder("others");
    writePhoto(folder / "photo1.jpg");
    writeBytes(folder / "photo1.txt", "说明\n");
    writeBytes(folder / "report.docx", std::string("PK\x03\x04\x14\x00\x06\x00", 8) +
                                               "[Content_Types].xml" + std::string(200, '\0') +
                                               "word/document.xml");
    writeBytes(folder / "notes.txt", "明天的版面\n");
    const DayPhotosRead read = readOk(folder);
    ASSERT_EQ(read.photos.size(), 1u);
    EXPECT_EQ(read.photos[0].photo.caption, "说明");
    EXPECT_EQ(read.problems.size(), 2u);
    EXPECT_TRUE(mentions(read.problems, "not-a-photo", "report.docx is left out"));
    EXPECT_TRUE(mentions(read.problems, "not-a-photo", "word processor"));
    EXPECT_TRUE(mentions(read.problems, "not-a-photo", "notes.txt is left out"));
}

TEST(DayPhotos, AnEmptyFolderReadsAsNoPhotosWithAWord) {
    const fs::path folder = freshFolder("empty");
    const DayPhotosRead read = readOk(folder);
    EXPECT_TRUE(read.photos.empty());
    EXPECT_TRUE(mentions(read.problems, "photos-none", "is it the right folder?"));
}

TEST(DayPhotos, AMissingFolderOrAFileIsAnErrorSayingSo) {
    const fs::path folder = freshFolder("missing") / "not-there";
    const auto missing = readDayPhotos(folder);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, "photos-folder");
    EXPECT_NE(missing.error().message.find("there is no folder"), std::string::npos);

    const fs::path photo = freshFolder("missing-file") / "photo.jpg";
    writePhoto(photo);
    const auto file = readDayPhotos(photo);
    ASSERT_FALSE(file.ok());
    EXPECT_NE(file.error().message.find("is a file, not a folder"), std::string::npos);
}

TEST(DayPhotos, FilesChosenOneByOneWithTheirCaptionFiles) {
    const fs::path folder = freshFolder("chosen");
    writePhoto(folder / "b.jpg");
    writePhoto(folder / "a.jpg");
    writeBytes(folder / "b.txt", "b 的说明\n");
    const DayPhotosRead read = readDayPhotoFiles(
            {folder / "b.jpg", folder / "b.txt", folder / "a.jpg", folder / "gone.jpg"});
    ASSERT_EQ(read.photos.size(), 2u);
    EXPECT_EQ(fs::path(read.photos[0].photo.path).filename(), "b.jpg");  // as chosen
    EXPECT_EQ(read.photos[0].photo.caption, "b 的说明");
    ASSERT_EQ(read.problems.size(), 1u);
    EXPECT_NE(read.problems[0].message.find("gone.jpg"), std::string::npos);
}

}  // namespace
}  // namespace banmian::layout
