#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

/// What a finished process left: its exit code and everything it printed.
struct ProcessOutput {
    int exitCode = -1;
    std::string out;
    std::string err;
    bool timedOut = false;  ///< killed after the timeout: it never returned on its own
};

/// Runs `program` with `args`, with `unsetEnv` removed from its environment and `setEnv`
/// ("NAME=value") added, and waits for it — at most `timeoutSeconds` when that is not 0, then
/// kills it (a window that opens where none should, and never returns, fails the test).
ProcessOutput runProcess(const std::string& program, const std::vector<std::string>& args,
                         const std::vector<std::string>& unsetEnv = {},
                         const std::vector<std::string>& setEnv = {}, int timeoutSeconds = 0);

/// Starts `program` with `args` and `setEnv` added, its output into `log`, and returns at once:
/// its process id (for a window that must be running while a test goes on).
pid_t startProcess(const std::string& program, const std::vector<std::string>& args,
                   const std::vector<std::string>& setEnv, const std::string& log);
