#pragma once

#include <chrono>
#include <thread>

#include "layout/base/Result.h"
#include "layout/newsroom/PgConnection.h"

namespace banmian::layout {

/// How long a client keeps trying to reach a server that went away (restarted, a network blip)
/// before it says so: long enough for a server's restart.
inline constexpr std::chrono::seconds kReconnectPatience{30};

/// Whether an error is one to try the whole transaction again for: the server chose this one to
/// give way in a deadlock or a serialization conflict, or the connection was lost (the server
/// rolls back what it had not committed).
bool worthRetrying(const Diagnostic& error);

/// Opens the connection again, trying for up to `patience` (once at least); whether it is open.
bool reconnectPatiently(PgConnection& connection,
                        std::chrono::milliseconds patience = kReconnectPatience);

/// Runs `work` in one transaction (BEGIN … COMMIT): all it wrote, or nothing (ROLLBACK) when it
/// returns an error. A deadlock, a serialization conflict or a lost connection runs it again from
/// the start (it must read what it depends on inside `work`); every other error comes back. A
/// lost server is waited for up to `patience`: a command can wait out a restart, a window cannot
/// stop for that long and reconnects on its own timer instead.
template <typename T, typename Work>
Result<T> inTransaction(PgConnection& connection, Work&& work,
                        std::chrono::milliseconds patience = kReconnectPatience) {
    for (int attempt = 0;; ++attempt) {
        std::optional<Diagnostic> failure = connection.run("BEGIN");
        if (!failure) {
            Result<T> result = work();
            if (result) {
                failure = connection.run("COMMIT");
                if (!failure) return result;
            } else {
                failure = result.error();
                connection.run("ROLLBACK");
            }
        }
        if (attempt >= 8 || !worthRetrying(*failure)) return *failure;
        if (!connection.alive() && !reconnectPatiently(connection, patience)) return *failure;
        std::this_thread::sleep_for(std::chrono::milliseconds(10 << attempt));
    }
}

}  // namespace banmian::layout
