#include "app/edit/Proofreading.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

#include "app/edit/PageDocument.h"
#include "layout/base/Id.h"
#include "layout/model/MarkText.h"
#include "layout/proof/Review.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

// The words of proofreading, under one translation context that lupdate sees.
struct Proofreading {
    Q_DECLARE_TR_FUNCTIONS(Proofreading)
};

std::string now() {
    return proofTime();
}

layout::Reviewer reviewer(const PageDocument& document) {
    return {document.proofreader().toStdString(), now()};
}

QString excerpt(const std::string& text) {
    QString q = QString::fromStdString(text).replace(QLatin1Char('\n'), QStringLiteral("¶"));
    return q.size() > 16 ? q.left(15) + QStringLiteral("…") : q;
}

}  // namespace

// Local time with its offset from UTC ("2026-12-05T22:41:05+08:00"): a mark made at a desk in
// another zone, or read after the clocks change, still says when it was made.
std::string proofTime() {
    const QDateTime local = QDateTime::currentDateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate).toStdString();
}

QString proofreaderName() {
    const QString set = QSettings().value(QStringLiteral("proof/name")).toString();
    if (!set.isEmpty()) return set;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? Proofreading::tr("Proofreader") : login;
}

void setProofreaderName(const QString& name) {
    QSettings().setValue(QStringLiteral("proof/name"), name.trimmed());
}

QString newsroomListPath() {
    return QSettings().value(QStringLiteral("proof/knownMistakes")).toString();
}

void setNewsroomListPath(const QString& path) {
    QSettings().setValue(QStringLiteral("proof/knownMistakes"), path);
}

void addMark(PageDocument& document, layout::MarkKind kind, const layout::TextRange& range,
             const QString& correction, std::size_t pivot) {
    layout::Document after = document.document();
    layout::ProofMark mark;
    mark.id = layout::newId();  // random: no other copy of the page has it
    mark.kind = kind;
    mark.range = range;
    layout::recordMarkText(after.stories, mark);  // its text, and the text around it
    mark.correction = correction.toStdString();
    mark.pivot = pivot;
    mark.author = document.proofreader().toStdString();
    mark.created = now();
    mark.round = layout::currentRound(after).number;  // 校次: the round it was made in
    after.marks.push_back(std::move(mark));
    document.change(Proofreading::tr("Mark: %1").arg(kindName(kind)), after);
}

namespace {

// The mark of id `id` among the document's marks; null for none.
}  // namespace

std::optional<QString> acceptMark(PageDocument& document, const std::string& mark) {
    layout::Document after = document.document();
    if (const auto error = layout::acceptMark(after, mark, reviewer(document)))
        return QString::fromStdString(*error);
    document.change(
            Proofreading::tr("Accept %1").arg(kindName(layout::findMark(after.marks, mark)->kind)),
            after);
    return std::nullopt;
}

void rejectMark(PageDocument& document, const std::string& mark) {
    layout::Document after = document.document();
    const layout::ProofMark* rejected = layout::findMark(after.marks, mark);
    if (!rejected) return;
    layout::rejectMark(after, mark, reviewer(document));
    document.change(Proofreading::tr("Reject %1").arg(kindName(rejected->kind)), after);
}

QStringList reviewAllBy(PageDocument& document, const std::string& author, bool accept) {
    layout::Document after = document.document();
    QStringList refused;
    for (std::size_t i = 0; i < after.marks.size(); ++i) {
        const layout::ProofMark m = after.marks[i];
        if (m.author != author || !m.open()) continue;
        if (!accept) {
            layout::rejectMark(after, m.id, reviewer(document));
        } else if (const auto error = layout::acceptMark(after, m.id, reviewer(document))) {
            refused << QStringLiteral("%1 “%2”: %3")
                               .arg(kindName(m.kind), excerpt(m.text),
                                    QString::fromStdString(*error));
        }
    }
    const QString who = QString::fromStdString(author);
    document.change(accept ? Proofreading::tr("Accept all marks by %1").arg(who)
                           : Proofreading::tr("Reject all marks by %1").arg(who),
                    after);
    return refused;
}

