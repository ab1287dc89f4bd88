#pragma once
// The seed page for the page benchmarks: its stories, the default styles' faces, and a typesetter
// whose caches stay warm from one benchmark to the next (as in the app).
#include <optional>
#include <string>
#include <vector>

#include "layout/compose/AutoCompose.h"
#include "layout/flow/PageFlow.h"
#include "layout/import/ArticleImporter.h"

namespace banmian::bench {

struct SeedPage {
    fonts::FontRegistry registry;
    layout::Typesetter typesetter{registry};
    std::vector<layout::Story> stories;
    std::optional<layout::FlowStyles> styles;  ///< none when the fonts are missing

    SeedPage() {
        auto imported = layout::importArticleFile(std::string(BANMIAN_SOURCE_DIR) +
                                                  "/seeds/xuhui-front-page.txt");
        if (imported) stories = std::move(imported).value().stories;
        auto resolved = layout::flowStyles(layout::StyleSheet::defaults(), registry);
        if (resolved && !stories.empty()) styles = std::move(resolved).value();
    }

    /// The seed's front page, auto-composed on a broadsheet.
    layout::Page compose() {
        return layout::autoCompose(stories, layout::pageGrid(layout::PagePreset::Broadsheet),
                                   {"报名", "2023年6月30日", "", ""}, *styles, typesetter);
    }

    static SeedPage& get() {
        static SeedPage seed;
        return seed;
    }
};

}  // namespace banmian::bench
