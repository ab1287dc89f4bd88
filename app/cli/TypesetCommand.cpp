#include "app/cli/TypesetCommand.h"

#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Pictures.h"
#include "fonts/FontRegistry.h"
#include "layout/base/AtomicFile.h"
#include "layout/base/TypeSizes.h"
#include "layout/flow/GalleyPages.h"
#include "layout/import/ArticleImporter.h"
#include "layout/pdf/PdfExporter.h"
#include "layout/pipeline/PageExport.h"
#include "layout/text/Galley.h"
#include "layout/text/GalleyCheck.h"
#include "layout/text/Shape.h"

namespace banmian::app {

namespace {

constexpr const char* kUsage =
        "usage: banmian typeset FILE --width W [--vertical] [--size S] [--leading L] [--font ROLE] "
        "[--json] [--latin FAMILY] [--lang LANG] [--png OUT.png] [-o GALLEY.pdf]\n"
        "  W: 117pt, 41.3mm or 13em (ems of the size); with --vertical (竖排), the column's "
        "length\n"
        "  S, L: 9pt, 小五 …; ROLE: 书宋 宋体 粗宋 黑体 楷体\n"
        "  LANG: zh-Hans, zh-Hant-TW or zh-Hant-HK (default: what the import detects)\n"
        "  -o -: the galley PDF to standard output";

struct Options {
    std::string file, width, size = "9pt", leading, font = "书宋", latin, png, pdf, lang;
    bool json = false;
    bool vertical = false;
};

std::optional<Options> parse(const std::vector<std::string>& args) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) return false;
            out = args[++i];
            return true;
        };
        bool ok = true;
        if (arg == "--width")
            ok = value(o.width);
        else if (arg == "--size")
            ok = value(o.size);
        else if (arg == "--leading")
            ok = value(o.leading);
        else if (arg == "--font")
            ok = value(o.font);
        else if (arg == "--latin")
            ok = value(o.latin);
        else if (arg == "--lang")
            ok = value(o.lang);
        else if (arg == "-o")
            ok = value(o.pdf);
        else if (arg == "--png")
            ok = value(o.png);
        else if (arg == "--json")
            o.json = true;
        else if (arg == "--vertical")
            o.vertical = true;
        else if (arg.starts_with("--") || !o.file.empty())
            ok = false;
        else
            o.file = arg;
        if (!ok) {
            std::cerr << "banmian typeset: "
                      << (i < args.size() ? "unexpected " + args[i] : "missing value") << "\n"
                      << kUsage << "\n";
            return std::nullopt;
        }
    }
    if (o.file.empty() || o.width.empty()) {
        std::cerr << "banmian typeset: " << (o.file.empty() ? "which file?" : "--width is needed")
                  << "\n"
                  << kUsage << "\n";
        return std::nullopt;
    }
    return o;
}

double pt(layout::LayoutUnit u) {
    return std::round(layout::toPoints(u) * 100) / 100;
}

nlohmann::ordered_json toJson(const layout::Galley& galley, const layout::GalleyQuality& quality,
                              const Options& o, const layout::ParagraphStyle& style) {
    nlohmann::ordered_json json;
    // A vertical galley's lines run down the column: `left` and `right` are measured along the
    // line from its top, `width` is the column's length.
    if (o.vertical) json["vertical"] = true;
    json["file"] = o.file;
    json["width"] = pt(galley.width);
    json["size"] = pt(style.size);
    json["leading"] = pt(style.leading);
    json["font"] = o.font;
    json["lang"] = layout::languageTag(style.language);
    auto lines = nlohmann::ordered_json::array();
    auto diagnostics = nlohmann::ordered_json::array();
    for (std::size_t p = 0; p < galley.paragraphs.size(); ++p) {
        const auto& paragraph = galley.paragraphs[p];
        for (const auto& line : paragraph.typeset.lines) {
            lines.push_back(
                    {{"paragraph", p},
                     {"text", paragraph.text.substr(line.textBegin, line.textEnd - line.textBegin)},
                     {"left", pt(line.left)},
                     {"right", pt(line.left + line.setWidth)},
                     {"added", pt(line.setWidth - line.natural)},
                     {"last", line.last}});
        }
        for (const auto& d : paragraph.typeset.diagnostics) {
            diagnostics.push_back({{"paragraph", p},
                                   {"offset", d.place.offset},
                                   {"severity", layout::toString(d.severity)},
                                   {"kind", d.kind},
                                   {"message", d.message}});
        }
    }
    json["lines"] = std::move(lines);
    json["quality"] = {{"lines", quality.lines},
                       {"looseLines", quality.looseLines},
                       {"veryLooseLines", quality.veryLooseLines},
                       {"maxStretchEm", static_cast<double>(quality.maxStretch) / style.size},
                       {"squeezedLines", quality.squeezedLines},
                       {"loneLastCharacters", quality.loneLastCharacters},
                       {"ragged", quality.ragged},
                       {"breaches", quality.breaches.size()}};
    json["diagnostics"] = std::move(diagnostics);
    return json;
}

