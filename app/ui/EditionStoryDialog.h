#pragma once

#include <QWidget>
#include <optional>
#include <string>
#include <vector>

#include "layout/newsroom/EditionStore.h"

namespace banmian::app {

/// Asks which of the edition's stories to place on page `page`: each listed with its title, its
/// length in characters and the pages it is placed on (已排), the stock's first. The chosen
/// story's id; nothing when the designer cancelled.
std::optional<std::string> askForEditionStory(QWidget* parent,
                                              const std::vector<layout::EditionStory>& stories,
                                              int page);

}  // namespace banmian::app
