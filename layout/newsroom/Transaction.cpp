#include "layout/newsroom/Transaction.h"

namespace banmian::layout {

bool worthRetrying(const Diagnostic& error) {
    // SQLSTATE 40001 serialization_failure, 40P01 deadlock_detected (PostgreSQL, Appendix A).
    return error.kind == "database-gone" || error.kind == "database:40001" ||
           error.kind == "database:40P01";
}

bool reconnectPatiently(PgConnection& connection, std::chrono::milliseconds patience) {
    const auto deadline = std::chrono::steady_clock::now() + patience;
    while (!connection.reconnect()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    return true;
}

}  // namespace banmian::layout
