#include "app/cli/PageCommands.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "app/cli/PhotoFolder.h"
#include "app/cli/Pictures.h"
#include "layout/base/AtomicFile.h"
#include "layout/compose/PageMeasure.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "layout/import/FileKind.h"
#include "layout/model/MastheadDate.h"
#include "layout/pipeline/PageExport.h"
#include "layout/proof/KnownMistakes.h"
#include "layout/proof/ProofHints.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

constexpr const char* kComposeUsage =
        "usage: banmian compose ARTICLES -o PAGE.banmian [--photos DIR] [--force]\n"
        "                       [--png PAGE.png] [--page broadsheet|tabloid|a3|a4]\n"
        "                       [--title NAME] [--date DATE] [--variants N]\n"
        "  --photos DIR: the day's photos (JPEG, PNG, TIFF; captions from their metadata or a\n"
        "    photo1.txt beside photo1.jpg) placed with their stories\n"
        "  --force: replace PAGE.banmian when it exists; -o -: the document to standard output\n"
        "  --variants N: compose N different layouts, list their scores, write the best";

double pt(layout::LayoutUnit u) {
    return std::round(layout::toPoints(u) * 100) / 100;
}

// The page's measure as `info` reports it, under "quality".
nlohmann::ordered_json qualityJson(const layout::PageMeasure& m) {
    auto collisions = nlohmann::ordered_json::array();
    for (const auto& pair : m.headCollisions) collisions.push_back({pair.first, pair.second});
    return {{"unusedCells", m.unusedCells},
            {"unusedShare", std::round(m.unusedShare * 10000) / 10000},
            {"unusedLinesByColumn", m.unusedLinesByColumn},
            {"largestHoleLines", m.largestHoleLines},
            {"headCollisions", std::move(collisions)},
            {"headlinesBrokenInsideWord", m.headlinesBrokenInsideWord},
            {"repeatedTitles", m.repeatedTitles},
            {"leadHeadline", pt(m.leadHeadlineSize)},
            {"nextHeadline", pt(m.nextHeadlineSize)},
            {"leadHeadlineRatio", std::round(m.leadHeadlineRatio * 100) / 100},
            {"widerThanLead", m.widerThanLead},
            {"smallestBlockProportion", std::round(m.smallestBlockProportion * 100) / 100},
            {"smallestBlock", m.smallestBlock},
            {"photosUnderResolution", m.photosUnderResolution},
            {"emptyPhotoFrames", m.emptyPhotoFrames},
            {"oversetLines", m.oversetLines},
            {"unplacedStories", m.unplacedStories},
            {"unplacedPhotos", m.unplacedPhotos}};
}

// The measure in one line, as `compose` lists its layouts.
std::string qualityLine(const layout::PageMeasure& m) {
    std::string line = std::to_string(m.unusedCells) + " empty cells (largest hole " +
                       std::to_string(m.largestHoleLines) + " lines), " +
                       std::to_string(m.headCollisions.size()) + " head collisions, " +
                       std::to_string(m.headlinesBrokenInsideWord.size()) +
                       " headlines broken in a word, " + std::to_string(m.repeatedTitles.size()) +
                       " repeated titles, lead headline ";
    line += std::to_string(std::lround(m.leadHeadlineRatio * 100));
    line.append("% of the next, ").append(std::to_string(m.emptyPhotoFrames));
    line.append(" empty photo frames, ").append(std::to_string(m.oversetLines));
    line.append(" lines overset");
    // What the page had no room for, which the designer must place or cut by hand.
    if (m.unplacedStories > 0)
        line.append(", ").append(std::to_string(m.unplacedStories)).append(" stories left out");
    if (m.unplacedPhotos > 0)
        line.append(", ").append(std::to_string(m.unplacedPhotos)).append(" photos left out");
    return line;
}

// The page composer's styles for `command`, or nothing with the reason said.
bool stylesResolve(layout::PageComposer& composer, const layout::StyleSheet& sheet,
                   const char* command) {
    const auto styles = composer.styles(sheet);
    if (!styles) std::cerr << "banmian " << command << ": " << styles.error().message << "\n";
    return styles.ok();
}

