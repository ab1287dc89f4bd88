#include "app/cli/ImportCommand.h"

#include <filesystem>
#include <iostream>

#include "app/SeedPage.h"
#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "app/cli/PageCommands.h"
#include "layout/import/ArticleImporter.h"
#include "layout/import/ImportJson.h"
#include "layout/model/MastheadDate.h"

namespace banmian::app {

namespace {
constexpr const char* kUsage = "usage: banmian import FILE [--outline]";
}

int runImportCommand(const std::vector<std::string>& args) {
    std::string file;
    bool outline = false;
    for (const std::string& arg : args) {
        if (arg == "--outline") {
            outline = true;
        } else if (arg.starts_with("-") && arg != "-") {
            std::cerr << "banmian import: unknown option " << arg << "\n" << kUsage << "\n";
            return kExitUsage;
        } else if (file.empty()) {
            file = arg;
        } else {
            std::cerr << "banmian import: one file at a time (got " << file << " and " << arg
                      << ")\n"
                      << kUsage << "\n";
            return kExitUsage;
        }
    }
    if (file.empty()) {
        std::cerr << "banmian import: which file? " << kUsage << "\n";
        return kExitUsage;
    }

    if (const auto refused = notAnArticleFile(file)) {
        std::cerr << "banmian import: " << *refused << "\n";
        return kExitBadInput;
    }
    const auto imported = layout::importArticleFile(file);
    if (!imported) {
        std::cerr << "banmian import: " << file << ": " << layout::describe(imported.error())
                  << "\n";
        return kExitBadInput;
    }
    if (outline)
        std::cout << layout::importToOutline(imported.value(), file);
    else
        std::cout << layout::importToJson(imported.value(), file).dump(2) << "\n";
    return kExitOk;
}

int composeSeedPage() {
    const auto imported = layout::importArticles(seedPageText());
    if (!imported) {
        std::cerr << "banmian: the built-in seed page: " << layout::describe(imported.error())
                  << "\n";
        return kExitBadInput;
    }
    std::cout << layout::importToOutline(imported.value(), kSeedPageName);
    std::error_code error;
    const auto folder = std::filesystem::temp_directory_path() / "banmian";
    std::filesystem::create_directories(folder, error);
    ComposeOptions options;
    options.output = (folder / "seed-front-page.banmian").string();
    options.png = (folder / "seed-front-page.png").string();
    options.pdf = (folder / "seed-front-page.pdf").string();
    options.date = layout::chineseDate(layout::tomorrow());  // made the day before it comes out
    options.name = "the seed page";
    // Its own files, made again at every run; a window showing one of them still keeps it.
    const std::vector<Output> outputs = {{options.output, OutputKind::Document},
                                         {options.png, OutputKind::Picture, "--png"},
                                         {options.pdf, OutputKind::Pdf}};
    if (const auto refused = checkOutputs(outputs, /*force=*/true, {})) {
        std::cerr << "banmian: " << refused->message << "\n";
        return refused->exitCode;
    }
    return composePage(imported.value().stories, options, "banmian");
}

}  // namespace banmian::app
