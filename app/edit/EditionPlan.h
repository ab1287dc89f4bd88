#pragma once

#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "app/edit/NewsroomPage.h"
#include "layout/document/Document.h"
#include "layout/edition/Edition.h"
#include "layout/pipeline/PageComposer.h"

namespace banmian::app {

/// One page of the page plan (版面规划): its line (state, holder, marks) and its document as it
/// opens (jump lines put right), from which the plan draws it small and counts its copyfit.
struct PlanPage {
    layout::PageStatus status;
    std::optional<layout::Document> document;
    QString error;  ///< why the page cannot be shown (its file damaged, a font missing)
};

/// Where a page of the plan opens: a newsroom page (its address) or a page file of a folder.
struct PlanPageAddress {
    std::optional<NewsroomAddress> newsroom;
    QString file;
};

/// An edition as the page plan reads it: from the newsroom's database or from a folder (an
/// edition file beside its pages). It says when the edition changed (changed()): a page saved,
/// marked, held, signed or sent, by anyone, so that the plan follows without a refresh button.
class EditionPlanSource : public QObject {
    Q_OBJECT

public:
    /// The edition in the newsroom's database at `url` of day `date`, followed through its
    /// channel; null with `error` said as a person reads it.
    static std::unique_ptr<EditionPlanSource> newsroom(const QString& url,
                                                       const layout::CalendarDate& date,
                                                       QString& error);
    /// The edition in `folder` (its edition.json), followed through the file system; null with
    /// `error` when the folder has none.
    static std::unique_ptr<EditionPlanSource> folder(const QString& folder, QString& error);

    /// "徐汇报 2026-12-06": the paper and the day.
    virtual QString name() const = 0;
    /// Every page as it stands now, in order, each opened as the window opens it; the error when
    /// the edition cannot be read at all (one page's trouble stays on that page's line).
    virtual std::optional<QString> read(std::vector<PlanPage>& pages,
                                        layout::PageComposer& composer) = 0;
    /// Which edition it is, to tell whether a page opened belongs to the plan shown: the
    /// database's URL and the day, or the folder.
    virtual QString identity() const = 0;
    /// Where page `number` opens in the window.
    virtual PlanPageAddress address(int number) const = 0;

signals:
    /// The edition changed: the plan reads it again.
    void changed();
    /// What the status bar should say (the connection lost, back again).
    void status(const QString& message);

protected:
    using QObject::QObject;
};

/// "徐汇报 2026-12-06": the paper and the day, as the plan's sources name their edition.
QString editionName(const layout::Edition& edition);

/// EditionPlanSource::identity() of the newsroom's edition at `url` of day `date`.
QString newsroomIdentity(const QString& url, const layout::CalendarDate& date);

/// The folder of the edition whose page file `path` is (page-03.banmian beside edition.json);
/// empty when it is a page of no edition.
QString editionFolderOf(const QString& path);

/// A page file of an edition's folder: the folder, its edition and the page's number.
struct FolderPage {
    std::filesystem::path folder;
    layout::Edition edition;
    int number = 0;
};
/// What edition and page the file `path` is; none when it is no page of an edition's folder.
std::optional<FolderPage> folderPageOf(const QString& path);

}  // namespace banmian::app
