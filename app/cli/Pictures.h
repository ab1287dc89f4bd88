#pragma once

#include <optional>
#include <string>

#include "fonts/FontRegistry.h"
#include "layout/output/PageLayout.h"
#include "layout/text/Galley.h"

namespace banmian::app {

/// Drawing a page or a galley as a PNG takes Qt's painter. The command-line `banmian` does not
/// load Qt (loading it took a fifth of a galley job's time), so the app's executable sets these
/// when it starts, and `banmian` hands any command that asks for a picture to the app's
/// executable (see cli/main.cpp).
struct Pictures {
    using PageWriter = std::optional<std::string> (*)(const layout::PageLayout& page,
                                                      const fonts::FontRegistry& registry,
                                                      const std::string& path);
    using GalleyWriter = std::optional<std::string> (*)(const layout::Galley& galley,
                                                        const layout::ParagraphStyle& style,
                                                        const fonts::FontRegistry& registry,
                                                        const std::string& path);
    PageWriter page = nullptr;
    GalleyWriter galley = nullptr;
};

/// The painters of this process (none in the command-line executable).
const Pictures& pictures();
void setPictures(const Pictures& pictures);

/// The error a command gives when asked for a picture where there is no painter.
std::string noPainterMessage();

}  // namespace banmian::app
