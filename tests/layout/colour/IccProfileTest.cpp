// Plant profiles read and checked, and the printing condition they name (layout/colour).
#include <gtest/gtest.h>
#include <lcms2.h>

#include <fstream>
#include <iterator>

#include "layout/colour/IccProfile.h"
#include "layout/colour/OutputCondition.h"

namespace banmian::layout {
namespace {

const std::string kGhostscript = "/usr/share/color/icc/ghostscript/";

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// `profile` with its description tag replaced by `description`, as a plant's own profile says
// which condition it is for.
std::string describedAs(const std::string& profile, const char* description) {
    cmsHPROFILE h =
            cmsOpenProfileFromMem(profile.data(), static_cast<cmsUInt32Number>(profile.size()));
    cmsMLU* text = cmsMLUalloc(nullptr, 1);
    cmsMLUsetASCII(text, "en", "US", description);
    cmsWriteTag(h, cmsSigProfileDescriptionTag, text);
    cmsMLUfree(text);
    cmsUInt32Number size = 0;
    cmsSaveProfileToMem(h, nullptr, &size);
    std::string out(size, '\0');
    cmsSaveProfileToMem(h, out.data(), &size);
    cmsCloseProfile(h);
    return out;
}

TEST(IccProfile, ReadsWhatAProfileIsFor) {
    const auto cmyk = readIccProfile(readFile(kGhostscript + "default_cmyk.icc"));
    ASSERT_TRUE(cmyk) << cmyk.error().message;
    EXPECT_EQ(cmyk.value().description, "Artifex CMYK SWOP Profile");
    EXPECT_EQ(cmyk.value().space, "CMYK");
    EXPECT_TRUE(cmyk.value().output);
    EXPECT_EQ(cmyk.value().majorVersion, 2);

    const auto rgb = readIccProfile(readFile(kGhostscript + "srgb.icc"));
    ASSERT_TRUE(rgb) << rgb.error().message;
    EXPECT_EQ(rgb.value().space, "RGB");
    EXPECT_FALSE(rgb.value().output);
}

// Only what a PDF/X-1a:2001 file can carry as its printing condition is taken; each refusal says
// what the profile is and what to do.
TEST(IccProfile, TakesOnlyAVersion2CmykOutputProfileForThePlant) {
    EXPECT_FALSE(checkPlantProfile(readFile(kGhostscript + "default_cmyk.icc")));

    const auto v4 = checkPlantProfile(readFile(kGhostscript + "ps_cmyk.icc"));
    ASSERT_TRUE(v4);
    EXPECT_NE(v4->message.find("ICC version 4"), std::string::npos) << v4->message;
    EXPECT_NE(v4->message.find("version 2 profile"), std::string::npos) << v4->message;

    const auto rgb = checkPlantProfile(readFile(kGhostscript + "srgb.icc"));
    ASSERT_TRUE(rgb);
    EXPECT_NE(rgb->message.find("is for RGB, not CMYK"), std::string::npos) << rgb->message;

    const auto gray = checkPlantProfile(readFile(kGhostscript + "sgray.icc"));
    ASSERT_TRUE(gray);
    EXPECT_NE(gray->message.find("not CMYK"), std::string::npos) << gray->message;

    const auto text = checkPlantProfile("this is a note to the plant, not a profile");
    ASSERT_TRUE(text);
    EXPECT_EQ(text->message, "the file is not an ICC colour profile (no ICC header)");

    // A profile cut short in copying: its header is there, its tags are not.
    const std::string whole = readFile(kGhostscript + "default_cmyk.icc");
    const auto cut = checkPlantProfile(whole.substr(0, 300));
    ASSERT_TRUE(cut);
    EXPECT_EQ(cut->message, "the ICC colour profile is cut short (300 of its " +
                                    std::to_string(whole.size()) + " bytes): copy it again");
    // One whose tag table points nowhere.
    std::string damaged = whole;
    damaged.replace(128, 4, "\x7f\xff\xff\xff");
    EXPECT_TRUE(checkPlantProfile(damaged));
}

TEST(OutputCondition, NamesTheConditionTheProfileDescribes) {
    const OutputCondition newsprint = newsprintCondition();
    EXPECT_EQ(newsprint.identifier, "IFRA26");
    EXPECT_TRUE(newsprint.registered);
    EXPECT_TRUE(newsprint.profile.empty());

    // Ghostscript's profile emulates SWOP but is no registered characterization: Custom, with
    // the profile's own words and the profile itself.
    const std::string artifex = readFile(kGhostscript + "default_cmyk.icc");
    const auto custom = outputConditionOf(artifex);
    ASSERT_TRUE(custom) << custom.error().message;
    EXPECT_EQ(custom.value().identifier, "Custom");
    EXPECT_FALSE(custom.value().registered);
    EXPECT_EQ(custom.value().condition, "Artifex CMYK SWOP Profile");
    EXPECT_EQ(custom.value().info, "Artifex CMYK SWOP Profile");
    EXPECT_EQ(custom.value().profile, artifex);

    const std::string fogra = describedAs(artifex, "Coated FOGRA39 (ISO 12647-2:2004)");
    const auto registered = outputConditionOf(fogra);
    ASSERT_TRUE(registered) << registered.error().message;
    EXPECT_EQ(registered.value().identifier, "FOGRA39");
    EXPECT_TRUE(registered.value().registered);
    EXPECT_EQ(registered.value().info, "Coated FOGRA39 (ISO 12647-2:2004)");
    EXPECT_EQ(registered.value().profile, fogra);

    const auto newspaper = outputConditionOf(describedAs(artifex, "ISOnewspaper26v2 (ECI)"));
    ASSERT_TRUE(newspaper) << newspaper.error().message;
    EXPECT_EQ(newspaper.value().identifier, "IFRA26");

    const auto v4 = outputConditionOf(readFile(kGhostscript + "ps_cmyk.icc"));
    ASSERT_FALSE(v4);
    EXPECT_NE(v4.error().message.find("ICC version 4"), std::string::npos);
}

}  // namespace
}  // namespace banmian::layout
