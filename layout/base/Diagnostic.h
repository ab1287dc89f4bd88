#pragma once

#include <string>

namespace banmian::layout {

/// How much a diagnostic matters: an error stops what was asked (a file not read, a page the
/// print export refuses), a warning is for a person to check, a note says what was done.
enum class Severity { Error, Warning, Note };

/// Where on the page or in the stories a diagnostic points: whichever of these apply (a block and
/// the story it shows, a text of that story, a paragraph, a character), the rest left unset.
struct DiagnosticPlace {
    std::string block = {};  ///< the block's id (Block::id)
    int story = -1;  ///< the story's place in the document's list, as the story list numbers it
    std::string headline = {};  ///< that story's headline, as people know it
    /// Which text: "kicker", "headline", "subtitle", "body" (as StoryField's names), "credit
    /// line", "caption"; empty for a whole block or story.
    std::string field = {};
    int paragraph = -1;  ///< the body's paragraph, from 0
    int offset = -1;     ///< bytes into that text, at a character's start
    int photo = -1;      ///< which of the block's photos

    bool empty() const { return block.empty() && story < 0 && field.empty() && paragraph < 0; }
    bool operator==(const DiagnosticPlace&) const = default;
};

/// Something a person should know about their input or their page, with a message they can act
/// on: the error of every Result, the importer's warnings and repairs, what the text engine and
/// the flow could not do (a character no font has, overset), and the preflight's findings.
/// `Diagnostic{line, "message"}` is an error at a source line.
struct Diagnostic {
    int line = 0;  ///< 1-based line of the source file (articles, a document); 0 when none
    std::string message;
    Severity severity = Severity::Error;
    /// A short stable name of what it is, for programs and tests: "missing-glyph", "overset",
    /// "photo-missing", "import-repair", …; empty for a plain error.
    std::string kind = {};
    DiagnosticPlace place = {};

    bool operator==(const Diagnostic&) const = default;
};

/// "error", "warning", "note".
const char* toString(Severity severity);

/// The place alone, as a person reads it: "line 12", "story-2 (集中销毁八百余公斤): paragraph 3",
/// "story [4]: headline"; empty when there is none.
std::string describePlace(const Diagnostic& diagnostic);

/// The one line the CLI prints: "line 12: message", "story-2 (集中销毁八百余公斤): paragraph 3:
/// message", or the bare message when no place applies.
std::string describe(const Diagnostic& diagnostic);

}  // namespace banmian::layout