layout::Result<layout::ProofMarksImported> importProofMarks(PageDocument& document,
                                                            const QString& pdfPath) {
    QFile file(pdfPath);
    const QString pdfName = QFileInfo(pdfPath).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return layout::Diagnostic{0, Proofreading::tr("Cannot read %1: %2")
                                             .arg(pdfName, file.errorString())
                                             .toStdString()};
    }
    const QByteArray bytes = file.readAll();
    layout::Document after = document.document();
    const QString page = document.path().isEmpty() ? Proofreading::tr("this page")
                                                   : QFileInfo(document.path()).fileName();
    auto imported = layout::importProofMarks(after, std::string_view(bytes.data(), bytes.size()),
                                             document.composer(), pdfName.toStdString(),
                                             page.toStdString());
    if (!imported) return imported;
    if (after.marks == document.document().marks) return imported;  // all kept: no step to undo
    document.change(Proofreading::tr("Import Proof Marks from %1").arg(pdfName), after);
    return imported;
}

std::optional<QString> acceptHint(PageDocument& document, const layout::ProofMark& hint) {
    layout::Document after = document.document();
    after.marks.push_back(hint);  // under the hint's id: decided, it is not raised again
    after.marks.back().round = layout::currentRound(after).number;
    if (const auto error = layout::acceptMark(after, hint.id, reviewer(document)))
        return QString::fromStdString(*error);
    document.change(Proofreading::tr("Accept hint"), after);
    return std::nullopt;
}

void rejectHint(PageDocument& document, const layout::ProofMark& hint) {
    layout::Document after = document.document();
    after.marks.push_back(hint);
    after.marks.back().round = layout::currentRound(after).number;
    layout::rejectMark(after, hint.id, reviewer(document));
    document.change(Proofreading::tr("Reject hint"), after);
}

QString kindName(layout::MarkKind kind) {
    using K = layout::MarkKind;
    switch (kind) {
        case K::Delete:
            return Proofreading::tr("Delete");
        case K::Insert:
            return Proofreading::tr("Insert");
        case K::Replace:
            return Proofreading::tr("Replace");
        case K::Transpose:
            return Proofreading::tr("Transpose");
        case K::Style:
            return Proofreading::tr("Change face");
        case K::Query:
            return Proofreading::tr("Query");
        case K::Comment:
            return Proofreading::tr("Comment");
        case K::Hint:
            return Proofreading::tr("Hint");
    }
    return {};
}

QString statusName(const layout::ProofMark& mark) {
    // Two copies' marks asking different things of the same characters: the editor decides.
    if (mark.open() && !mark.conflictsWith.empty())
        return Proofreading::tr("冲突 conflict ↔ %1")
                .arg(QString::fromStdString(mark.conflictsWith));
    if (mark.status == layout::MarkStatus::Accepted) return Proofreading::tr("accepted");
    if (mark.status == layout::MarkStatus::Rejected) return Proofreading::tr("rejected");
    if (mark.orphaned) return Proofreading::tr("orphaned");
    return Proofreading::tr("open");
}

QString noteText(const layout::ProofMark& mark) {
    const QString correction = QString::fromStdString(mark.correction);
    using K = layout::MarkKind;
    switch (mark.kind) {
        case K::Delete:
            return Proofreading::tr("delete");
        case K::Insert:
            return Proofreading::tr("insert %1").arg(correction);
        case K::Replace:
            return Proofreading::tr("→ %1").arg(correction);
        case K::Transpose:
            return Proofreading::tr("transpose");
        case K::Style:
            return Proofreading::tr("set in %1").arg(correction);
        case K::Query:
            return Proofreading::tr("? %1").arg(correction);
        case K::Comment:
            return correction;
        case K::Hint: {
            const QString rule = QString::fromStdString(mark.rule);
            QString why =
                    rule == QLatin1String("unbalanced-bracket") ? Proofreading::tr("unpaired mark")
                    : rule == QLatin1String("halfwidth-punctuation")
                            ? Proofreading::tr("half-width punctuation")
                    : rule == QLatin1String("doubled-character") ? Proofreading::tr("doubled")
                    : rule == QLatin1String("latin-width")   ? Proofreading::tr("full-width Latin")
                    : rule == QLatin1String("known-mistake") ? Proofreading::tr("known mistake")
                                                             : rule;
            return correction.isEmpty() ? why : Proofreading::tr("%1 → %2").arg(why, correction);
        }
    }
    return {};
}

}  // namespace banmian::app
