#pragma once

#include <string>
#include <vector>

#include "layout/model/DayPhoto.h"
#include "layout/model/PageGrid.h"
#include "layout/model/Story.h"

namespace banmian::app {

/// `banmian compose ARTICLES -o PAGE.banmian [--photos DIR] [--png PAGE.png] [--page SIZE]
/// [--title T] [--date D]`: auto-composes a front page from an article file, with the day's photos
/// in DIR, and saves it as a document.
int runComposeCommand(const std::vector<std::string>& args);

/// Where and how `composePage` saves a composed front page.
struct ComposeOptions {
    std::string output;  ///< the .banmian document
    std::string png;     ///< a picture of the page; none when empty
    std::string pdf;     ///< the print-ready PDF; none when empty
    layout::PagePreset preset = layout::PagePreset::Broadsheet;
    std::string title = "报名";
    std::string date;
    std::string name = "the page";  ///< what the messages call it: "the seed page"
    int variants = 1;  ///< layouts composed; the best is written, all are listed with scores
    /// The day's photos, each with its story, for the composer to place (Document::photos).
    std::vector<layout::DayPhoto> photos = {};
};

/// Auto-composes a front page of `stories`, saves the document (and picture, and PDF), and says
/// so on stderr as `who`. The PDF is written as `export --force` writes it, saying what the
/// preflight would have refused (a page to look at: its photo frames are empty). The exit code.
int composePage(const std::vector<layout::Story>& stories, const ComposeOptions& options,
                const char* who);

/// `banmian export INPUT -o OUT.pdf [--no-marks] [--force]`: the page as a print-ready PDF.
int runExportCommand(const std::vector<std::string>& args);

/// `banmian info PAGE.banmian`: the page's grid, and every block's story, place, frames and
/// copyfit, as JSON.
int runInfoCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
