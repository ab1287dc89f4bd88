#pragma once

#include <optional>

#include "app/edit/NewsroomPage.h"

class QWidget;

namespace banmian::app {

/// File → Open from Newsroom…: asks for the newsroom's database (remembered in the settings; a URL
/// with no password in it — libpq takes that from PGPASSWORD or ~/.pgpass), the edition's day and
/// the page (not asked `withPage` false: the page plan's edition, page 0). Nothing when the dialog
/// is cancelled.
std::optional<NewsroomAddress> askForNewsroomPage(QWidget* parent, bool withPage = true);

}  // namespace banmian::app
