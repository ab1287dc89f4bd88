#pragma once

#include <optional>
#include <string>
#include <vector>

namespace banmian::app {

/// Why `file`, given to a subcommand as articles, is none — a page document, other JSON, a PDF, a
/// word processor's file — as the line to print after "banmian command: ", naming what takes it;
/// nothing when it may be article text (the importer judges the rest). `readsDocuments`: the
/// subcommand reads page documents too (export, hints), so a page document is no error.
std::optional<std::string> notAnArticleFile(const std::string& file, bool readsDocuments = false);

/// What a subcommand writes: a page document, or a PDF or picture made from one.
enum class OutputKind { Document, Pdf, Picture };

/// One file a subcommand will write, as the user named it (`-` is standard output; none when
/// empty).
struct Output {
    std::string path;
    OutputKind kind = OutputKind::Pdf;
    std::string option = "-o";  ///< how the user gave it: -o, --png
};

/// A refusal to write, as the line to print after "banmian command: ", and the exit code.
struct Refusal {
    std::string message;
    int exitCode = 1;
};

/// Checks every output of a subcommand before anything is read or written, so that a user's
/// files are never overwritten by surprise: no output is an input (`inputs`); none is a page a
/// running window holds, even with --force; none writes over an existing page document without
/// `force` (a PDF or picture never does: it would replace the page with no way back); at most
/// one goes to standard output, which is no terminal for a PDF or picture, and which
/// `stdoutTakenBy` (e.g. "--json"), when given, already takes.
std::optional<Refusal> checkOutputs(const std::vector<Output>& outputs, bool force,
                                    const std::vector<std::string>& inputs,
                                    const std::string& stdoutTakenBy = {});

/// How a status line names where an output went ("wrote …"): its path, or "to standard output".
std::string whereWritten(const std::string& path);

}  // namespace banmian::app
