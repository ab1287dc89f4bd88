#include "layout/pipeline/PageComposer.h"

#include "layout/compose/AutoCompose.h"
#include "layout/flow/PageFlow.h"
#include "layout/model/MastheadDate.h"

namespace banmian::layout {

PageComposer::PageComposer()
    : m_registry(std::make_unique<fonts::FontRegistry>()),
      m_typesetter(std::make_unique<Typesetter>(*m_registry)) {}

PageComposer::PageComposer(fonts::FontCatalog catalog)
    : m_registry(std::make_unique<fonts::FontRegistry>(std::move(catalog))),
      m_typesetter(std::make_unique<Typesetter>(*m_registry)) {}

PageComposer::~PageComposer() = default;

Result<const FlowStyles*> PageComposer::styles(const StyleSheet& sheet) {
    if (m_styles && m_sheet && *m_sheet == sheet) return &*m_styles;
    auto resolved = flowStyles(sheet, *m_registry);
    if (!resolved) return resolved.error();
    m_sheet = sheet;
    m_styles = std::move(resolved).value();
    return &*m_styles;
}

Result<PageLayout> PageComposer::layout(const Document& document) {
    const auto styles = this->styles(document.styles);
    if (!styles) return styles.error();
    return layoutPage(document.page, document.stories, *styles.value(), *m_typesetter);
}

Result<std::vector<ComposedPage>> PageComposer::composeVariants(const Document& document,
                                                                std::optional<PagePreset> preset,
                                                                int count, std::stop_token stop) {
    const auto styles = this->styles(document.styles);
    if (!styles) return styles.error();
    const FlowStyles& s = *styles.value();
    const PageGrid grid =
            preset ? pageGrid(*preset, s.body.size, s.body.leading) : document.page.grid;
    Masthead masthead = document.page.masthead;
    if (masthead.title.empty()) masthead.title = "报名";
    // A paper is made the day before it comes out.
    if (masthead.date.empty() && !masthead.publication) masthead.publication = tomorrow();
    return layout::composeVariants(document.stories, document.photos, grid, masthead, s,
                                   document.print, *m_typesetter, count, &document.page,
                                   std::move(stop));
}

Result<Page> PageComposer::autoCompose(const Document& document, std::optional<PagePreset> preset) {
    auto variants = composeVariants(document, preset, 1);
    if (!variants) return variants.error();
    return std::move(variants.value().front().page);
}

}  // namespace banmian::layout
