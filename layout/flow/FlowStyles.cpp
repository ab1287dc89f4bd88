#include "layout/flow/FlowStyles.h"

namespace banmian::layout {

ParagraphStyle localized(ParagraphStyle style, Language language, fonts::FontRegistry& registry) {
    style.language = language;
    style.font = registry.regional(style.font, cjkRegion(language));
    return style;
}

FlowStyles localized(const FlowStyles& styles, Language language, fonts::FontRegistry& registry) {
    FlowStyles out = styles;
    for (ParagraphStyle* style :
         {&out.body, &out.kicker, &out.headline, &out.leadHeadline, &out.subtitle, &out.byline,
          &out.caption, &out.sidebarHeadline, &out.sidebarBody, &out.mastheadTitle,
          &out.mastheadInfo, &out.folio}) {
        *style = localized(*style, language, registry);
    }
    if (out.jump) out.jump = localized(*out.jump, language, registry);
    return out;
}

Result<FlowStyles> flowStyles(const StyleSheet& sheet, fonts::FontRegistry& registry) {
    FlowStyles styles;
    const std::pair<const char*, ParagraphStyle*> elements[] = {
            {"body", &styles.body},
            {"kicker", &styles.kicker},
            {"headline", &styles.headline},
            {"lead.headline", &styles.leadHeadline},
            {"subtitle", &styles.subtitle},
            {"byline", &styles.byline},
            {"caption", &styles.caption},
            {"sidebar.headline", &styles.sidebarHeadline},
            {"sidebar.body", &styles.sidebarBody},
            {"masthead.title", &styles.mastheadTitle},
            {"masthead.info", &styles.mastheadInfo},
            {"folio", &styles.folio},
    };
    for (const auto& [name, target] : elements) {
        auto resolved = paragraphStyle(sheet.get(name), registry);
        if (!resolved) return resolved.error();
        *target = std::move(resolved).value();
        target->colour = sheet.colour(sheet.get(name).ink);
    }
    // Heads break between words, balanced, as a designer breaks them; body text anywhere.
    for (ParagraphStyle* head : {&styles.kicker, &styles.headline, &styles.leadHeadline,
                                 &styles.subtitle, &styles.sidebarHeadline})
        head->lineBreaking = LineBreaking::BetweenWordsBalanced;
    // A sheet without a jump style sets jump lines in the body's (FlowStyles::jump).
    if (sheet.find("jump")) {
        auto jump = paragraphStyle(sheet.get("jump"), registry);
        if (!jump) return jump.error();
        styles.jump = std::move(jump).value();
        styles.jump->colour = sheet.colour(sheet.get("jump").ink);
    }
    styles.swatches = sheet.swatches();
    const TextStyle& headline = sheet.get("headline");
    const TextStyle& lead = sheet.get("lead.headline");
    styles.headlineSizes = {headline.minSize, headline.maxSize};
    styles.leadHeadlineSizes = {lead.minSize, lead.maxSize};
    return styles;
}

}  // namespace banmian::layout