void printGalley(const layout::Galley& galley, const layout::GalleyQuality& quality,
                 layout::LayoutUnit em) {
    for (std::size_t p = 0; p < galley.paragraphs.size(); ++p) {
        const auto& paragraph = galley.paragraphs[p];
        for (const auto& line : paragraph.typeset.lines) {
            const std::string indent = line.left > 0 ? "　　" : "";
            std::cout << indent
                      << paragraph.text.substr(line.textBegin, line.textEnd - line.textBegin)
                      << "\n";
        }
        for (const auto& d : paragraph.typeset.diagnostics)
            std::cerr << "paragraph " << p << ": " << d.message << "\n";
        std::cout << "\n";
    }
    std::cout << quality.paragraphs << " paragraphs, " << quality.lines
              << " lines; loose (≥ ½ em added): " << quality.looseLines
              << ", most added: " << static_cast<double>(quality.maxStretch) / em
              << " em; squeezed: " << quality.squeezedLines
              << "; lone last characters: " << quality.loneLastCharacters
              << "; rule breaches: " << quality.breaches.size() << "\n";
}

}  // namespace

int runTypesetCommand(const std::vector<std::string>& args) {
    const auto options = parse(args);
    if (!options) return kExitUsage;
    const Options& o = *options;

    const auto size = layout::parseTypeSize(o.size);
    if (!size || *size <= 0) {
        std::cerr << "banmian typeset: --size " << o.size << " is not a type size (9pt, 小五 …)\n";
        return kExitUsage;
    }
    const auto width = layout::parseLength(o.width, *size);
    if (!width || *width <= 0) {
        std::cerr << "banmian typeset: --width " << o.width
                  << " is not a length (117pt, 41.3mm, 13em)\n";
        return kExitUsage;
    }
    layout::LayoutUnit leading = *size * 25 / 18;  // 9/12.5, the galley default of a newspaper
    if (!o.leading.empty()) {
        const auto parsed = layout::parseTypeSize(o.leading);
        if (!parsed || *parsed < *size) {
            std::cerr << "banmian typeset: --leading " << o.leading
                      << " must be a length of at least the size\n";
            return kExitUsage;
        }
        leading = *parsed;
    }
    const auto role = fonts::parseFontRole(o.font);
    if (!role) {
        std::cerr << "banmian typeset: --font " << o.font
                  << " is not a role (书宋 宋体 粗宋 黑体 楷体)\n";
        return kExitUsage;
    }

    const std::optional<layout::Language> asked = layout::parseLanguage(o.lang);
    if (!o.lang.empty() && !asked) {
        std::cerr << "banmian typeset: --lang " << o.lang
                  << " is not a language Banmian sets (zh-Hans zh-Hant-TW zh-Hant-HK)\n";
        return kExitUsage;
    }

    if (const auto refused = notAnArticleFile(o.file)) {
        std::cerr << "banmian typeset: " << *refused << "\n";
        return kExitBadInput;
    }
    if (const auto refused =
                checkOutputs({{o.pdf, OutputKind::Pdf}, {o.png, OutputKind::Picture, "--png"}},
                             false, {o.file}, o.json ? "--json" : "")) {
        std::cerr << "banmian typeset: " << refused->message << "\n";
        return refused->exitCode;
    }
    const auto imported = layout::importArticleFile(o.file);
    if (!imported) {
        std::cerr << "banmian typeset: " << o.file << ": " << layout::describe(imported.error())
                  << "\n";
        return kExitBadInput;
    }
    // The galley is set in one language: the one asked for, else the one most of its text is in.
    const layout::Language language =
            asked.value_or(layout::majorityLanguage(imported.value().stories));
    fonts::FontRegistry registry;
    const auto font = registry.forRole(*role, std::nullopt, layout::cjkRegion(language));
    if (!font) {
        std::cerr << "banmian typeset: " << font.error << "\n";
        return kExitBadInput;
    }

    layout::Typesetter typesetter(registry);
    layout::ParagraphStyle style;
    style.font = *font.id;
    style.language = language;
    if (!o.latin.empty()) {
        const auto latin = registry.forFamily(o.latin);
        if (!latin) {
            std::cerr << "banmian typeset: " << latin.error << "\n";
            return kExitBadInput;
        }
        style.latinFont = latin.id;
    }
    style.size = *size;
    style.leading = leading;
    style.vertical = o.vertical;
    const layout::Galley galley =
            layout::typesetGalley(imported.value().stories, typesetter, style, *width);
    const layout::GalleyQuality quality = layout::checkGalley(galley, style.size);

    if (!o.png.empty()) {
        if (!pictures().galley) {
            std::cerr << "banmian typeset: " << noPainterMessage() << "\n";
            return kExitUsage;
        }
        if (const auto error = pictures().galley(galley, style, registry, o.png)) {
            std::cerr << "banmian typeset: " << *error << "\n";
            return kExitBadInput;
        }
        std::cerr << "banmian typeset: wrote " << whereWritten(o.png) << "\n";
    }
    if (!o.pdf.empty()) {
        layout::PdfOptions options;
        options.title = o.file;
        options.cropMarks = false;             // a galley is a proof, not a page for the plant
        options.time = layout::exportClock();  // its dates; SOURCE_DATE_EPOCH fixes them
        const auto pdf = layout::exportPdf(layout::galleyPages(galley, style), registry, options);
        if (!pdf) {
            std::cerr << "banmian typeset: " << pdf.error().message << "\n";
            return kExitBadInput;
        }
        if (const auto error = layout::writeFileAtomically(o.pdf, pdf.value())) {
            std::cerr << "banmian typeset: " << error->message << "\n";
            return kExitBadInput;
        }
    }
    if (o.json) {
        std::cout << toJson(galley, quality, o, style).dump(2) << "\n";
    } else if (o.png.empty() && o.pdf.empty()) {
        printGalley(galley, quality, style.size);
    }
    return kExitOk;
}

}  // namespace banmian::app
