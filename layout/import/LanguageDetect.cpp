#include "layout/import/LanguageDetect.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_map>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

// Which forms a character has: traditional only, simplified only, or the same in both.
enum class Form : unsigned char { Both, Traditional, Simplified };

// The transliterators, made once per thread (ICU's are not safe to share between threads), and
// each character's answer remembered: a day's copy repeats a few thousand characters.
class FormTable {
public:
    FormTable() {
        UErrorCode status = U_ZERO_ERROR;
        m_toSimplified.reset(
                icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        status = U_ZERO_ERROR;
        m_toTraditional.reset(
                icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
    }

    Form form(char32_t c) {
        if (const auto it = m_forms.find(c); it != m_forms.end()) return it->second;
        Form form = Form::Both;
        if (changes(m_toSimplified.get(), c)) {
            form = Form::Traditional;
        } else if (changes(m_toTraditional.get(), c)) {
            form = Form::Simplified;
        }
        m_forms.emplace(c, form);
        return form;
    }

private:
    static bool changes(const icu::Transliterator* transliterator, char32_t c) {
        if (!transliterator) return false;  // ICU without its transliteration data: no answer
        icu::UnicodeString text(static_cast<UChar32>(c));
        const icu::UnicodeString before = text;
        transliterator->transliterate(text);
        return text != before;
    }

    std::unique_ptr<icu::Transliterator> m_toSimplified, m_toTraditional;
    std::unordered_map<char32_t, Form> m_forms;
};

constexpr int kMinTelling = 5;
constexpr std::u32string_view kCantonese = U"嘅係咗冇啲喺嚟佢哋";

}  // namespace

FormCounts countForms(std::string_view utf8) {
    thread_local FormTable table;
    FormCounts counts;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t c = utf8::next(utf8, pos);
        if (!isHan(c)) continue;
        switch (table.form(c)) {
            case Form::Traditional:
                ++counts.traditional;
                break;
            case Form::Simplified:
                ++counts.simplified;
                break;
            case Form::Both:
                break;
        }
    }
    return counts;
}

std::optional<Language> detectLanguage(std::string_view firstLine, std::string_view utf8) {
    const FormCounts counts = countForms(utf8);
    if (counts.traditional < kMinTelling && counts.simplified < kMinTelling) return std::nullopt;
    if (counts.traditional < kMinTelling || counts.traditional < 4 * counts.simplified) {
        return Language::Hans;
    }
    if (firstLine.find("香港") != std::string_view::npos) return Language::HantHK;
    for (std::size_t pos = 0; pos < utf8.size();) {
        if (kCantonese.find(utf8::next(utf8, pos)) != std::u32string_view::npos) {
            return Language::HantHK;
        }
    }
    return Language::HantTW;
}

}  // namespace banmian::layout
