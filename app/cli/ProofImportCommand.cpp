#include "app/cli/ProofImportCommand.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "layout/document/Document.h"
#include "layout/pipeline/ProofMarksImport.h"

namespace banmian::app {

namespace {

constexpr const char* kUsage =
        "usage: banmian proof import PAGE.banmian ANNOTATED.pdf [-o OUT.banmian] [--force]\n"
        "  the annotations of a proof (banmian export PAGE.banmian -o proof.pdf --proof), marked "
        "in any PDF viewer, read in as PAGE's proof marks;\n"
        "  -o OUT.banmian: write the page with them there instead of over PAGE; --force: replace "
        "OUT if it exists";

}  // namespace

int runProofImportCommand(const std::vector<std::string>& args) {
    std::string page, pdf, output;
    bool force = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) {
            output = args[++i];
        } else if (args[i] == "--force") {
            force = true;
        } else if (!args[i].starts_with("-") && page.empty()) {
            page = args[i];
        } else if (!args[i].starts_with("-") && pdf.empty()) {
            pdf = args[i];
        } else {
            std::cerr << "banmian proof import: unexpected " << args[i] << "\n" << kUsage << "\n";
            return kExitUsage;
        }
    }
    if (page.empty() || pdf.empty()) {
        std::cerr << "banmian proof import: "
                  << (page.empty() ? "which page?" : "which annotated proof PDF?") << "\n"
                  << kUsage << "\n";
        return kExitUsage;
    }
    // Over the page itself unless told otherwise: what the proofreader's marks are for. Never over
    // a page a window holds (it would lose them at its next save), nor over another page document
    // without --force.
    std::error_code error;
    const bool inPlace = output.empty() || std::filesystem::equivalent(output, page, error);
    const std::string target = output.empty() ? page : output;
    if (const auto refused =
                inPlace ? checkOutputs({{page, OutputKind::Document}}, true, {pdf})
                        : checkOutputs({{output, OutputKind::Document}}, force, {page, pdf})) {
        std::cerr << "banmian proof import: " << refused->message << "\n";
        return refused->exitCode;
    }

    auto read = layout::readDocument(page);
    if (!read) {
        std::cerr << "banmian proof import: " << read.error().message << "\n";
        return kExitBadInput;
    }
    layout::Document document = std::move(read).value();
    std::ifstream in(pdf, std::ios::binary);
    if (!in) {
        std::cerr << "banmian proof import: cannot read " << pdf << "\n";
        return kExitBadInput;
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

    layout::PageComposer composer;
    const auto imported = layout::importProofMarks(document, bytes, composer, pdf, page);
    if (!imported) {
        std::cerr << "banmian proof import: " << imported.error().message << "\n";
        return kExitBadInput;
    }
    const layout::ProofMarksImported& result = imported.value();
    // A document to standard output leaves the summary to standard error.
    std::ostream& said = target == "-" ? std::cerr : std::cout;
    said << result.summary() << "\n";
    for (const std::string& mark : result.orphaned)
        said << "  orphaned (its text is no longer on the page): " << mark << "\n";
    for (const layout::SkippedAnnotation& skipped : result.skipped)
        said << "  skipped " << skipped.what << ": " << skipped.why << "\n";

    if (target == "-") {
        std::cout << layout::documentToJson(document);
    } else if (const auto failed = layout::writeDocument(document, target)) {
        std::cerr << "banmian proof import: " << failed->message << "\n";
        return kExitBadInput;
    } else {
        said << "wrote " << whereWritten(target) << "\n";
    }
    return kExitOk;
}

}  // namespace banmian::app
