#include "app/edit/PageDocument.h"

#include <QDateTime>
#include <QUndoStack>

#include "app/edit/EditCommand.h"
#include "app/edit/FileLock.h"
#include "app/edit/Proofreading.h"
#include "layout/base/Utf8.h"
#include "layout/image/RasterImage.h"
#include "layout/proof/MarkAnchors.h"
#include "layout/proof/OpenHints.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

PageDocument::PageDocument(QObject* parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_proofreader(proofreaderName()) {}

void PageDocument::setProofreader(const QString& name) {
    if (name.trimmed().isEmpty()) return;
    m_proofreader = name.trimmed();
    setProofreaderName(m_proofreader);
}

PageDocument::~PageDocument() {
    // The stack clears itself as it goes, signalling to a window and an autosave that are being
    // destroyed themselves (UBSan caught the call): nobody hears it now.
    m_undo->blockSignals(true);
}

bool PageDocument::isModified() const {
    return !m_undo->isClean();
}

void PageDocument::reset(layout::Document document, const QString& path,
                         std::unique_ptr<FileLock> lock) {
    m_undo->clear();
    m_readOnly.reset();  // another page: editable unless its opener says otherwise
    if (lock)
        m_lock = std::move(lock);
    else if (path != m_path)
        m_lock.reset();  // the same file opened again keeps its lock
    m_path = path;
    readKnownMistakes();
    layout::giveMissingIds(document);  // what selections, undo steps and marks know them by
    m_hints = layout::undecidedHints(document.stories, document.marks, m_knownMistakes);
    setDocument(std::move(document), true);
    compose();
    m_undo->setClean();
}

void PageDocument::restore(layout::Document document, const QString& path) {
    reset(std::move(document), path);
    m_undo->resetClean();  // nothing on disk matches it
}

std::optional<QString> PageDocument::lockFile() {
    if (m_path.isEmpty()) return std::nullopt;
    QString holder;
    m_lock = FileLock::take(m_path, holder);
    if (!m_lock) return holder;
    return std::nullopt;
}

std::optional<QString> PageDocument::save(const QString& path) {
    std::unique_ptr<FileLock> lock;
    if (path != m_path || !m_lock) {
        QString holder;
        lock = FileLock::take(path, holder);
        if (!lock) return holder;
    }
    if (const auto error = layout::writeDocument(m_document, path.toStdString()))
        return QString::fromStdString(error->message);
    if (lock) m_lock = std::move(lock);
    if (path != m_path) {
        m_path = path;
        readKnownMistakes();  // another folder, another newsroom's list
        m_hints = layout::undecidedHints(m_document.stories, m_document.marks, m_knownMistakes);
        emit changed();
    }
    m_undo->setClean();
    return std::nullopt;
}

void PageDocument::readKnownMistakes() {
    m_knownMistakes.clear();
    if (const QString settings = newsroomListPath(); !settings.isEmpty()) {
        auto list = layout::readKnownMistakes(settings.toStdString());
        if (list)
            m_knownMistakes = std::move(list).value();
        else
            emit notice(tr("The newsroom's list of known mistakes is not used: %1")
                                .arg(QString::fromStdString(list.error().message)));
    }
    if (m_path.isEmpty()) return;
    auto list = layout::readKnownMistakesBeside(m_path.toStdString());
    if (list) {  // the page's own folder's word wins over the settings' for the same text
        std::erase_if(m_knownMistakes, [&](const layout::KnownMistake& m) {
            return std::any_of(
                    list.value().begin(), list.value().end(),
                    [&](const layout::KnownMistake& own) { return own.wrong == m.wrong; });
        });
        m_knownMistakes.insert(m_knownMistakes.end(), list.value().begin(), list.value().end());
    } else {
        emit notice(tr("The list of known mistakes beside the page is not used: %1")
                            .arg(QString::fromStdString(list.error().message)));
    }
}

void PageDocument::reloadKnownMistakes() {
    readKnownMistakes();
    m_hints = layout::undecidedHints(m_document.stories, m_document.marks, m_knownMistakes);
    emit changed();
}

void PageDocument::setReadOnly(std::optional<QString> why) {
    m_readOnly = std::move(why);
    emit changed();
}

void PageDocument::takeOthers(
        layout::Document merged,
        const std::function<layout::Document(const layout::Document&)>& rebase) {
    if (rebase) {
        for (int i = 0; i < m_undo->count(); ++i) {
            // The stack hands its steps out const; each is ours (EditCommand), made by this class.
            auto* step = const_cast<QUndoCommand*>(m_undo->command(i));
            if (auto* edit = dynamic_cast<EditCommand*>(step)) edit->rebase(rebase);
        }
    }
    layout::giveMissingIds(merged);
    const bool storiesDiffer = !(merged.stories == m_document.stories);
    if (storiesDiffer || !(merged.marks == m_document.marks))
        m_hints = layout::undecidedHints(merged.stories, merged.marks, m_knownMistakes);
    setDocument(std::move(merged), storiesDiffer);
    compose();
}

std::optional<QString> PageDocument::frozen() const {
    if (m_readOnly) return m_readOnly;
    const auto signedOff = layout::currentSignOff(m_document);
    if (!signedOff) return std::nullopt;
    // "22:41" on this desk's clock for a signature of today, else with the day too.
    const QDateTime when =
            QDateTime::fromString(QString::fromStdString(signedOff->time), Qt::ISODate);
    QString time = QString::fromStdString(signedOff->time);
    if (when.isValid()) {
        const QDateTime local = when.toLocalTime();
        time = local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("MM-dd HH:mm"));
    }
    return tr("This page is signed off (%1 %2): lift the sign-off before changing it")
            .arg(QString::fromStdString(signedOff->by), time);
}

