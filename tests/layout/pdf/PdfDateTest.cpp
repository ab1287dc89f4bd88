// PDF dates: the export time with its zone, as the Info dictionary takes it (PDF/X-1a:2001 asks for
// /CreationDate and /ModDate), and a proof mark's ISO 8601 time.
#include "layout/pdf/PdfDate.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace banmian::layout {
namespace {

// The process's time zone set to `zone` (POSIX TZ: no zone files needed) while it lives.
class TimeZone {
public:
    explicit TimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) m_old = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~TimeZone() {
        if (m_old)
            setenv("TZ", m_old->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }

private:
    std::optional<std::string> m_old;
};

constexpr std::time_t kSummerSolstice = 1782000000;  // 2026-06-21 00:00:00 UTC

TEST(PdfDate, TheExportTimeWithItsZone) {
    {
        const TimeZone utc("UTC0");
        EXPECT_EQ(pdfDate(kSummerSolstice), "D:20260621000000Z");
    }
    {
        const TimeZone beijing("CST-8");
        EXPECT_EQ(pdfDate(kSummerSolstice), "D:20260621080000+08'00'");
    }
    {
        const TimeZone newfoundland("NST3:30");
        EXPECT_EQ(pdfDate(kSummerSolstice), "D:20260620203000-03'30'");
    }
}

TEST(PdfDate, MarkTimesBecomePdfDates) {
    EXPECT_EQ(pdfDate("2026-11-25T22:41:05"), "D:20261125224105");
    EXPECT_EQ(pdfDate("2026-11-25T22:41:05Z"), "D:20261125224105Z");
    EXPECT_EQ(pdfDate("2026-11-25T22:41:05+08:00"), "D:20261125224105+08'00'");
    EXPECT_EQ(pdfDate("2026-11-25T22:41:05.250"), "D:20261125224105");
    EXPECT_EQ(pdfDate(""), "");
    EXPECT_EQ(pdfDate("yesterday"), "");
}

}  // namespace
}  // namespace banmian::layout
