#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "layout/base/Result.h"
#include "layout/edition/Edition.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::app {

class NewsroomPage;

/// The edition the window's page belongs to, as Place Story from Edition… and Continue on Page…
/// reach it: in the newsroom's database (the page held by its lease) or in a folder (the page's
/// file locked by this window). The same two actions on either.
class EditionLink {
public:
    virtual ~EditionLink() = default;

    /// The page's number in the edition, and how many pages the edition has.
    virtual int here() const = 0;
    virtual int pages() const = 0;
    /// The edition's stories with the pages each stands on; the error, if any.
    virtual layout::Result<std::vector<layout::EditionStory>> stories() = 0;
    /// Page `number` of the edition, taken for one change: opened with its jumps put right,
    /// changed by `edit` (which says why not, if it cannot), written whole and given back.
    /// Refused, naming who has it, while another holds it; the error, if any.
    virtual std::optional<QString> changeOtherPage(
            int number, const std::function<std::optional<QString>(layout::Document&)>& edit) = 0;
};

/// The newsroom's edition of `page`.
std::unique_ptr<EditionLink> newsroomLink(NewsroomPage& page);
/// The edition in the folder of page file `path` (page-03.banmian beside edition.json); null
/// when the file is no page of an edition's folder.
std::unique_ptr<EditionLink> folderLink(const QString& path, layout::PageComposer& composer);

}  // namespace banmian::app
