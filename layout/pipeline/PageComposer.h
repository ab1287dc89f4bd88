#pragma once

#include <memory>
#include <optional>
#include <stop_token>

#include "fonts/FontRegistry.h"
#include "layout/base/Result.h"
#include "layout/compose/AutoCompose.h"
#include "layout/document/Document.h"
#include "layout/flow/FlowStyles.h"
#include "layout/output/PageLayout.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {

/// What composes a document's page, for the window and the command alike: the installed fonts, the
/// typesetter and its caches, and the styles of the sheet last asked for, resolved to faces. A page
/// is composed automatically only when a person asks for it (autoCompose); an empty page stays
/// empty. Used from one thread at a time (its faces and caches are its own); another composer over
/// the same fonts composes in another thread at the same time.
class PageComposer {
public:
    /// Over the system's fonts (or BANMIAN_FONT_PATH's).
    PageComposer();
    /// Over the fonts of `catalog`, scanned before: a second composer for another thread, with
    /// faces and caches of its own, over the same fonts as the first.
    explicit PageComposer(fonts::FontCatalog catalog);
    ~PageComposer();
    PageComposer(const PageComposer&) = delete;
    PageComposer& operator=(const PageComposer&) = delete;

    fonts::FontRegistry& registry() { return *m_registry; }
    const fonts::FontRegistry& registry() const { return *m_registry; }
    Typesetter& typesetter() { return *m_typesetter; }

    /// `sheet`'s styles resolved to installed faces, kept until another sheet is asked for; the
    /// message naming the first font that is not installed (and its package) when they cannot be.
    Result<const FlowStyles*> styles(const StyleSheet& sheet);

    /// The document's page as it stands, composed: every block flowed, copyfit counted.
    Result<PageLayout> layout(const Document& document);

    /// A page of the document's stories composed by AutoCompose, under its masthead (the
    /// placeholder 报名 and today's date where it has none): on a new page of `preset`, or with
    /// none, on the document's own grid.
    Result<Page> autoCompose(const Document& document, std::optional<PagePreset> preset);
    /// The `count` best layouts auto-compose finds for the document's stories and photos, best
    /// first, each with its measure and score (AutoCompose.h); none when `stop` abandoned it.
    Result<std::vector<ComposedPage>> composeVariants(const Document& document,
                                                      std::optional<PagePreset> preset, int count,
                                                      std::stop_token stop = {});

private:
    std::unique_ptr<fonts::FontRegistry> m_registry;
    std::unique_ptr<Typesetter> m_typesetter;
    std::optional<StyleSheet> m_sheet;  // the sheet m_styles were resolved from
    std::optional<FlowStyles> m_styles;
};

}  // namespace banmian::layout
