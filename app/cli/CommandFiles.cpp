#include "app/cli/CommandFiles.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "layout/base/AtomicFile.h"
#include "layout/document/PageLock.h"
#include "layout/import/FileKind.h"

namespace banmian::app {

namespace {

namespace fs = std::filesystem;

const char* kPlainText = "plain text in UTF-8, UTF-16 or GB18030";

std::string notEither(bool readsDocuments) {
    return readsDocuments ? "neither an article file nor a Banmian page document"
                          : "not an article file";
}

// page.banmian -> page.pdf: the name a PDF or picture could have instead.
std::string renamed(const std::string& path, OutputKind kind) {
    return fs::path(path).replace_extension(kind == OutputKind::Picture ? ".png" : ".pdf").string();
}

}  // namespace

std::optional<std::string> notAnArticleFile(const std::string& file, bool readsDocuments) {
    switch (layout::fileKindOfFile(file)) {
        case layout::FileKind::ArticleText:
            return std::nullopt;
        case layout::FileKind::BanmianDocument:
            if (readsDocuments) return std::nullopt;
            return file +
                   " is a Banmian page document, not an article file; open it with banmian " +
                   file + ", or give it to banmian export / info / hints";
        case layout::FileKind::OtherJson:
            return file + " is JSON data, " + notEither(readsDocuments) +
                   "; give the article file itself: " + kPlainText;
        case layout::FileKind::Pdf:
            return file + " is a PDF file, " + notEither(readsDocuments) +
                   "; Banmian reads no PDF: give the articles as " + kPlainText +
                   " (pdftotext gives a PDF's text)";
        case layout::FileKind::OfficeDocument:
            return file + " is " + std::string(describe(layout::FileKind::OfficeDocument)) + ", " +
                   notEither(readsDocuments) + "; save the articles from it as " + kPlainText +
                   " and give that";
    }
    return std::nullopt;
}

std::optional<Refusal> checkOutputs(const std::vector<Output>& outputs, bool force,
                                    const std::vector<std::string>& inputs,
                                    const std::string& stdoutTakenBy) {
    std::string standardOutput = stdoutTakenBy;
    for (const Output& output : outputs) {
        if (output.path != layout::kStandardOutput) continue;
        const std::string given = output.option + " -";
        if (!standardOutput.empty()) {
            return Refusal{standardOutput + " and " + given +
                                   " both write to standard output; give one of them a file's "
                                   "name",
                           2};
        }
        standardOutput = given;
        if (output.kind != OutputKind::Document && ::isatty(STDOUT_FILENO)) {
            return Refusal{"standard output is a terminal, and " + given + " would print a " +
                                   (output.kind == OutputKind::Pdf ? "PDF" : "PNG picture") +
                                   " on it: send it into a file or a pipe (> page.pdf, | lp), or "
                                   "give " +
                                   output.option + " a file's name",
                           2};
        }
    }
    for (const Output& output : outputs) {
        if (output.path.empty() || output.path == layout::kStandardOutput) continue;
        const auto followed = layout::followLinks(output.path);
        if (!followed) return Refusal{followed.error().message};
        const fs::path& target = followed.value();
        for (const std::string& input : inputs) {
            std::error_code error;
            if (fs::equivalent(target, input, error)) {
                return Refusal{output.option + " " + output.path + " is " +
                               (input == output.path ? std::string() : input + ", ") +
                               "the file being read; write to another file"};
            }
        }
        // The window locks the page by the name it opened it with: the link, or its target.
        for (const fs::path& page : {fs::path(output.path), target}) {
            const auto holder = layout::readPageLock(page);
            if (holder && holder->alive) {
                return Refusal{output.path + " is open in a window: " + describe(*holder) +
                               "; close it there first (not even --force writes over a page a "
                               "window holds)"};
            }
        }
        struct stat st {};
        if (::stat(target.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        const bool document = output.path.ends_with(".banmian") ||
                              target.string().ends_with(".banmian") ||
                              layout::fileKindOfFile(target) == layout::FileKind::BanmianDocument;
        if (!document) continue;
        if (output.kind != OutputKind::Document) {
            return Refusal{output.option + " " + output.path +
                           " is a Banmian page document, and the " +
                           (output.kind == OutputKind::Pdf ? "PDF" : "picture") +
                           " would replace it; give " + output.option + " another name (" +
                           renamed(output.path, output.kind) + ")"};
        }
        if (!force) {
            return Refusal{output.path +
                           " is a Banmian page document already; --force replaces it, or give " +
                           output.option + " another name"};
        }
    }
    return std::nullopt;
}

std::string whereWritten(const std::string& path) {
    return path == layout::kStandardOutput ? "to standard output" : path;
}

}  // namespace banmian::app
