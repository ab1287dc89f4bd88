#include "layout/colour/OutputCondition.h"

#include <array>
#include <utility>

#include "layout/colour/IccProfile.h"

namespace banmian::layout {
namespace {

// Registered characterizations (color.org's registry) and words that name them in the
// description tags of the profiles made for them: ECI's, FOGRA's, IFRA's and Adobe's.
constexpr std::array<std::pair<const char*, const char*>, 9> kRegistered = {{
        {"FOGRA27", "FOGRA27"},
        {"FOGRA29", "FOGRA29"},
        {"FOGRA39", "FOGRA39"},
        {"ISO Coated v2", "FOGRA39"},
        {"FOGRA51", "FOGRA51"},
        {"FOGRA52", "FOGRA52"},
        {"ISOnewspaper26", "IFRA26"},
        {"IFRA26", "IFRA26"},
        {"U.S. Web Coated (SWOP)", "CGATS TR 001"},
}};

}  // namespace

OutputCondition newsprintCondition() {
    return {.identifier = "IFRA26",
            .condition = "",
            .info = "ISO 12647-3:2004 coldset offset on newsprint (IFRA26)",
            .registered = true,
            .profile = {}};
}

Result<OutputCondition> outputConditionOf(std::string profile) {
    if (auto refused = checkPlantProfile(profile)) return *refused;
    const std::string description = readIccProfile(profile).value().description;
    OutputCondition out{.identifier = "Custom",
                        .condition = description,
                        .info = description.empty() ? "Custom CMYK output profile" : description,
                        .registered = false,
                        .profile = std::move(profile)};
    for (const auto& [words, identifier] : kRegistered) {
        if (description.find(words) != std::string::npos) {
            out.identifier = identifier;
            out.registered = true;
            break;
        }
    }
    return out;
}

}  // namespace banmian::layout
