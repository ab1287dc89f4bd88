#include "fonts/StandaloneFace.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "fonts/FontRegistry.h"

namespace banmian::fonts {
namespace {

// Big-endian bytes, for a collection made by hand.
void put32(std::string& s, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xFF);
}
void put16(std::string& s, std::uint16_t v) {
    s += static_cast<char>(v >> 8);
    s += static_cast<char>(v & 0xFF);
}

// A collection of two faces, each with one 'glyf' table of its own at `glyfA` and `glyfB`.
std::string collection(std::uint32_t glyfA, std::uint32_t glyfB) {
    std::string s = "ttcf";
    put32(s, 0x00010000);
    put32(s, 2);
    put32(s, 20);       // face 0's directory
    put32(s, 20 + 28);  // face 1's
    for (std::uint32_t glyf : {glyfA, glyfB}) {
        put32(s, 0x00010000);
        put16(s, 1);
        put16(s, 16);
        put16(s, 0);
        put16(s, 0);
        s += "glyf";
        put32(s, 0);
        put32(s, glyf);
        put32(s, 4);
    }
    s.resize(200, '\0');
    return s;
}

TEST(StandaloneFace, AFaceSharingTheFirstFacesOutlinesIsTheFileAsItIs) {
    const auto face = standaloneFace(collection(100, 100), 1);
    ASSERT_TRUE(face);
    EXPECT_TRUE(face->fileAsItIs);
}

TEST(StandaloneFace, AFaceWithOutlinesOfItsOwnGetsItsDirectoryAtTheFront) {
    const std::string file = collection(100, 150);
    const auto face = standaloneFace(file, 1);
    ASSERT_TRUE(face);
    ASSERT_FALSE(face->fileAsItIs);
    EXPECT_EQ(face->copy.size(), file.size());
    EXPECT_EQ(face->copy.substr(0, 28), file.substr(48, 28));  // face 1's directory
    EXPECT_EQ(face->copy.substr(100), file.substr(100));       // the tables where they were
}

TEST(StandaloneFace, RefusesWhatIsNoFaceOfTheFile) {
    EXPECT_FALSE(standaloneFace(collection(100, 150), 2));
    EXPECT_FALSE(standaloneFace("", 0));
    EXPECT_FALSE(standaloneFace(std::string(20, '\0'), 1));  // one font has no face 1
}

TEST(StandaloneFace, NotoCjkFacesShareTheirOutlines) {
    FontRegistry registry;
    const auto song = registry.forRole(FontRole::BookSong);
    ASSERT_TRUE(song) << song.error;
    const FontFace& face = registry.face(*song.id);
    const auto standalone = standaloneFace(face.fileBytes(), face.info().faceIndex);
    ASSERT_TRUE(standalone);
    EXPECT_TRUE(standalone->fileAsItIs)
            << "face " << face.info().faceIndex << " of " << face.info().path.string();
}

}  // namespace
}  // namespace banmian::fonts
