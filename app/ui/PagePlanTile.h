#pragma once

#include <QImage>
#include <QString>

#include "app/edit/EditionPlan.h"
#include "layout/output/PageLayout.h"

namespace banmian::app {

/// The colour the plan gives a state: grey while composed, amber in proof, green signed, blue
/// sent — the page's progress read across the plan at a glance.
QColor stateColour(const layout::PageState& state);

/// Page `page` drawn `width` pixels wide for the plan: the page as composed (`composed`; none: a
/// grey sheet saying why), framed, under a band of its state's colour naming the state.
QImage planTile(const PlanPage& page, const layout::PageLayout* composed,
                const fonts::FontRegistry& registry, int width);

/// The plan's words under a tile: 第3版　综合 / 一校 · 王五 编辑中 / 正好 · 待改 3 处.
QString planCaption(const PlanPage& page, const layout::PageLayout* composed);

}  // namespace banmian::app
