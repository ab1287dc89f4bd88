#include "app/cli/EditionArticles.h"

#include <iostream>

#include "app/cli/CommandFiles.h"
#include "layout/import/ArticleImporter.h"

namespace banmian::app {

std::optional<std::vector<layout::Story>> readEditionArticles(const std::string& command,
                                                              const std::string& file) {
    if (const auto refused = notAnArticleFile(file)) {
        std::cerr << "banmian " << command << ": " << *refused << "\n";
        return std::nullopt;
    }
    auto imported = layout::importArticleFile(file);
    if (!imported) {
        std::cerr << "banmian " << command << ": " << file << ": "
                  << layout::describe(imported.error()) << "\n";
        return std::nullopt;
    }
    return std::move(imported).value().stories;
}

void reportImported(int added, const std::vector<layout::Story>& stories) {
    std::cout << "imported " << added << " of " << stories.size()
              << " stories into the edition's stock (placed on no page yet)\n";
    for (const layout::Story& story : stories)
        std::cout << "  " << story.id << "  "
                  << (story.headline.empty() ? story.kicker : story.headline) << "\n";
}

}  // namespace banmian::app