// What a PDF written with force had to let through: each finding the print export refuses, as
// `export --force` says it, and the empty photo frames in one line.
void sayWhatWasForced(const std::vector<layout::Diagnostic>& findings, const std::string& page,
                      const char* who) {
    int empty = 0;
    for (const layout::Diagnostic& finding : findings) {
        if (finding.severity != layout::Severity::Error) continue;
        if (finding.kind == "photo-placeholder")
            ++empty;
        else
            std::cerr << who << ": warning: " << layout::describe(finding) << "\n";
    }
    if (empty > 0) {
        std::cerr << who << ": " << page << "'s " << empty << " photo frame"
                  << (empty == 1 ? " is" : "s are")
                  << " empty: its PDF is written as with --force, the frames as marked "
                     "placeholders; choose the photos before the page goes to the plant\n";
    }
}

}  // namespace

int composePage(const std::vector<layout::Story>& stories, const ComposeOptions& options,
                const char* who) {
    // Composed automatically: what `compose` is asked for, through the window's own code.
    layout::PageComposer composer;
    layout::Document document;
    document.stories = stories;
    // Named now, and their text kept as it came in: what 核红 compares the page with later.
    layout::giveMissingIds(document);
    layout::keepManuscripts(document);
    document.photos = options.photos;
    document.page.masthead = {options.title, options.date, "", ""};
    // --date's text is a date when it reads as one (2026年12月5日): printed with its weekday.
    if ((document.page.masthead.publication = layout::parseChineseDate(options.date)))
        document.page.masthead.date.clear();
    auto variants = composer.composeVariants(document, options.preset, options.variants);
    if (!variants) {
        std::cerr << who << ": " << variants.error().message << "\n";
        return kExitBadInput;
    }
    // Several layouts asked for: each scored, the best written (the window shows them side by
    // side to choose from).
    if (options.variants > 1) {
        for (std::size_t v = 0; v < variants.value().size(); ++v) {
            const layout::ComposedPage& composed = variants.value()[v];
            std::cerr << who << ": layout " << v + 1 << (v == 0 ? " (written)" : "") << ": score "
                      << std::lround(composed.score) << " — " << composed.plan << "; "
                      << qualityLine(composed.measure) << "\n";
        }
    }
    document.page = std::move(variants.value().front().page);
    if (const auto error = layout::writeDocument(document, options.output)) {
        std::cerr << who << ": " << error->message << "\n";
        return kExitBadInput;
    }
    const layout::PageLayout layout = composer.layout(document).value();
    int overset = 0;
    for (const auto& fit : layout.copyfit) overset += fit.oversetLines;
    std::cerr << who << ": wrote " << whereWritten(options.output) << " ("
              << document.page.grid.name << ", " << document.page.blocks.size() << " blocks, "
              << overset << " lines overset)\n";
    if (!options.png.empty()) {
        if (!pictures().page) {
            std::cerr << who << ": " << noPainterMessage() << "\n";
            return kExitUsage;
        }
        if (const auto error = pictures().page(layout, composer.registry(), options.png)) {
            std::cerr << who << ": " << *error << "\n";
            return kExitBadInput;
        }
        std::cerr << who << ": drew " << whereWritten(options.png) << "\n";
    }
    if (!options.pdf.empty()) {
        layout::ExportOptions pdfOptions;
        pdfOptions.time = layout::exportClock();
        // A page to look at, not yet for the plant: written as `export --force` would write it,
        // and what that forced is said below, never passed over in silence.
        pdfOptions.force = true;
        const auto pdf = layout::exportPage(document, layout, composer, pdfOptions);
        if (!pdf) {
            std::cerr << who << ": " << pdf.error().message << "\n";
            return kExitBadInput;
        }
        if (const auto error = layout::writeFileAtomically(options.pdf, pdf.value().bytes)) {
            std::cerr << who << ": " << error->message << "\n";
            return kExitBadInput;
        }
        sayWhatWasForced(pdf.value().findings, options.name, who);
        std::cerr << who << ": wrote the print-ready PDF " << whereWritten(options.pdf) << "\n";
    }
    return kExitOk;
}

