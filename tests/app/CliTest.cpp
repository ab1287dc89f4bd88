// `banmian` run as a person runs it from a shell: what it prints, where, and its exit status.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "OneStoryPage.h"
#include "RunProcess.h"
#include "layout/base/Id.h"
#include "layout/document/Document.h"
#include "layout/image/RasterImage.h"
#include "layout/pdf/PdfDocument.h"
#include "layout/proof/Rounds.h"
#include "tests/pdfx/PdfxCheck.h"

namespace {

const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kSeed = std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt";

std::string writeTempFile(const std::string& name, const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() / ("banmian-cli-" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
}

// Text without the white space a PDF reader puts between lines and columns (and full-width spaces).
std::string withoutSpaces(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' || text[i] == '\n' || text[i] == '\f') continue;
        if (text.compare(i, 3, "\u3000") == 0) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::size_t lineCount(const std::string& text) {
    return std::count(text.begin(), text.end(), '\n');
}

TEST(Cli, ImportPrintsTheSeedAsJson) {
    const ProcessOutput run = runProcess(kBanmian, {"import", kSeed});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    ASSERT_EQ(json["stories"].size(), 6u);
    EXPECT_EQ(json["stories"][2]["headline"], "集中销毁八百余公斤");
    EXPECT_EQ(json["stories"][3]["kind"], "sidebar");
    EXPECT_EQ(json["stories"][3]["related"], 2);
    EXPECT_EQ(json["stories"][4]["bylines"][0]["names"][1], "刘晓晶");
    EXPECT_EQ(json["warnings"].size(), 2u);
    EXPECT_TRUE(run.err.empty());
}

TEST(Cli, ImportOutlineIsShortAndReadable) {
    const ProcessOutput run = runProcess(kBanmian, {"import", "--outline", kSeed});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("5 articles, 1 sidebars, 2 warnings"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("记者  姚丽敏、刘晓晶"), std::string::npos);
}

TEST(Cli, BadInputGivesOneLineSayingWhatAndWhere) {
    struct Case {
        std::string file, expected;
    };
    const std::vector<Case> cases = {
            {"/nonexistent/day.txt", "cannot open /nonexistent/day.txt"},
            {writeTempFile("empty.txt", ""), "empty"},
            {writeTempFile("photo.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)),
             "binary file"},
            {writeTempFile("latin1.txt", "Headline\n\nCaf\xE9 au lait\xFF\xFF\n"), "line 3"},
            {std::filesystem::temp_directory_path().string(), "is a folder"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        const ProcessOutput run = runProcess(kBanmian, {"import", c.file});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.out.empty());
        EXPECT_EQ(lineCount(run.err), 1u) << run.err;
        EXPECT_NE(run.err.find(c.expected), std::string::npos) << run.err;
    }
}

TEST(Cli, WrongUsageExitsWithTwo) {
    EXPECT_EQ(runProcess(kBanmian, {"import"}).exitCode, 2);
    EXPECT_EQ(runProcess(kBanmian, {"import", kSeed, "--frobnicate"}).exitCode, 2);
    EXPECT_EQ(runProcess(kBanmian, {"--frobnicate"}).exitCode, 2);
    const ProcessOutput help = runProcess(kBanmian, {"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("banmian import FILE"), std::string::npos);
}

TEST(Cli, TypesetSetsTheSeedInAColumnAsJson) {
    const ProcessOutput run = runProcess(kBanmian, {"typeset", kSeed, "--width", "13em", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    ASSERT_GT(json["lines"].size(), 200u);
    const auto& first = json["lines"][0];
    EXPECT_EQ(first["paragraph"], 0);
    EXPECT_EQ(first["left"], 18.0);  // the two-character indent at 9 pt
    EXPECT_EQ(first["right"], 117.0);
    EXPECT_EQ(first["last"], false);
    EXPECT_TRUE(first["text"].get<std::string>().starts_with("上海市第一届"));
    EXPECT_EQ(json["quality"]["breaches"], 0);
    // Paragraphs are numbered from 0 in import order, sidebars included: the seed has 23.
    EXPECT_EQ(json["lines"].back()["paragraph"], 22);
}

TEST(Cli, TypesetDrawsThePicture) {
    const auto png = (std::filesystem::temp_directory_path() / "banmian-cli-galley.png").string();
    std::filesystem::remove(png);
    const ProcessOutput run = runProcess(
            kBanmian, {"typeset", kSeed, "--width", "41.3mm", "--size", "小五", "--png", png});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    std::ifstream in(png, std::ios::binary);
    std::string magic(8, '\0');
    in.read(magic.data(), 8);
    EXPECT_EQ(magic, "\x89PNG\r\n\x1A\n");
}

TEST(Cli, TypesetRefusesWhatItCannotSet) {
    EXPECT_EQ(runProcess(kBanmian, {"typeset", kSeed}).exitCode, 2);  // no width
    EXPECT_EQ(runProcess(kBanmian, {"typeset", kSeed, "--width", "wide"}).exitCode, 2);
    EXPECT_EQ(
            runProcess(kBanmian, {"typeset", kSeed, "--width", "13em", "--font", "comic"}).exitCode,
            2);
    const ProcessOutput missing =
            runProcess(kBanmian, {"typeset", "/nonexistent.txt", "--width", "13em"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(lineCount(missing.err), 1u);
}

// The print-ready PDF, checked with the tools a production desk and a plant use. The seed's page
// has empty photo frames, which the plant must not get unasked: refused, then forced.
TEST(Cli, ExportWritesAPrintReadyPdfOfTheSeedPage) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string pdf = (dir / "banmian-cli-seed.pdf").string();
    const std::string again = (dir / "banmian-cli-seed-again.pdf").string();
    std::filesystem::remove(pdf);
    const ProcessOutput refused = runProcess(kBanmian, {"export", kSeed, "-o", pdf});
    EXPECT_EQ(refused.exitCode, 1) << refused.err;
    // Which stories keep a frame is the composer's choice; the lead keeps one for the page's
    // picture.
    EXPECT_NE(refused.err.find("error: story [0] (喜报！徐汇区代表队斩获团体铜奖): a photo frame "
                               "with no photo yet: it would print as a marked box; choose its "
                               "photo, or take the frame off the page\n"),
              std::string::npos)
            << refused.err;
    EXPECT_FALSE(std::filesystem::exists(pdf));
    // The slug line names the time of export; a fixed time makes two exports comparable.
    const std::vector<std::string> fixedTime = {"SOURCE_DATE_EPOCH=1700000000", "TZ=UTC"};
    const ProcessOutput run =
            runProcess(kBanmian, {"export", kSeed, "-o", pdf, "--force"}, {}, fixedTime);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("warning: exporting anyway (--force)"), std::string::npos) << run.err;
    ASSERT_EQ(
            runProcess(kBanmian, {"export", kSeed, "-o", again, "--force"}, {}, fixedTime).exitCode,
            0);

    const ProcessOutput check = runProcess("/usr/bin/qpdf", {"--check", pdf});
    EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
    EXPECT_NE(check.out.find("PDF Version: 1.3"), std::string::npos);
    EXPECT_EQ(pdfxFailures(pdf), "");

    // Every font embedded, subset, with ToUnicode: CID-keyed CFF (Noto) and TrueType (WenKai).
    const ProcessOutput fonts = runProcess("/usr/bin/pdffonts", {pdf});
    ASSERT_EQ(fonts.exitCode, 0);
    EXPECT_NE(
            fonts.out.find(
                    "NotoSerifCJKsc-Regular        CID Type 0C       Identity-H       yes yes yes"),
            std::string::npos)
            << fonts.out;
    EXPECT_NE(fonts.out.find("CID TrueType"), std::string::npos);
    EXPECT_EQ(fonts.out.find(" no "), std::string::npos) << fonts.out;

    // Search and copy give the article's text: no Kangxi radicals for 一 二 文 生 ….
    const ProcessOutput text = runProcess("/usr/bin/pdftotext", {"-enc", "UTF-8", pdf, "-"});
    EXPECT_NE(text.out.find("喜报！徐汇区代表队斩获团体铜奖"), std::string::npos);
    EXPECT_NE(text.out.find("上海市第一届职业技能大"), std::string::npos);
    EXPECT_NE(text.out.find("导出 2023-11-14 22:13"), std::string::npos) << "the slug line";
    for (const char* radical : {"⼀", "⼆", "⽂", "⽣", "⾏"})
        EXPECT_EQ(text.out.find(radical), std::string::npos);

    // Every paragraph of the seed, exactly, in the order the page's content gives it (-raw).
    const auto stripped = withoutSpaces;
    const std::string raw =
            stripped(runProcess("/usr/bin/pdftotext", {"-raw", "-enc", "UTF-8", pdf, "-"}).out);
    const auto stories =
            nlohmann::json::parse(runProcess(kBanmian, {"import", kSeed}).out)["stories"];
    std::size_t paragraphs = 0;
    for (const auto& story : stories) {
        std::size_t at = 0;
        for (const auto& paragraph : story["paragraphs"]) {
            const std::size_t found = raw.find(stripped(paragraph.get<std::string>()), at);
            EXPECT_NE(found, std::string::npos) << paragraph.get<std::string>().substr(0, 30);
            if (found != std::string::npos) at = found;
            ++paragraphs;
        }
    }
    EXPECT_EQ(paragraphs, 23u);

    const ProcessOutput boxes = runProcess("/usr/bin/pdfinfo", {"-box", pdf});
    auto box = [&](const std::string& name) {
        const std::size_t at = boxes.out.find(name + ":");
        std::istringstream line(
                at == std::string::npos ? "" : boxes.out.substr(at + name.size() + 1, 60));
        std::vector<double> numbers(4, -1);
        for (double& v : numbers) line >> v;
        return numbers;
    };
    // The trim (390 × 545 mm) 12 mm in from the media's edges, the bleed 3 mm outside it.
    EXPECT_EQ(box("TrimBox"), (std::vector<double>{34.02, 34.02, 1139.53, 1578.89})) << boxes.out;
    EXPECT_EQ(box("BleedBox"), (std::vector<double>{25.52, 25.52, 1148.03, 1587.39}));

    // CMYK only: no RGB anywhere in the uncompressed file.
    const std::string qdf = (dir / "banmian-cli-seed-qdf.pdf").string();
    ASSERT_EQ(runProcess("/usr/bin/qpdf", {"--qdf", "--object-streams=disable", pdf, qdf}).exitCode,
              0);
    std::ifstream in(qdf, std::ios::binary);
    const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(body.find("DeviceRGB"), std::string::npos);
    EXPECT_EQ(body.find(" rg\n"), std::string::npos);
    EXPECT_NE(body.find("0 0 0 1 k"), std::string::npos);  // black text: K only
    // The masthead in the house's red, a spot ink on a plate of its own with its process
    // look-alike for a RIP without it.
    std::ifstream unpacked(pdf, std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(unpacked)),
                           std::istreambuf_iterator<char>());
    EXPECT_NE(file.find("[/Separation /PANTONE#20485#20C /DeviceCMYK << /FunctionType 2 /Domain "
                        "[0 1] /C0 [0 0 0 0] /C1 [0 0.95 1 0] /N 1 >>]"),
              std::string::npos);
    EXPECT_NE(body.find("/GTS_PDFXVersion (PDF/X-1:2001)"), std::string::npos);
    EXPECT_NE(body.find("/OutputIntents"), std::string::npos);
    EXPECT_NE(body.find("/OutputConditionIdentifier (IFRA26)"), std::string::npos);
    EXPECT_NE(body.find("/Trapped /False"), std::string::npos);

    // Ink: without crop marks (registration colour is on every plate) everything but the
    // masthead's red is on K alone; inkcov counts the red by its process look-alike.
    const std::string bare = (dir / "banmian-cli-seed-bare.pdf").string();
    ASSERT_EQ(runProcess(kBanmian, {"export", kSeed, "-o", bare, "--no-marks", "--force"}).exitCode,
              0);
    EXPECT_EQ(pdfxFailures(bare), "");
    const ProcessOutput ink = runProcess("/usr/bin/gs", {"-q", "-o", "-", "-sDEVICE=inkcov", bare});
    std::istringstream coverage(ink.out);
    double c = -1, m = -1, y = -1, k = -1;
    coverage >> c >> m >> y >> k;
    EXPECT_EQ(c, 0.0) << ink.out;
    EXPECT_GT(m, 0.0);
    EXPECT_LT(m, 0.02);  // a masthead's worth
    EXPECT_GT(k, 0.1);
    // And as the plant's RIP separates it (tiffsep: one 8-bit plate per ink, 255 = no ink): the
    // cyan, magenta and yellow plates blank, the text on the black plate.
    const std::string plates = (dir / "banmian-cli-seed-plate.tif").string();
    ASSERT_EQ(runProcess("/usr/bin/gs", {"-q", "-r36", "-o", plates, "-sDEVICE=tiffsep", bare})
                      .exitCode,
              0);
    auto inkOn = [&](const std::string& ink) {
        const std::string path = (dir / ("banmian-cli-seed-plate(" + ink + ").tif")).string();
        const auto bytes = banmian::layout::readImageFile(path);
        if (!bytes) return -1.0;
        const auto plate = banmian::layout::decodeRasterImage(*bytes);
        if (!plate) return -1.0;
        double inked = 0;
        for (std::uint8_t v : plate.value().samples) inked += v < 250;
        return inked / static_cast<double>(plate.value().samples.size());
    };
    EXPECT_EQ(inkOn("Cyan"), 0.0);
    EXPECT_EQ(inkOn("Magenta"), 0.0);
    EXPECT_EQ(inkOn("Yellow"), 0.0);
    EXPECT_GT(inkOn("Black"), 0.01);
    // The masthead's red on its own plate, and only the masthead: the top of the page.
    EXPECT_GT(inkOn("PANTONE 485 C"), 0.001);
    const auto red = banmian::layout::readImageFile(
            (dir / "banmian-cli-seed-plate(PANTONE 485 C).tif").string());
    ASSERT_TRUE(red);
    const auto plate = banmian::layout::decodeRasterImage(*red);
    ASSERT_TRUE(plate.ok());
    int lowest = -1;
    for (int row = 0; row < plate.value().height; ++row) {
        for (int x = 0; x < plate.value().width; ++x) {
            if (plate.value().samples[static_cast<std::size_t>(row * plate.value().width + x)] <
                250)
                lowest = row;
        }
    }
    EXPECT_GT(lowest, 0);
    EXPECT_LT(lowest, plate.value().height / 8) << "red below the masthead";

    // The same page gives the same bytes.
    std::ifstream a(pdf, std::ios::binary), b(again, std::ios::binary);
    const std::string first((std::istreambuf_iterator<char>(a)), std::istreambuf_iterator<char>());
    const std::string second((std::istreambuf_iterator<char>(b)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(first == second) << "two exports of one page differ";
    // Both dates are the export's time with its zone, as SOURCE_DATE_EPOCH and TZ say.
    EXPECT_NE(first.find("/CreationDate (D:20231114221320Z) /ModDate (D:20231114221320Z)"),
              std::string::npos);
}

// A page of one story with a photo of `image` (a path) two columns by twelve lines, less its
// caption's: 600 × 400 pixels fill it at 178 ppi. The document's path.
std::string documentWithPhoto(const std::string& image) {
    const std::string name = std::filesystem::path(image).filename().string();
    return writePhotoPage(
            (std::filesystem::temp_directory_path() / ("banmian-cli-photo-" + name + ".banmian"))
                    .string(),
            image, {0, 2, 0, 40}, {0, 2, 10, 12}, "选手们在赛场上");
}

const std::string kImages = std::string(BANMIAN_SOURCE_DIR) + "/tests/data/images/";

// A page with a photo: a CMYK JPEG goes into the PDF as it is; an RGB one is separated to CMYK,
// and the command says so.
TEST(Cli, ExportPlacesCmykPhotosAndSeparatesRgbOnes) {
    const std::string pdf =
            (std::filesystem::temp_directory_path() / "banmian-cli-photo.pdf").string();
    const ProcessOutput cmyk = runProcess(
            kBanmian, {"export", documentWithPhoto(kImages + "photo-cmyk-600x400.jpg"), "-o", pdf});
    ASSERT_EQ(cmyk.exitCode, 0) << cmyk.err;
    const ProcessOutput list = runProcess("/usr/bin/pdfimages", {"-list", pdf});
    EXPECT_NE(list.out.find("600   400  cmyk    4   8  jpeg"), std::string::npos) << list.out;
    EXPECT_EQ(runProcess("/usr/bin/qpdf", {"--check", pdf}).exitCode, 0);
    EXPECT_EQ(pdfxFailures(pdf), "");
    const ProcessOutput gray = runProcess(
            kBanmian, {"export", documentWithPhoto(kImages + "photo-gray-600x400.jpg"), "-o", pdf});
    ASSERT_EQ(gray.exitCode, 0) << gray.err;
    EXPECT_NE(runProcess("/usr/bin/pdfimages", {"-list", pdf})
                      .out.find("600   400  gray    1   8  jpeg"),
              std::string::npos);
    EXPECT_EQ(pdfxFailures(pdf), "");

    const ProcessOutput rgb = runProcess(
            kBanmian, {"export", documentWithPhoto(kImages + "photo-rgb-600x400.jpg"), "-o", pdf});
    ASSERT_EQ(rgb.exitCode, 0) << rgb.err;
    EXPECT_NE(rgb.err.find("banmian export: note: story-0 (华泾镇举办主题活动): " + kImages +
                           "photo-rgb-600x400.jpg: RGB (no profile of its own: sRGB assumed) "
                           "separated to CMYK for Artifex CMYK SWOP Profile, relative "
                           "colorimetric with black-point compensation, total ink at most 240 %"),
              std::string::npos)
            << rgb.err;
    EXPECT_NE(runProcess("/usr/bin/pdfimages", {"-list", pdf})
                      .out.find("600   400  cmyk    4   8  image"),
              std::string::npos);
    EXPECT_EQ(pdfxFailures(pdf), "");
}

// PNG and TIFF: CMYK and gray go in as their samples, RGB separated to CMYK, Flate-compressed;
// a file cut short stops the export with the photo named.
TEST(Cli, ExportPlacesPngAndTiffAndRefusesTruncatedOnes) {
    const std::string pdf =
            (std::filesystem::temp_directory_path() / "banmian-cli-photo-flate.pdf").string();
    struct Placed {
        std::string image, listed;
        bool force = false;  // 4 pixels across a frame: far under what the plant takes
    };
    for (const Placed& p : {Placed{"cmyk-600x400.tif", "600   400  cmyk    4   8  image"},
                            Placed{"gray-4x2.png", "4     2  gray    1   8  image", true},
                            Placed{"rgb-2x2.png", "2     2  cmyk    4   8  image", true},
                            Placed{"rgb-3x2.tif", "3     2  cmyk    4   8  image", true}}) {
        SCOPED_TRACE(p.image);
        std::vector<std::string> args = {"export", documentWithPhoto(kImages + p.image), "-o", pdf};
        if (p.force) {
            const ProcessOutput refused = runProcess(kBanmian, args);
            EXPECT_EQ(refused.exitCode, 1);
            EXPECT_NE(refused.err.find(p.image + " prints at "), std::string::npos) << refused.err;
            args.push_back("--force");
        }
        const ProcessOutput run = runProcess(kBanmian, args);
        ASSERT_EQ(run.exitCode, 0) << run.err;
        const ProcessOutput list = runProcess("/usr/bin/pdfimages", {"-list", pdf});
        EXPECT_NE(list.out.find(p.listed), std::string::npos) << list.out;
        const ProcessOutput check = runProcess("/usr/bin/qpdf", {"--check", pdf});
        EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
        EXPECT_EQ(pdfxFailures(pdf), "");
    }
    struct Refused {
        std::string image, message;
    };
    for (const Refused& r :
         {Refused{"gray-truncated.png", "gray-truncated.png: the PNG file is cut short"}}) {
        SCOPED_TRACE(r.image);
        const ProcessOutput run =
                runProcess(kBanmian, {"export", documentWithPhoto(kImages + r.image), "-o", pdf});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_NE(run.err.find("story-0 (华泾镇举办主题活动): "), std::string::npos) << run.err;
        EXPECT_NE(run.err.find(r.message), std::string::npos) << run.err;
    }
}

// A page of one story with a proofreader's deletion and a half-width comma the automatic checks
// find; the document's path.
std::string documentWithMarks() {
    using namespace banmian::layout;
    Document d = oneStoryPage({0, 2, 0, 40}, "6月28日,华泾镇举办庆祝建党102周年主题活动。");
    const Story& story = d.stories[0];
    ProofMark mark;
    mark.id = "m1";
    mark.kind = MarkKind::Delete;
    const std::size_t at = story.paragraphs[0].find("庆祝");
    mark.range = {{story.id, StoryField::Body, 0, at}, {story.id, StoryField::Body, 0, at + 6}};
    mark.text = "庆祝";
    mark.author = "校对甲";
    mark.created = "2026-11-25T22:41:05";
    d.marks = {mark};
    const std::string path =
            (std::filesystem::temp_directory_path() / "banmian-cli-marks.banmian").string();
    EXPECT_FALSE(writeDocument(d, path));
    return path;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {(std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()};
}

// The proof PDF carries the marks and the hints as annotations; the print PDF of the same
// document never does.
TEST(Cli, ExportProofAnnotatesTheMarksAndThePrintFileHasNone) {
    const std::string document = documentWithMarks();
    const auto dir = std::filesystem::temp_directory_path();
    const std::string proof = (dir / "banmian-cli-proof.pdf").string();
    // One export time for both: the slug line names it to the minute, and a minute may turn
    // between the two exports.
    const std::vector<std::string> fixedTime = {"SOURCE_DATE_EPOCH=1700000000", "TZ=UTC"};
    const ProcessOutput run =
            runProcess(kBanmian, {"export", document, "-o", proof, "--proof"}, {}, fixedTime);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("proof with 2 annotations"), std::string::npos) << run.err;
    const ProcessOutput check = runProcess("/usr/bin/qpdf", {"--check", proof});
    EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
    const std::string bytes = readFile(proof);
    EXPECT_NE(bytes.find("/Annots"), std::string::npos);
    EXPECT_NE(bytes.find("/Subtype /StrikeOut"), std::string::npos);
    EXPECT_NE(bytes.find("/Contents " + banmian::layout::pdfUtf16String("删除“庆祝”")),
              std::string::npos);
    EXPECT_NE(bytes.find("/T " + banmian::layout::pdfUtf16String("校对甲")), std::string::npos);
    EXPECT_NE(bytes.find("/Subj " + banmian::layout::pdfUtf16String("提示")), std::string::npos)
            << "the automatic hint on the half-width comma";
    EXPECT_EQ(bytes.find("GTS_PDFX"), std::string::npos) << "a proof is no PDF/X";
    // The page itself is the print page: its text reads the same.
    const std::string print = (dir / "banmian-cli-proof-print.pdf").string();
    const ProcessOutput plain =
            runProcess(kBanmian, {"export", document, "-o", print}, {}, fixedTime);
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    const std::string printBytes = readFile(print);
    EXPECT_EQ(printBytes.find("/Annots"), std::string::npos) << "marks in the print file";
    EXPECT_NE(printBytes.find("/GTS_PDFXVersion"), std::string::npos);
    EXPECT_EQ(pdfxFailures(print), "");  // not the proof: its annotations make it no PDF/X
    // The page itself is the print page: every line of its text is the proof's too; the proof
    // adds the marks' notes, each beside its number, and the page that lists them.
    const std::string proofText =
            runProcess("/usr/bin/pdftotext", {"-enc", "UTF-8", proof, "-"}).out;
    std::istringstream printText(
            runProcess("/usr/bin/pdftotext", {"-enc", "UTF-8", print, "-"}).out);
    for (std::string line; std::getline(printText, line);) {
        if (line.empty() || line.starts_with("\f") || line.starts_with("导出")) continue;
        EXPECT_NE(proofText.find(line), std::string::npos) << line;
    }
    EXPECT_NE(proofText.find("①删"), std::string::npos) << proofText;
    EXPECT_NE(proofText.find("② 提示：中文里用了半角标"), std::string::npos) << proofText;
    EXPECT_NE(proofText.find("校样批注清单"), std::string::npos) << proofText;
    EXPECT_NE(proofText.find("1.【删除】"), std::string::npos) << proofText;
}

// In 二校 the proof shows what changed since 一校's proof, for the red to be checked: a blue
// line under the changed characters and their count with the list of marks.
TEST(Cli, AProofOfTheSecondRoundShowsWhatChangedSinceTheFirst) {
    using namespace banmian::layout;
    auto read = readDocument(documentWithMarks());
    ASSERT_TRUE(read);
    Document d = std::move(read).value();
    keepManuscripts(d);
    ASSERT_FALSE(openNextRound(d, "编辑", "2026-12-05T22:00:00+08:00", false));
    std::string& paragraph = d.stories[0].paragraphs[0];
    paragraph.replace(paragraph.find("华泾镇"), std::string("华泾镇").size(), "徐汇区华泾镇");
    const auto dir = std::filesystem::temp_directory_path();
    const std::string page = (dir / "banmian-cli-second-round.banmian").string();
    ASSERT_FALSE(writeDocument(d, page));
    const std::string proof = (dir / "banmian-cli-second-round.pdf").string();
    const ProcessOutput run = runProcess(kBanmian, {"export", page, "-o", proof, "--proof"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string text = runProcess("/usr/bin/pdftotext", {"-enc", "UTF-8", proof, "-"}).out;
    EXPECT_NE(text.find("二校 校样批注清单"), std::string::npos) << text;
    EXPECT_NE(text.find("蓝线：上一校次以来改动 1 处"), std::string::npos) << text;
    // The line, in the change's blue (C100 M35), under the page's text.
    const std::string content =
            runProcess("/usr/bin/qpdf", {"--qdf", "--object-streams=disable", proof, "-"}).out;
    EXPECT_NE(content.find("1 0.35 0 0 K"), std::string::npos);
}

// The newsroom's list beside the page is the proof's as it is the window's: its known mistakes
// are hints on the proof; a list that is not one writes no proof.
TEST(Cli, ExportProofLooksForTheNewsroomsKnownMistakes) {
    const auto folder = std::filesystem::temp_directory_path() / "banmian-cli-proof-list";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const std::string article = (folder / "day.txt").string();
    std::filesystem::copy_file(BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt", article);
    const std::string proof = (folder / "proof.pdf").string();
    const ProcessOutput without = runProcess(kBanmian, {"export", article, "-o", proof, "--proof"});
    ASSERT_EQ(without.exitCode, 0) << without.err;
    EXPECT_NE(without.err.find("proof with 5 annotations"), std::string::npos) << without.err;

    std::ofstream(folder / "known-mistakes.txt", std::ios::binary) << "徐江→徐汇\n";
    const ProcessOutput with = runProcess(kBanmian, {"export", article, "-o", proof, "--proof"});
    ASSERT_EQ(with.exitCode, 0) << with.err;
    EXPECT_NE(with.err.find("proof with 6 annotations"), std::string::npos) << with.err;

    std::ofstream(folder / "known-mistakes.txt", std::ios::binary) << "徐江\n";
    std::filesystem::remove(proof);
    const ProcessOutput bad = runProcess(kBanmian, {"export", article, "-o", proof, "--proof"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("known-mistakes.txt:1:"), std::string::npos) << bad.err;
    EXPECT_FALSE(std::filesystem::exists(proof));
    // The print file has no hints: the list is not read for it.
    const std::string print = (folder / "print.pdf").string();
    EXPECT_EQ(runProcess(kBanmian, {"export", article, "-o", print, "--force"}).exitCode, 0);
    std::filesystem::remove_all(folder);
}

// A proof goes to the desk, not the plant: a photo still missing is a note on the proof's way
// out, where the print PDF is refused for it.
TEST(Cli, AProofIsMadeWhereThePrintFileIsRefused) {
    using namespace banmian::layout;
    auto document = readDocument(documentWithMarks());
    ASSERT_TRUE(document.ok());
    Document d = std::move(document).value();
    const auto dir = std::filesystem::temp_directory_path();
    d.page.blocks[0].photos = {
            {{0, 2, 20, 10}, (dir / "banmian-cli-moved.jpg").string(), "图片说明", {}}};
    const std::string path = (dir / "banmian-cli-photo-gone.banmian").string();
    ASSERT_FALSE(writeDocument(d, path));
    const std::string pdf = (dir / "banmian-cli-photo-gone.pdf").string();
    std::filesystem::remove(pdf);

    const ProcessOutput print = runProcess(kBanmian, {"export", path, "-o", pdf});
    EXPECT_EQ(print.exitCode, 1) << print.err;
    EXPECT_NE(print.err.find("banmian-cli-moved.jpg cannot be read"), std::string::npos)
            << print.err;
    EXPECT_FALSE(std::filesystem::exists(pdf));

    const ProcessOutput proof = runProcess(kBanmian, {"export", path, "-o", pdf, "--proof"});
    ASSERT_EQ(proof.exitCode, 0) << proof.err;
    EXPECT_NE(proof.err.find("warning: story-0 (华泾镇举办主题活动): the photo"), std::string::npos)
            << proof.err;
    EXPECT_NE(readFile(pdf).find("/Subtype /StrikeOut"), std::string::npos);
}

// A character no installed face has (U+10FFFD, UTF-8 F4 8F BF BD) would print as a box: the print
// PDF is refused with its place — block, story headline, paragraph — and code point, as overset
// is; --force writes it, .notdef box and all, with a warning; a proof is made with a note.
TEST(Cli, ExportRefusesACharacterNoFontHasSayingWhereItIs) {
    const std::string articles = writeTempFile("missing-glyph.txt",
                                               "集中销毁八百余公斤\n\n□记者 解景昇\n\n"
                                               "　　6月26日，全市禁毒宣传活动在徐汇举行。\n\n"
                                               "　　现场集中销毁毒品八百余公斤。\n\n"
                                               "　　这一段里有一个字\xF4\x8F\xBF\xBD没有字体。\n");
    const std::string pdf =
            (std::filesystem::temp_directory_path() / "banmian-cli-missing-glyph.pdf").string();
    std::filesystem::remove(pdf);
    const std::string said =
            "story [0] (集中销毁八百余公斤): paragraph 3: U+10FFFD (“\xF4\x8F\xBF\xBD”) has no "
            "glyph in any installed font: it would print as a box\n";

    const ProcessOutput refused = runProcess(kBanmian, {"export", articles, "-o", pdf});
    EXPECT_EQ(refused.exitCode, 1) << refused.err;
    EXPECT_NE(refused.err.find("banmian export: error: " + said), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("not exported"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(pdf));

    const ProcessOutput forced = runProcess(kBanmian, {"export", articles, "-o", pdf, "--force"});
    ASSERT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_NE(forced.err.find("banmian export: warning: " + said), std::string::npos) << forced.err;
    EXPECT_NE(forced.err.find("warning: exporting anyway (--force)"), std::string::npos);
    ASSERT_TRUE(std::filesystem::exists(pdf));
    EXPECT_EQ(runProcess("/usr/bin/qpdf", {"--check", pdf}).exitCode, 0);
    EXPECT_EQ(pdfxFailures(pdf), "");  // the box prints; the file is still one the plant takes
    // The box is there, and the character behind it for search and copy.
    EXPECT_NE(runProcess("/usr/bin/pdftotext", {"-enc", "UTF-8", pdf, "-"})
                      .out.find("字\xF4\x8F\xBF\xBD没"),
              std::string::npos);

    const ProcessOutput proof = runProcess(kBanmian, {"export", articles, "-o", pdf, "--proof"});
    ASSERT_EQ(proof.exitCode, 0) << proof.err;
    EXPECT_NE(proof.err.find("banmian export: warning: " + said), std::string::npos) << proof.err;
}

// The text of `pdf` as pdftotext reads it in content order is the seed's body, whole and in
// order (Poppler gives a vertical line a character a line: without line ends it is the text).
void expectTheSeedsBodyIn(const std::string& pdf) {
    std::string text = runProcess("/usr/bin/pdftotext", {"-raw", "-enc", "UTF-8", pdf, "-"}).out;
    std::string expected;
    const auto imported = nlohmann::json::parse(runProcess(kBanmian, {"import", kSeed}).out);
    for (const auto& story : imported["stories"]) {
        for (const auto& paragraph : story["paragraphs"]) expected += paragraph.get<std::string>();
    }
    const std::string got = withoutSpaces(text), want = withoutSpaces(expected);
    std::size_t same = 0;
    while (same < got.size() && same < want.size() && got[same] == want[same]) ++same;
    EXPECT_EQ(same, want.size()) << "differs after: " << want.substr(same > 30 ? same - 30 : 0, 60)
                                 << "\ngot: " << got.substr(same > 30 ? same - 30 : 0, 60);
    EXPECT_EQ(got.size(), want.size());
}

TEST(Cli, TypesetWritesTheGalleyAsAPdfThatReadsBackExactly) {
    const std::string pdf =
            (std::filesystem::temp_directory_path() / "banmian-cli-galley.pdf").string();
    const ProcessOutput run =
            runProcess(kBanmian, {"typeset", kSeed, "--width", "13em", "-o", pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(runProcess("/usr/bin/qpdf", {"--check", pdf}).exitCode, 0);
    EXPECT_EQ(pdfxFailures(pdf), "");
    expectTheSeedsBodyIn(pdf);
}

// A vertical galley (竖排): its JSON says so and measures each line down the column; its PDF
// keeps the upright text as text behind Identity-V, which reads back in order, whole.
TEST(Cli, TypesetSetsTheSeedVerticallyAndItsPdfReadsBackInOrder) {
    const ProcessOutput json =
            runProcess(kBanmian, {"typeset", kSeed, "--vertical", "--width", "24em", "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto galley = nlohmann::json::parse(json.out);
    EXPECT_EQ(galley["vertical"], true);
    EXPECT_EQ(galley["width"], 216.0);            // the column's length, 24 em of 9 pt
    EXPECT_EQ(galley["lines"][0]["left"], 18.0);  // the indent, at the column's head
    EXPECT_EQ(galley["lines"][0]["right"], 216.0);
    EXPECT_EQ(galley["quality"]["breaches"], 0);

    const std::string pdf =
            (std::filesystem::temp_directory_path() / "banmian-cli-vertical-galley.pdf").string();
    const ProcessOutput run =
            runProcess(kBanmian, {"typeset", kSeed, "--vertical", "--width", "24em", "-o", pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(runProcess("/usr/bin/qpdf", {"--check", pdf}).exitCode, 0);
    EXPECT_EQ(pdfxFailures(pdf), "");
    const std::string fonts = runProcess("/usr/bin/pdffonts", {pdf}).out;
    EXPECT_NE(fonts.find("Identity-V"), std::string::npos) << fonts;
    expectTheSeedsBodyIn(pdf);
}

// The galley is dated by the export clock too: SOURCE_DATE_EPOCH fixes its dates (in the zone TZ
// names), and two galleys of one text at one time are the same bytes.
TEST(Cli, TypesetDatesTheGalleyByTheExportClock) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string first = (dir / "banmian-cli-galley-dated.pdf").string();
    const std::string second = (dir / "banmian-cli-galley-dated-again.pdf").string();
    const std::vector<std::string> fixedTime = {"SOURCE_DATE_EPOCH=1782000000", "TZ=CST-8"};
    for (const std::string& pdf : {first, second}) {
        const ProcessOutput run = runProcess(
                kBanmian, {"typeset", kSeed, "--width", "13em", "-o", pdf}, {}, fixedTime);
        ASSERT_EQ(run.exitCode, 0) << run.err;
    }
    const std::string bytes = readFile(first);
    EXPECT_NE(bytes.find("/CreationDate (D:20260621080000+08'00') "
                         "/ModDate (D:20260621080000+08'00')"),
              std::string::npos);
    EXPECT_TRUE(bytes == readFile(second)) << "two galleys of one text at one time differ";
}

// A tabloid page (四开) and a page with the plant's own CMYK profile embedded, as PDF/X-1a print
// files; the profile is Ghostscript's CMYK one (libgs-common), standing in for the plant's.
TEST(Cli, ExportsATabloidPageAndThePlantsProfileAsPdfX1a) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string page = (dir / "banmian-cli-tabloid.banmian").string();
    const std::string tabloid = (dir / "banmian-cli-tabloid.pdf").string();
    const ProcessOutput composed =
            runProcess(kBanmian, {"compose", kSeed, "--page", "tabloid", "-o", page, "--force"});
    ASSERT_EQ(composed.exitCode, 0) << composed.err;
    const ProcessOutput exported = runProcess(kBanmian, {"export", page, "-o", tabloid, "--force"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(pdfxFailures(tabloid), "");

    const std::string profile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";
    ASSERT_TRUE(std::filesystem::exists(profile)) << "ghostscript (libgs-common) is needed";
    const std::string pdf = (dir / "banmian-cli-plant-profile.pdf").string();
    const ProcessOutput run =
            runProcess(kBanmian, {"export", kSeed, "-o", pdf, "--icc", profile, "--force"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    // The condition is the profile's own: no registered characterization, so Custom, in the
    // profile's words.
    const std::string bytes = readFile(pdf);
    EXPECT_NE(bytes.find("/OutputConditionIdentifier (Custom) /OutputCondition (Artifex CMYK "
                         "SWOP Profile) /Info (Artifex CMYK SWOP Profile) /DestOutputProfile"),
              std::string::npos);
    EXPECT_EQ(bytes.find("IFRA26"), std::string::npos);
    EXPECT_NE(run.err.find("PDF/X-1a:2001 for Custom: Artifex CMYK SWOP Profile"),
              std::string::npos)
            << run.err;
    EXPECT_EQ(pdfxFailures(pdf), "");

    // A version 4 profile has no place in a PDF 1.3 file: refused, nothing written.
    std::filesystem::remove(pdf);
    const ProcessOutput v4 =
            runProcess(kBanmian, {"export", kSeed, "-o", pdf, "--icc",
                                  "/usr/share/color/icc/ghostscript/ps_cmyk.icc", "--force"});
    EXPECT_EQ(v4.exitCode, 1);
    EXPECT_NE(v4.err.find("is an ICC version 4 profile; a PDF/X-1a:2001 file (PDF 1.3) carries "
                          "version 2 profiles only"),
              std::string::npos)
            << v4.err;
    EXPECT_FALSE(std::filesystem::exists(pdf));
    std::filesystem::remove(page);
}

TEST(Cli, ExportRefusesAProfileThatIsNotCmyk) {
    const std::string pdf =
            (std::filesystem::temp_directory_path() / "banmian-cli-icc.pdf").string();
    const std::string notIcc = writeTempFile("not.icc", std::string(200, 'x'));
    // Forced past the seed's empty photo frames, to reach the profile.
    const ProcessOutput run =
            runProcess(kBanmian, {"export", kSeed, "-o", pdf, "--icc", notIcc, "--force"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("the file is not an ICC colour profile"), std::string::npos) << run.err;
}

TEST(Cli, WithoutADisplaySaysSoAndShowsTheSeedPage) {
    const ProcessOutput run =
            runProcess(kBanmian, {}, {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.err.find("no display"), std::string::npos) << run.err;
    EXPECT_NE(run.out.find("喜报！徐汇区代表队斩获团体铜奖"), std::string::npos) << run.out;
    // …and composes the seed's front page, saying where it put it.
    EXPECT_NE(run.err.find("wrote "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("seed-front-page.banmian"), std::string::npos);
    EXPECT_NE(run.err.find("0 lines overset"), std::string::npos);
    // Its PDF too, with what that let through said plainly: the frames have no photos yet.
    EXPECT_NE(run.err.find("photo frames are empty: its PDF is written as with --force, the "
                           "frames as marked placeholders; choose the photos before the page goes "
                           "to the plant\n"),
              std::string::npos)
            << run.err;
    EXPECT_NE(run.err.find("seed-front-page.pdf"), std::string::npos);
    EXPECT_EQ(pdfxFailures(
                      (std::filesystem::temp_directory_path() / "banmian" / "seed-front-page.pdf")
                              .string()),
              "");
}

TEST(Cli, ComposeSavesAFrontPageThatInfoReads) {
    // Names of this process's own: compose does not replace a page that is there (another run
    // of the suite may have left one), and removing it first would race with that run.
    const auto dir = std::filesystem::temp_directory_path();
    const std::string name = "banmian-cli-page-" + std::to_string(::getpid());
    const std::string page = (dir / (name + ".banmian")).string();
    const std::string png = (dir / (name + ".png")).string();
    std::filesystem::remove(page);
    const ProcessOutput compose =
            runProcess(kBanmian, {"compose", kSeed, "-o", page, "--png", png});
    ASSERT_EQ(compose.exitCode, 0) << compose.err;
    EXPECT_TRUE(std::filesystem::exists(png));

    const ProcessOutput info = runProcess(kBanmian, {"info", page});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    const auto json = nlohmann::json::parse(info.out);
    EXPECT_EQ(json["page"]["grid"]["columns"], 8);
    EXPECT_EQ(json["page"]["grid"]["charactersPerColumn"], 13);
    EXPECT_EQ(json["page"]["typeArea"]["characters"], 111);
    std::size_t stories = 0;
    for (const auto& block : json["blocks"]) {
        if (!block.contains("story")) continue;
        ++stories;
        EXPECT_EQ(block["overset"]["lines"], 0) << block["id"];
        EXPECT_GE(block["width"]["characters"], 27);  // two basic columns at least: 27 characters
        EXPECT_GT(block["depth"]["lines"], 5);
        EXPECT_FALSE(block["frames"].empty());
    }
    EXPECT_EQ(stories, 6u);  // five articles and the sidebar

    // A document cut short by a full disk: one line saying so, exit 1.
    std::ifstream in(page, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string cut = writeTempFile("cut.banmian", bytes.substr(0, bytes.size() / 3));
    const ProcessOutput truncated = runProcess(kBanmian, {"info", cut});
    EXPECT_EQ(truncated.exitCode, 1);
    EXPECT_EQ(lineCount(truncated.err), 1u) << truncated.err;
    EXPECT_NE(truncated.err.find("truncated"), std::string::npos);
    EXPECT_EQ(runProcess(kBanmian, {"compose", kSeed}).exitCode, 2);  // no -o
    std::filesystem::remove(page);
    std::filesystem::remove(png);
}

// `banmian hints`: one line a hint, in English with the Chinese text around it, and the count;
// 3.5, 10:30 and 常常 are not faults.
TEST(Cli, HintsListsTheAutomaticProofHintsOfAnArticleFile) {
    const std::string article =
            writeTempFile("hints.txt",
                          "测试标题\n\n"
                          "□记者 张三\n\n"
                          "他说:\"今天天气很好.\"大家都同意。\n\n"
                          "我们的的目标是“建设新城。\n\n"
                          "使用ＡＩ技术，增长3.5%，会议10:30开始，常常如此。\n");
    const ProcessOutput run = runProcess(kBanmian, {"hints", article});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out,
              "story [0] «测试标题» body ¶1: halfwidth-punctuation: \":\" → \"：\" in "
              "他说:\"今天天气很好.…\n"
              "story [0] «测试标题» body ¶1: halfwidth-punctuation: \"\"\" → \"“\" in "
              "他说:\"今天天气很好.\"…\n"
              "story [0] «测试标题» body ¶1: halfwidth-punctuation: \".\" → \"。\" in "
              "…:\"今天天气很好.\"大家都同意。\n"
              "story [0] «测试标题» body ¶1: halfwidth-punctuation: \"\"\" → \"”\" in "
              "…\"今天天气很好.\"大家都同意。\n"
              "story [0] «测试标题» body ¶2: doubled-character: \"的的\" → \"的\" in "
              "我们的的目标是“建设新城…\n"
              "story [0] «测试标题» body ¶2: unbalanced-bracket: \"“\" (no partner) in "
              "我们的的目标是“建设新城。\n"
              "story [0] «测试标题» body ¶3: latin-width: \"ＡＩ\" → \"AI\" in "
              "使用ＡＩ技术，增长3.5…\n"
              "7 hints (doubled-character 1, halfwidth-punctuation 4, latin-width 1, "
              "unbalanced-bracket 1)\n");
    EXPECT_TRUE(run.err.empty()) << run.err;

    const std::string clean = writeTempFile("hints-clean.txt", "标题\n\n正文没有问题。\n");
    EXPECT_EQ(runProcess(kBanmian, {"hints", clean}).out, "no hints\n");
    const ProcessOutput missing = runProcess(kBanmian, {"hints", "/nonexistent/day.txt"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(lineCount(missing.err), 1u) << missing.err;
    EXPECT_EQ(runProcess(kBanmian, {"hints"}).exitCode, 2);
    EXPECT_NE(runProcess(kBanmian, {"--help"}).out.find("banmian hints FILE"), std::string::npos);
}

// A newsroom's list of known mistakes: given with --list, or found beside the file as
// known-mistakes.txt; a list that is not one stops the command and names its line.
TEST(Cli, HintsFindTheNewsroomsKnownMistakes) {
    const auto folder = std::filesystem::temp_directory_path() / "banmian-cli-newsroom";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const std::string article = (folder / "day.txt").string();
    std::ofstream(article, std::ios::binary) << "徐江新闻\n\n截止目前，徐江区已建成12座驿站。\n";
    const ProcessOutput shipped = runProcess(kBanmian, {"hints", article});
    ASSERT_EQ(shipped.exitCode, 0) << shipped.err;
    EXPECT_EQ(shipped.out,
              "story [0] «徐江新闻» body ¶1: known-mistake: \"截止目前\" → \"截至目前\" in "
              "截止目前，徐江区已建成1…\n"
              "1 hint (known-mistake 1)\n");

    const std::string list = (folder / "本报.txt").string();
    std::ofstream(list, std::ios::binary) << "# 本报易错词\n徐江→徐汇\n";
    const ProcessOutput listed = runProcess(kBanmian, {"hints", article, "--list", list});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("headline: known-mistake: \"徐江\" → \"徐汇\""), std::string::npos)
            << listed.out;
    EXPECT_NE(listed.out.find("3 hints (known-mistake 3) — with the newsroom's list " + list +
                              " (1 known mistake)\n"),
              std::string::npos)
            << listed.out;

    std::filesystem::copy_file(list, folder / "known-mistakes.txt");
    EXPECT_NE(runProcess(kBanmian, {"hints", article}).out.find("3 hints"), std::string::npos);

    std::ofstream(list, std::ios::binary) << "徐江→徐汇\n徐江 徐汇\n";
    const ProcessOutput bad = runProcess(kBanmian, {"hints", article, "--list", list});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.out, "");
    EXPECT_NE(bad.err.find(list + ":2: “徐江 徐汇” is not a known mistake"), std::string::npos)
            << bad.err;
    EXPECT_EQ(runProcess(kBanmian, {"hints", article, "--list"}).exitCode, 2);
    std::filesystem::remove_all(folder);
}

}  // namespace

// A page document is exported as it is: one whose blocks were all taken off is not composed
// automatically behind the designer's back (only articles given to export are, as asked).
TEST(Cli, ExportsAnEmptiedPageAsItIs) {
    using namespace banmian::layout;
    Document d;
    Story story;
    story.headline = "华泾镇举办主题活动";
    story.paragraphs = {"6月28日，华泾镇举办庆祝建党102周年主题活动。"};
    d.stories = {story};
    d.page.grid = pageGrid(PagePreset::Broadsheet);
    d.page.masthead = {"徐汇报", "2026年12月4日 星期五", "", ""};
    const auto dir = std::filesystem::temp_directory_path();
    const std::string page = (dir / "banmian-cli-emptied.banmian").string();
    const std::string pdf = (dir / "banmian-cli-emptied.pdf").string();
    ASSERT_FALSE(writeDocument(d, page));

    const ProcessOutput exported = runProcess(kBanmian, {"export", page, "-o", pdf});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const std::string text = runProcess("/usr/bin/pdftotext", {"-enc", "UTF-8", pdf, "-"}).out;
    EXPECT_EQ(text.find("华泾镇"), std::string::npos) << text;
    EXPECT_EQ(pdfxFailures(pdf), "");
    const auto again = readDocument(page);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().page.blocks.empty());
    std::filesystem::remove(page);
    std::filesystem::remove(pdf);
}

// `banmian compose` dates the page tomorrow (a paper is made the day before it comes out), and a
// --date that is a date is kept as one, printed with its weekday; words stay words.
TEST(Cli, ComposeDatesThePageTomorrowOrAsAsked) {
    const auto dir = std::filesystem::temp_directory_path();
    const std::string page =
            (dir / ("banmian-cli-dated-" + std::to_string(::getpid()) + ".banmian")).string();
    auto composed = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = {"compose", kSeed, "-o", page, "--force"};
        args.insert(args.end(), extra.begin(), extra.end());
        const ProcessOutput run = runProcess(kBanmian, args);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return banmian::layout::readDocument(page).value().page.masthead;
    };
    EXPECT_EQ(composed({}).publication, banmian::layout::tomorrow());
    const auto dated = composed({"--date", "2027年1月1日"});
    EXPECT_EQ(dated.publication, (banmian::layout::CalendarDate{2027, 1, 1}));
    EXPECT_EQ(banmian::layout::documentToJson(banmian::layout::readDocument(page).value())
                              .find("2027年1月1日 星期五") != std::string::npos,
              true);
    const auto words = composed({"--date", "元旦特刊"});
    EXPECT_FALSE(words.publication);
    EXPECT_EQ(words.date, "元旦特刊");
    std::filesystem::remove(page);
}

namespace {

const std::string kTaiwanText =
        std::string(BANMIAN_SOURCE_DIR) + "/tests/data/import/taiwan-news.txt";
const std::string kHongKongText =
        std::string(BANMIAN_SOURCE_DIR) + "/tests/data/import/hongkong-news.txt";

// Traditional text from the command line: the import says its language, the galley is set in the
// TC (or HK) faces by default or as --lang asks, and the PDF embeds those faces.
TEST(Cli, TypesetSetsTraditionalTextInTheFacesOfItsLanguage) {
    const ProcessOutput imported = runProcess(kBanmian, {"import", kTaiwanText});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const auto stories = nlohmann::json::parse(imported.out)["stories"];
    EXPECT_EQ(stories.at(0)["lang"], "zh-Hant-TW");
    EXPECT_EQ(stories.at(0)["bylines"][0]["role"], "記者");
    EXPECT_EQ(nlohmann::json::parse(
                      runProcess(kBanmian, {"import", kHongKongText}).out)["stories"][0]["lang"],
              "zh-Hant-HK");

    const ProcessOutput detected =
            runProcess(kBanmian, {"typeset", kHongKongText, "--width", "13em", "--json"});
    ASSERT_EQ(detected.exitCode, 0) << detected.err;
    EXPECT_EQ(nlohmann::json::parse(detected.out)["lang"], "zh-Hant-HK");

    const std::string pdf =
            (std::filesystem::temp_directory_path() / "banmian-cli-taiwan.pdf").string();
    const ProcessOutput run = runProcess(kBanmian, {"typeset", kTaiwanText, "--width", "13em",
                                                    "--lang", "zh-Hant-TW", "-o", pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const ProcessOutput fonts = runProcess("/usr/bin/pdffonts", {pdf});
    ASSERT_EQ(fonts.exitCode, 0);
    EXPECT_NE(fonts.out.find("NotoSerifCJKtc-Regular"), std::string::npos) << fonts.out;
    EXPECT_EQ(fonts.out.find("NotoSerifCJKsc"), std::string::npos) << fonts.out;

    // The same text asked for as mainland text: the SC face.
    const ProcessOutput asHans = runProcess(
            kBanmian, {"typeset", kTaiwanText, "--width", "13em", "--lang", "zh-Hans", "-o", pdf});
    ASSERT_EQ(asHans.exitCode, 0) << asHans.err;
    EXPECT_NE(runProcess("/usr/bin/pdffonts", {pdf}).out.find("NotoSerifCJKsc-Regular"),
              std::string::npos);
    std::filesystem::remove(pdf);

    const ProcessOutput wrong =
            runProcess(kBanmian, {"typeset", kTaiwanText, "--width", "13em", "--lang", "zh-TWN"});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_NE(wrong.err.find("--lang zh-TWN is not a language"), std::string::npos) << wrong.err;
}

}  // namespace
