#include "app/edit/ProofRounds.h"

#include <QCoreApplication>
#include <QDateTime>

#include "app/edit/PageDocument.h"
#include "app/edit/Proofreading.h"
#include "layout/proof/MarkMerge.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

// The words of rounds and sign-offs, under one translation context that lupdate sees.
struct ProofRounds {
    Q_DECLARE_TR_FUNCTIONS(ProofRounds)
};

QString shortTime(const std::string& iso) {
    const QDateTime when = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    if (!when.isValid()) return QString::fromStdString(iso);
    return when.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
}

}  // namespace

QString proofStateText(const PageDocument& document) {
    const layout::Document& d = document.document();
    const layout::ProofRound round = layout::currentRound(d);
    QString text = QString::fromStdString(layout::roundName(round));
    if (!round.openedBy.empty())
        text += ProofRounds::tr(" (opened by %1 %2)")
                        .arg(QString::fromStdString(round.openedBy), shortTime(round.opened));
    text += QStringLiteral(" · ");
    if (const auto signedOff = layout::currentSignOff(d))
        text += ProofRounds::tr("签样 signed off by %1 %2")
                        .arg(QString::fromStdString(signedOff->by), shortTime(signedOff->time));
    else
        text += ProofRounds::tr("not signed off");
    return text;
}

std::optional<QString> openNextRound(PageDocument& document, bool last) {
    if (const auto frozen = document.frozen()) return frozen;
    layout::Document after = document.document();
    if (const auto error = layout::openNextRound(after, document.proofreader().toStdString(),
                                                 proofTime(), last))
        return QString::fromStdString(*error);
    // An undo step: opening a round by mistake is taken back like any edit (nothing is signed).
    document.change(ProofRounds::tr("Open %1").arg(
                            QString::fromStdString(layout::roundName(layout::currentRound(after)))),
                    after);
    return std::nullopt;
}

std::optional<QString> signOffPage(PageDocument& document, const QString& editor) {
    layout::Document after = document.document();
    if (const auto error = layout::signOff(after, editor.trimmed().toStdString(), proofTime()))
        return QString::fromStdString(*error);
    document.record(after);
    return std::nullopt;
}

std::optional<QString> liftSignOff(PageDocument& document, const QString& editor,
                                   const QString& note) {
    layout::Document after = document.document();
    if (const auto error = layout::liftSignOff(after, editor.trimmed().toStdString(), proofTime(),
                                               note.trimmed().toStdString()))
        return QString::fromStdString(*error);
    document.record(after);
    return std::nullopt;
}

MergeOutcome mergeMarksFrom(PageDocument& document, const QString& path) {
    if (const auto frozen = document.frozen()) return {*frozen, false};
    auto other = layout::readDocument(path.toStdString());
    if (!other) return {QString::fromStdString(other.error().message), false};
    layout::Document after = document.document();
    const layout::MarksMerged merged = layout::mergeMarks(after, other.value());
    const QString what = ProofRounds::tr("%1 added, %2 updated, %3 kept, %4 orphaned, %5 conflicts")
                                 .arg(merged.added)
                                 .arg(merged.updated)
                                 .arg(merged.kept)
                                 .arg(merged.orphaned)
                                 .arg(merged.conflicts.size());
    if (merged.added == 0 && merged.updated == 0)
        return {ProofRounds::tr("Nothing to merge: %1").arg(what), false};
    document.change(ProofRounds::tr("Merge marks from a copy"), after);
    return {ProofRounds::tr("Marks merged: %1").arg(what), true};
}

}  // namespace banmian::app