int runComposeCommand(const std::vector<std::string>& args) {
    std::string input, output, png, photos, page = "broadsheet", title = "报名", variants = "1",
                                            date = layout::chineseDate(layout::tomorrow());
    bool force = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--force") {
            force = true;
            continue;
        }
        std::string* target = arg == "-o"           ? &output
                              : arg == "--png"      ? &png
                              : arg == "--photos"   ? &photos
                              : arg == "--page"     ? &page
                              : arg == "--title"    ? &title
                              : arg == "--date"     ? &date
                              : arg == "--variants" ? &variants
                                                    : nullptr;
        if (target) {
            if (i + 1 >= args.size()) {
                std::cerr << "banmian compose: " << arg << " needs a value\n"
                          << kComposeUsage << "\n";
                return kExitUsage;
            }
            *target = args[++i];
        } else if (arg.starts_with("-") || !input.empty()) {
            std::cerr << "banmian compose: unexpected " << arg << "\n" << kComposeUsage << "\n";
            return kExitUsage;
        } else {
            input = arg;
        }
    }
    const auto preset = layout::parsePagePreset(page);
    const int variantCount = variants.size() == 1 && variants[0] >= '1' && variants[0] <= '9'
                                     ? variants[0] - '0'
                                     : 0;
    if (variantCount == 0) {
        std::cerr << "banmian compose: --variants " << variants
                  << " is not a number of layouts from 1 to 9\n"
                  << kComposeUsage << "\n";
        return kExitUsage;
    }
    if (input.empty() || output.empty() || !preset) {
        std::cerr << "banmian compose: "
                  << (input.empty()    ? "which article file?"
                      : output.empty() ? "-o PAGE.banmian is needed"
                                       : "--page " + page + " is not a page size")
                  << "\n"
                  << kComposeUsage << "\n";
        return kExitUsage;
    }

    if (const auto refused = notAnArticleFile(input)) {
        std::cerr << "banmian compose: " << *refused << "\n";
        return kExitBadInput;
    }
    if (const auto refused =
                checkOutputs({{output, OutputKind::Document}, {png, OutputKind::Picture, "--png"}},
                             force, {input})) {
        std::cerr << "banmian compose: " << refused->message << "\n";
        return refused->exitCode;
    }
    const auto imported = layout::importArticleFile(input);
    if (!imported) {
        std::cerr << "banmian compose: " << input << ": " << layout::describe(imported.error())
                  << "\n";
        return kExitBadInput;
    }
    ComposeOptions options;
    if (!photos.empty()) {
        auto read =
                readPhotosForPage(photos, imported.value().stories, "banmian compose", std::cerr);
        if (!read) return kExitBadInput;
        options.photos = std::move(*read);
    }
    options.output = output;
    options.png = png;
    options.preset = *preset;
    options.title = title;
    options.date = date;
    options.variants = variantCount;
    return composePage(imported.value().stories, options, "banmian compose");
}

