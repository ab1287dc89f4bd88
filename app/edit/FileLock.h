#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace banmian::app {

/// A page file held open by this process: a lock file beside it (page.banmian.lock: the process,
/// host and program, as Qt's QLockFile writes them), so that two windows never overwrite each
/// other's work in silence. A lock whose process is gone is taken over.
class FileLock {
public:
    /// Locks `path`; nothing, and `holder` saying who has it, when another running program does. In
    /// a folder that cannot be written to, a lock that holds nothing (nobody can write there).
    static std::unique_ptr<FileLock> take(const QString& path, QString& holder);

private:
    explicit FileLock(const QString& path) : m_file(path + QStringLiteral(".lock")) {}
    QLockFile m_file;
};

}  // namespace banmian::app
