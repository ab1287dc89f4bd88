#include "app/edit/FileLock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace banmian::app {

std::unique_ptr<FileLock> FileLock::take(const QString& path, QString& holder) {
    std::unique_ptr<FileLock> lock(new FileLock(path));
    // Never stale by age: a designer keeps a page open all evening. Stale only when its process
    // is gone (QLockFile checks that on this host).
    lock->m_file.setStaleLockTime(0);
    if (lock->m_file.tryLock(0)) return lock;
    qint64 pid = 0;
    QString host, program;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        lock->m_file.getLockInfo(&pid, &host, &program);
        const QString user = QFileInfo(path + QStringLiteral(".lock")).owner();
        holder = QCoreApplication::translate("FileLock",
                                             "%1 is open in another window: %2, process %3 of "
                                             "%4 on %5. Close it there first, or open a copy.")
                         .arg(QFileInfo(path).fileName(),
                              program.isEmpty() ? QStringLiteral("Banmian") : program)
                         .arg(pid)
                         .arg(user.isEmpty() ? QStringLiteral("?") : user, host);
        return nullptr;
    }
    // A folder this user cannot write to: nobody here can overwrite the file from this machine's
    // Banmian either; it opens without a lock (and Save will say the folder is read-only).
    return lock;
}

}  // namespace banmian::app