int runExportCommand(const std::vector<std::string>& args) {
    constexpr const char* kUsage =
            "usage: banmian export INPUT -o OUT.pdf [--proof] [--no-marks] [--force] "
            "[--icc PROFILE.icc] [--paper a3|a4]\n"
            "  INPUT: an article file (auto-composed first) or a .banmian document\n"
            "  --proof: a proof PDF for review: the proof marks and automatic hints drawn in red, "
            "numbered, their notes beside the page, a list of them all after it, and each as an "
            "annotation\n"
            "  --paper: a proof fitted to A3 or A4 paper (default: at the page's size)\n"
            "  --force: export what the preflight refuses; -o -: the PDF to standard output";
    std::string input, output, icc, paper;
    bool marks = true, force = false, proof = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) {
            output = args[++i];
        } else if (args[i] == "--icc" && i + 1 < args.size()) {
            icc = args[++i];
        } else if (args[i] == "--paper" && i + 1 < args.size()) {
            paper = args[++i];
        } else if (args[i] == "--no-marks") {
            marks = false;
        } else if (args[i] == "--force") {
            force = true;
        } else if (args[i] == "--proof") {
            proof = true;
        } else if (!args[i].starts_with("-") && input.empty()) {
            input = args[i];
        } else {
            std::cerr << "banmian export: unexpected " << args[i] << "\n" << kUsage << "\n";
            return kExitUsage;
        }
    }
    if (!paper.empty() && (!proof || !layout::paperSize(paper))) {
        std::cerr << "banmian export: --paper " << paper
                  << (proof ? " is no paper size known here: a3 or a4"
                            : " is for a proof (--proof): the print file is at the page's size")
                  << "\n"
                  << kUsage << "\n";
        return kExitUsage;
    }
    if (input.empty() || output.empty()) {
        std::cerr << "banmian export: " << (input.empty() ? "which input?" : "-o OUT.pdf is needed")
                  << "\n"
                  << kUsage << "\n";
        return kExitUsage;
    }

    // A page document by its content (a copy named page.bak is one too), or by its name (which
    // the reader then explains when the content is none).
    const bool isDocument = input.ends_with(".banmian") ||
                            layout::fileKindOfFile(input) == layout::FileKind::BanmianDocument;
    if (!isDocument) {
        if (const auto refused = notAnArticleFile(input, /*readsDocuments=*/true)) {
            std::cerr << "banmian export: " << *refused << "\n";
            return kExitBadInput;
        }
    }
    // --force here lets a PDF out past the preflight; it never lets one replace a page document.
    if (const auto refused = checkOutputs({{output, OutputKind::Pdf}}, false, {input, icc})) {
        std::cerr << "banmian export: " << refused->message << "\n";
        return refused->exitCode;
    }

    layout::PageComposer composer;
    layout::Document document;
    if (isDocument) {
        auto read = layout::readDocument(input);
        if (!read) {
            std::cerr << "banmian export: " << read.error().message << "\n";
            return kExitBadInput;
        }
        document = std::move(read).value();  // its page as it is, even empty
    } else {
        // Articles given to export are composed first: what the person asked for.
        const auto imported = layout::importArticleFile(input);
        if (!imported) {
            std::cerr << "banmian export: " << input << ": " << layout::describe(imported.error())
                      << "\n";
            return kExitBadInput;
        }
        document.stories = imported.value().stories;
        auto page = composer.autoCompose(document, layout::PagePreset::Broadsheet);
        if (!page) {
            std::cerr << "banmian export: " << page.error().message << "\n";
            return kExitBadInput;
        }
        document.page = std::move(page).value();
    }
    if (!stylesResolve(composer, document.styles, "export")) return kExitBadInput;
    const layout::PageLayout page = composer.layout(document).value();

    layout::ExportOptions options;
    options.kind = proof ? layout::ExportKind::Proof : layout::ExportKind::Print;
    options.cropMarks = marks;
    options.time = layout::exportClock();
    options.force = force;
    if (!paper.empty()) options.paper = layout::paperSize(paper);
    if (proof) {
        // The newsroom's list beside the page, as the window's proof has it.
        auto list = layout::readKnownMistakesBeside(input);
        if (!list) {
            std::cerr << "banmian export: " << list.error().message << "\n";
            return kExitBadInput;
        }
        options.knownMistakes = std::move(list).value();
    }
    if (!icc.empty()) {
        std::ifstream in(icc, std::ios::binary);
        if (!in) {
            std::cerr << "banmian export: cannot read the colour profile " << icc << "\n";
            return kExitBadInput;
        }
        options.iccProfile.assign(std::istreambuf_iterator<char>(in),
                                  std::istreambuf_iterator<char>());
    }
    const auto exported = layout::exportPage(document, page, composer, options);
    if (!exported) {
        std::cerr << "banmian export: " << exported.error().message << "\n";
        return kExitBadInput;
    }
    // What the plant would reject (an error: overset, a character no face has, a photo it cannot
    // print) refused the print file unless the user insisted (--force), and then each is a
    // warning. A proof goes to the desk, not the plant: it is made whatever the page still lacks.
    int errors = 0;
    for (const layout::Diagnostic& finding : exported.value().findings) {
        const bool error = finding.severity == layout::Severity::Error && !proof;
        errors += error;
        const char* label = error ? (force ? "warning: " : "error: ")
                            : finding.severity == layout::Severity::Note ? "note: "
                                                                         : "warning: ";
        std::cerr << "banmian export: " << label << layout::describe(finding) << "\n";
    }
    if (exported.value().refused) {
        std::cerr << "banmian export: not exported: fix the above, or export anyway with --force\n";
        return kExitBadInput;
    }
    if (errors > 0) {
        std::cerr
                << "banmian export: warning: exporting anyway (--force): the plant may reject the "
                   "page for the above\n";
    }
    const std::string& bytes = exported.value().bytes;
    const std::string kind = exported.value().description();
    if (const auto error = layout::writeFileAtomically(output, bytes)) {
        std::cerr << "banmian export: " << error->message << "\n";
        return kExitBadInput;
    }
    std::cerr << "banmian export: wrote " << whereWritten(output) << " (" << bytes.size() / 1024
              << " KB, " << kind << (marks ? ", crop marks" : "") << ")\n";
    return kExitOk;
}

