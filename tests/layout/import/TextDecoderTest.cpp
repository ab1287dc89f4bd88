#include "layout/import/TextDecoder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace banmian::layout {
namespace {

std::string readTestFile(const std::string& name) {
    std::ifstream in(std::string(BANMIAN_TEST_DATA_DIR) + "/import/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const std::string kUtf8Story = readTestFile("utf8-fullwidth-indent.txt");

std::string withCrlf(std::string text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

TEST(TextDecoder, ReadsUtf8AsItIs) {
    auto decoded = decodeText(kUtf8Story);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().encoding, "UTF-8");
    EXPECT_EQ(decoded.value().utf8, kUtf8Story);
}

TEST(TextDecoder, DropsTheUtf8ByteOrderMark) {
    auto decoded = decodeText("\xEF\xBB\xBF" + kUtf8Story);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().encoding, "UTF-8 (BOM)");
    EXPECT_EQ(decoded.value().utf8, kUtf8Story);
}

TEST(TextDecoder, ReadsGb18030) {
    auto decoded = decodeText(readTestFile("gb18030-crlf.txt"));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(decoded.value().encoding, "GB18030");
    EXPECT_EQ(decoded.value().utf8, withCrlf(kUtf8Story));
}

TEST(TextDecoder, ReadsUtf16WithEitherByteOrderMark) {
    auto little = decodeText(readTestFile("utf16le-bom-crlf.txt"));
    ASSERT_TRUE(little.ok()) << little.error().message;
    EXPECT_EQ(little.value().encoding, "UTF-16LE");
    EXPECT_EQ(little.value().utf8, withCrlf(kUtf8Story));

    auto big = decodeText(readTestFile("utf16be-bom.txt"));
    ASSERT_TRUE(big.ok()) << big.error().message;
    EXPECT_EQ(big.value().encoding, "UTF-16BE");
    EXPECT_EQ(big.value().utf8, kUtf8Story);
}

TEST(TextDecoder, ReadsUtf16WithoutAByteOrderMarkAndSaysSo) {
    const std::string bytes("H\0e\0a\0d\0l\0i\0n\0e\0\n\0", 18);
    auto decoded = decodeText(bytes);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().utf8, "Headline\n");
    ASSERT_EQ(decoded.value().warnings.size(), 1u);
    EXPECT_NE(decoded.value().warnings[0].message.find("no byte-order mark"), std::string::npos);
}

TEST(TextDecoder, RejectsAnEmptyFile) {
    auto decoded = decodeText("");
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("empty"), std::string::npos);
}

TEST(TextDecoder, RejectsABinaryFileWithWhereAndWhat) {
    // The start of a PNG file.
    const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20);
    auto decoded = decodeText(png);
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("binary file"), std::string::npos);
    EXPECT_NE(decoded.error().message.find("offset 8"), std::string::npos);
}

TEST(TextDecoder, RejectsControlCharacterSoupEvenWithoutZeroBytes) {
    std::string bytes;
    for (int i = 0; i < 200; ++i) bytes += static_cast<char>(1 + i % 8);
    auto decoded = decodeText(bytes);
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("binary"), std::string::npos);
}

TEST(TextDecoder, NamesTheLineOfBytesThatAreNoEncodingItReads) {
    // 0x80 alone is neither UTF-8 nor a GB18030 lead byte followed by a valid trail.
    auto decoded = decodeText("第一行\n第二行\n\x80\xFF\n");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().line, 3);
    EXPECT_NE(decoded.error().message.find("save the file as UTF-8"), std::string::npos);
}

TEST(TextDecoder, RejectsUtf16CutInTheMiddleOfACharacter) {
    auto decoded = decodeText(std::string("\xFF\xFE\x2D\x4E\x87", 5));
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("cut short"), std::string::npos);
}

TEST(TextDecoder, RejectsUtf32) {
    auto decoded = decodeText(std::string("\xFF\xFE\0\0\x2D\x4E\0\0", 8));
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("UTF-32"), std::string::npos);
}

}  // namespace
}  // namespace banmian::layout
