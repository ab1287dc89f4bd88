#pragma once

#include <QColor>
#include <memory>

#include "layout/colour/Colour.h"
#include "layout/colour/SoftProof.h"

namespace banmian::app {

/// The soft proof for the default output profile (newsprint's, defaultCmykProfile()), made once;
/// null when that profile is missing.
std::shared_ptr<const layout::SoftProof> defaultSoftProof();

/// `colour` as the screen shows it: through `proof` (the document's output profile) where there
/// is one, else the default's, else the plain formula (1 − C)(1 − K) …, which is what a PDF
/// viewer shows without a profile.
QColor screenColour(const layout::Colour& colour, const layout::SoftProof* proof);

}  // namespace banmian::app