int runInfoCommand(const std::vector<std::string>& args) {
    if (args.size() != 1 || args[0].starts_with("-")) {
        std::cerr << "usage: banmian info PAGE.banmian\n";
        return kExitUsage;
    }
    const auto document = layout::readDocument(args[0]);
    if (!document) {
        std::cerr << "banmian info: " << document.error().message << "\n";
        return kExitBadInput;
    }
    const layout::Document& d = document.value();
    layout::PageComposer composer;
    if (!stylesResolve(composer, d.styles, "info")) return kExitBadInput;
    const layout::PageLayout layout = composer.layout(d).value();

    const layout::PageGrid& g = d.page.grid;
    nlohmann::ordered_json out;
    out["page"] = {{"name", g.name},
                   {"trim",
                    {{"width", pt(g.trimWidth)},
                     {"height", pt(g.trimHeight)},
                     {"widthMm", std::round(layout::toMillimetres(g.trimWidth) * 10) / 10},
                     {"heightMm", std::round(layout::toMillimetres(g.trimHeight) * 10) / 10}}},
                   {"typeArea",
                    {{"x", pt(g.marginLeft)},
                     {"y", pt(g.marginTop)},
                     {"width", pt(g.typeAreaWidth())},
                     {"height", pt(g.typeAreaHeight())},
                     {"characters", g.typeAreaCharacters()}}},
                   {"grid",
                    {{"columns", g.columns},
                     {"charactersPerColumn", g.charactersPerColumn},
                     {"gutterCharacters", g.gutterCharacters},
                     {"bodySize", pt(g.bodySize)},
                     {"leading", pt(g.leading)},
                     {"lines", g.lines}}}};
    auto blocks = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < d.page.blocks.size(); ++i) {
        const layout::Block& b = d.page.blocks[i];
        nlohmann::ordered_json block = {{"id", b.id}};
        block["kind"] = b.kind == layout::BlockKind::Masthead ? "masthead"
                        : b.kind == layout::BlockKind::Folio  ? "folio"
                        : b.kind == layout::BlockKind::Ear    ? "ear"
                                                              : "story";
        if (const auto number = layout::storyIndex(d.stories, b.story)) {
            block["story"] = *number;
            block["storyId"] = b.story;
            block["headline"] = d.stories[*number].headline;
        }
        if (!b.photos.empty()) {
            auto photos = nlohmann::ordered_json::array();
            for (const auto& p : b.photos)
                photos.push_back({{"id", p.id}, {"captionId", p.captionId}});
            block["photos"] = std::move(photos);
        }
        auto area = nlohmann::ordered_json::array();
        for (const auto& r : b.area) {
            area.push_back({{"column", r.column},
                            {"columns", r.columns},
                            {"line", r.line},
                            {"lines", r.lines}});
        }
        block["grid"] = std::move(area);
        if (!b.area.empty()) {  // as the desk measures a block: characters and mm across, lines
                                // down
            const layout::Rect r = g.rect(b.area.front());
            block["width"] = {{"characters", g.longColumnCharacters(b.area.front().columns)},
                              {"mm", std::round(layout::toMillimetres(r.width) * 10) / 10}};
            block["depth"] = {{"lines", b.area.front().lines},
                              {"mm", std::round(layout::toMillimetres(r.height) * 10) / 10}};
        }
        for (const auto& fit : layout.copyfit) {
            if (fit.block != static_cast<int>(i)) continue;
            auto frames = nlohmann::ordered_json::array();
            for (const auto& f : fit.textFrames) {
                frames.push_back({{"x", pt(f.x)},
                                  {"y", pt(f.y)},
                                  {"width", pt(f.width)},
                                  {"height", pt(f.height)}});
            }
            block["frames"] = std::move(frames);
            block["overset"] = {{"lines", fit.oversetLines}, {"characters", fit.oversetCharacters}};
            block["underset"] = {{"lines", fit.undersetLines}};
        }
        blocks.push_back(std::move(block));
    }
    out["blocks"] = std::move(blocks);
    out["quality"] = qualityJson(layout::measurePage(d.page, layout, d.stories, d.print, d.photos));
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

}  // namespace banmian::app
