#pragma once

#include <string>

#include "layout/base/Result.h"

namespace banmian::layout {

/// The printing condition a PDF/X file is made for: its OutputIntent (ISO 15930-1 §6.2.3).
struct OutputCondition {
    /// A condition in the ICC's registry of characterizations ("IFRA26", "FOGRA39"), or
    /// "Custom" for one that is not.
    std::string identifier;
    std::string condition;    ///< in words (/OutputCondition); empty when not said
    std::string info;         ///< what a person reads (/Info)
    bool registered = false;  ///< /RegistryName http://www.color.org is written
    std::string profile;      ///< the plant's profile embedded (/DestOutputProfile); may be empty
                              ///< for a registered condition, never for Custom
};

/// Coldset offset on newsprint, named by the registry (ISO 12647-3): the default, no profile.
OutputCondition newsprintCondition();

/// The condition a plant's CMYK output profile `profile` describes: its description tag names
/// it, and a registered characterization when the description names one ("Coated FOGRA39",
/// "ISOnewspaper26…"), else Custom; the profile is embedded. The error: checkPlantProfile()'s.
Result<OutputCondition> outputConditionOf(std::string profile);

}  // namespace banmian::layout
