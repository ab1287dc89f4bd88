#include "layout/import/HeadlineParts.h"

namespace banmian::layout {

void nameHeadlineParts(const std::vector<TextUnit>& titles, Story& story,
                       std::vector<Diagnostic>& warnings) {
    switch (titles.size()) {
        case 0:
            return;
        case 1:
            story.headline = titles[0].text;
            return;
        case 2:
            if (titles[1].text.starts_with("—") || titles[1].text.starts_with("-")) {
                story.headline = titles[0].text;
                story.subtitle = titles[1].text;
                return;
            }
            story.kicker = titles[0].text;
            story.headline = titles[1].text;
            warnings.push_back({titles[0].firstLine, "two headline lines: took “" + story.kicker +
                                                             "” as the kicker (引题) "
                                                             "and “" +
                                                             story.headline +
                                                             "” as the headline (主题) — check"});
            return;
        default:
            story.kicker = titles.front().text;
            story.subtitle = titles.back().text;
            for (std::size_t i = 1; i + 1 < titles.size(); ++i) story.headline += titles[i].text;
            return;
    }
}

}  // namespace banmian::layout
