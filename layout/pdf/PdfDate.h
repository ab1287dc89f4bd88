#pragma once

#include <ctime>
#include <string>

namespace banmian::layout {

/// `when` as a PDF date (PDF 1.3 §3.8.2) in local time with its zone: D:20261203201500+08'00',
/// or D:20261203121500Z at UTC. What the Info dictionary's /CreationDate and /ModDate take, which
/// PDF/X-1a:2001 (ISO 15930-1) requires; the zone makes the date one moment wherever it is read.
std::string pdfDate(std::time_t when);

/// A time as a proof mark keeps it (ISO 8601) as a PDF date: "2026-11-25T22:41:05" gives
/// "D:20261125224105"; a zone (Z, +08:00) is kept. Empty when it is not such a time.
std::string pdfDate(const std::string& iso8601);

}  // namespace banmian::layout
