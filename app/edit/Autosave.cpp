#include "app/edit/Autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUndoStack>
#include <algorithm>
#include <cerrno>
#include <csignal>

#include "app/edit/PageDocument.h"
#include "layout/base/AtomicFile.h"

namespace banmian::app {

namespace {

// When a process started, in clock ticks since boot (/proc/PID/stat, field 22); 0 when unknown.
qint64 startOf(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) return 0;
    const QByteArray line = stat.readAll();
    // After the command's closing parenthesis (the command may hold spaces): fields 3 onwards.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 ? fields[19].toLongLong() : 0;
}

// Whether the session that wrote a copy is still running: its pid alive and, where the start time
// was noted, started then (a pid reused by another program since does not count).
bool running(qint64 pid, qint64 started) {
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)) return false;
    return started == 0 || startOf(pid) == started;
}

}  // namespace

QString Autosave::defaultFolder() {
    const QString set = qEnvironmentVariable("BANMIAN_RECOVERY_DIR");
    if (!set.isEmpty()) return set;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

Autosave::Autosave(PageDocument& document, const QString& folder, QObject* parent)
    : QObject(parent),
      m_document(document),
      m_folder(folder),
      m_base(folder + QLatin1Char('/') + QString::number(QCoreApplication::applicationPid())) {
    m_writer.setMaxThreadCount(1);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer.start();
    // Counted by undo steps: one per change made, undone or redone (a drag's steps are one).
    connect(m_document.undoStack(), &QUndoStack::indexChanged, this, &Autosave::changed);
    connect(m_document.undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) discard();  // saved, or undone back to what is on disk
    });
}

Autosave::~Autosave() {
    m_writer.waitForDone();
}

void Autosave::changed() {
    if (!m_document.isModified()) return;
    if (++m_changes >= kChangesPerCopy) saveNow();
}

void Autosave::saveNow() {
    if (!m_document.isModified()) return;
    m_changes = 0;
    emit copying();
    // The snapshot on this thread (a millisecond); the disk on the worker.
    const std::string json = layout::documentToJson(m_document.document());
    const QJsonObject notes{
            {QStringLiteral("path"), m_document.path()},
            {QStringLiteral("name"), m_name},
            {QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()},
            {QStringLiteral("started"), startOf(QCoreApplication::applicationPid())}};
    const std::string notesJson = QJsonDocument(notes).toJson().toStdString();
    const QString folder = m_folder, base = m_base;
    m_writer.start([this, folder, base, json, notesJson] {
        QDir().mkpath(folder);
        // The copy first, then the notes that make it a recovery: never notes without a copy.
        auto error = layout::writeFileAtomically((base + QStringLiteral(".banmian")).toStdString(),
                                                 json);
        if (!error) {
            error = layout::writeFileAtomically((base + QStringLiteral(".json")).toStdString(),
                                                notesJson);
        }
        const QString failure = error ? QString::fromStdString(error->message) : QString();
        // Back on the GUI thread (the destructor waits for this worker, so `this` is alive).
        QMetaObject::invokeMethod(
                this,
                [this, failure] {
                    if (failure == m_failure) return;
                    m_failure = failure;
                    emit failed(failure);
                },
                Qt::QueuedConnection);
    });
}

void Autosave::discard() {
    m_changes = 0;
    const QString base = m_base;
    m_writer.start([base] {
        QFile::remove(base + QStringLiteral(".json"));
        QFile::remove(base + QStringLiteral(".banmian"));
    });
}

void Autosave::waitForWrites() {
    m_writer.waitForDone();
}

std::vector<RecoveredPage> Autosave::leftBehind(const QString& folder) {
    std::vector<RecoveredPage> pages;
    const QDir dir(folder);
    for (const QString& notesName : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile notesFile(dir.filePath(notesName));
        if (!notesFile.open(QIODevice::ReadOnly)) continue;
        const QJsonObject notes = QJsonDocument::fromJson(notesFile.readAll()).object();
        if (running(notes.value(QStringLiteral("pid")).toInteger(),
                    notes.value(QStringLiteral("started")).toInteger()))
            continue;  // still open
        const QString copy =
                dir.filePath(QFileInfo(notesName).completeBaseName() + QStringLiteral(".banmian"));
        auto document = layout::readDocument(copy.toStdString());
        RecoveredPage page{copy,
                           notes.value(QStringLiteral("path")).toString(),
                           notes.value(QStringLiteral("name")).toString(),
                           QDateTime::fromString(notes.value(QStringLiteral("savedAt")).toString(),
                                                 Qt::ISODate),
                           {},
                           QString()};
        if (document)
            page.document = std::move(document).value();
        else
            page.damage = QString::fromStdString(document.error().message);
        pages.push_back(std::move(page));
    }
    std::sort(pages.begin(), pages.end(),
              [](const RecoveredPage& a, const RecoveredPage& b) { return a.savedAt > b.savedAt; });
    return pages;
}

void Autosave::setAside(const RecoveredPage& page) {
    const QString notes = QFileInfo(page.file).path() + QLatin1Char('/') +
                          QFileInfo(page.file).completeBaseName() + QStringLiteral(".json");
    QFile::rename(notes, notes + QStringLiteral(".unreadable"));
}

void Autosave::remove(const RecoveredPage& page) {
    QFile::remove(page.file);
    QFile::remove(QFileInfo(page.file).path() + QLatin1Char('/') +
                  QFileInfo(page.file).completeBaseName() + QStringLiteral(".json"));
}

}  // namespace banmian::app
