#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

/// What tests/pdfx/check_pdfx1a.py finds wrong with the print file `pdf` as PDF/X-1a:2001
/// (ISO 15930-1), one failure a line; empty when it passes. The checker reads the file with
/// pikepdf, a reader independent of Banmian's writer. For tests built with BANMIAN_SOURCE_DIR.
inline std::string pdfxFailures(const std::string& pdf) {
    // Debian's Python, where python3-pikepdf is installed (a python3 earlier on PATH may lack it).
    const std::string command = "/usr/bin/python3 '" BANMIAN_SOURCE_DIR
                                "/tests/pdfx/check_pdfx1a.py' '" +
                                pdf + "' 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return "cannot run " + command;
    std::string said;
    std::array<char, 4096> buffer;
    for (std::size_t got; (got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
        said.append(buffer.data(), got);
    const int status = pclose(pipe);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
    return said.empty() ? command + " failed (status " + std::to_string(status) + ")" : said;
}