bool PageDocument::refuseWhenFrozen() {
    const auto why = frozen();
    if (why) emit notice(*why);
    return why.has_value();
}

void PageDocument::record(const layout::Document& after) {
    setDocument(after, false);
    compose();
    m_undo->clear();
    m_undo->resetClean();  // the record is saved with the page
}

bool PageDocument::apply(const layout::Document& document) {
    // The sign-off history changes only by record(): a document made before a sign-off or a lift
    // (a dialog's, the auto-composer's worker's) neither signs the page again nor lifts it.
    if (document.signOffs != m_document.signOffs) {
        layout::Document kept = document;
        kept.signOffs = m_document.signOffs;
        return apply(kept);
    }
    // The one place every undo step's change goes through (EditCommand, a photo's scaling): a
    // signed page (签样) takes none. Compared only then: a drag's steps do not pay for it.
    if (frozen() && layout::documentToJson(document) != layout::documentToJson(m_document)) {
        refuseWhenFrozen();
        return false;
    }
    // The hints are found again only when what they depend on changed: a drag changes neither.
    const bool storiesDiffer = !(document.stories == m_document.stories);
    if (storiesDiffer || !(document.marks == m_document.marks))
        m_hints = layout::undecidedHints(document.stories, document.marks, m_knownMistakes);
    setDocument(document, storiesDiffer);
    compose();
    return true;
}

void PageDocument::setDocument(layout::Document document, bool storiesDiffer) {
    if (storiesDiffer) emit storiesAboutToChange();
    m_document = std::move(document);
    ++m_revision;
    if (storiesDiffer) emit storiesChanged();
}

void PageDocument::preview(const layout::Page& page) {
    if (refuseWhenFrozen()) return;
    m_document.page = page;
    ++m_revision;
    compose();
}

void PageDocument::commit(const QString& name, const layout::Document& before) {
    if (refuseWhenFrozen()) return;
    m_undo->push(new EditCommand(*this, name, before, m_document));
}

bool PageDocument::change(const QString& name, const layout::Document& after) {
    if (refuseWhenFrozen()) return false;
    const layout::Document before = m_document;
    if (after.marks == before.marks && !(after.stories == before.stories)) {
        layout::Document followed = after;
        layout::followText(before.stories, followed.stories, followed.marks);
        apply(followed);
    } else {
        apply(after);
    }
    commit(name, before);
    return true;
}

QString PageDocument::storyName(std::size_t block) const {
    if (block >= m_document.page.blocks.size()) return {};
    const layout::Block& b = m_document.page.blocks[block];
    if (b.kind == layout::BlockKind::Masthead) return tr("the masthead");
    if (b.kind == layout::BlockKind::Folio) return tr("the folio");
    if (b.kind == layout::BlockKind::Ear) return tr("the ear");
    if (!layout::findStory(m_document.stories, b.story)) return tr("an empty block");
    return storyTitle(b.story);
}

QString PageDocument::storyTitle(const std::string& story) const {
    const layout::Story* found = layout::findStory(m_document.stories, story);
    if (!found) return {};
    const layout::Story& s = *found;
    std::string title = s.headline.empty() ? s.kicker : s.headline;
    if (title.empty() && !s.paragraphs.empty())  // a story split off has no head yet
        title = std::string(layout::utf8::prefix(s.paragraphs.front(), 12)) + "…";
    return tr("“%1”").arg(QString::fromStdString(title.empty() ? std::string("…") : title));
}

QString PageDocument::refusal(const QString& what, std::size_t inTheWay) const {
    return tr("%1 cannot go over %2").arg(what, storyName(inTheWay));
}

std::optional<QString> PageDocument::missingFonts(const layout::Document& document) const {
    const auto styles = m_composer.styles(document.styles);
    if (!styles) return QString::fromStdString(styles.error().message);
    return std::nullopt;
}

void PageDocument::compose() {
    // The soft proof follows the plant's profile; made again only when the profile changes.
    const std::string& profile = m_document.print.outputProfile;
    if (profile != m_proofProfile) {
        m_proofProfile = profile;
        m_proof.reset();  // none: the painter's default, newsprint's profile
        if (const auto bytes = profile.empty() ? std::nullopt : layout::readImageFile(profile)) {
            if (auto made = layout::SoftProof::create(*bytes)) m_proof = std::move(made).value();
        }
    }
    m_layout.reset();
    m_error.reset();
    auto composed = m_composer.layout(m_document);
    if (composed)
        m_layout = std::move(composed).value();
    else
        m_error = QString::fromStdString(composed.error().message);
    emit changed();
}

}  // namespace banmian::app
