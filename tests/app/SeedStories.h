#pragma once
// The seed's stories on an empty broadsheet page: what the window tests place their blocks on.
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"

inline banmian::layout::Document seedStoriesOnABroadsheet() {
    namespace layout = banmian::layout;
    layout::Document document;
    document.stories = layout::importArticleFile(BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt")
                               .value()
                               .stories;
    document.page.grid = layout::pageGrid(layout::PagePreset::Broadsheet);
    return document;
}
