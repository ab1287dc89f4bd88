#include "app/cli/CommandFiles.h"

#include "layout/import/FileKind.h"

namespace banmian::app {

namespace {

const char* kPlainText = "plain text in UTF-8, UTF-16 or GB18030";

std::string notEither(bool readsDocuments) {
    return readsDocuments ? "neither an article file nor a Banmian page document"
                          : "not an article file";
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

}  // namespace banmian::app
