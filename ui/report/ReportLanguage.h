#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace clientele {

// While it lives, every tr() answers in the report's language, whatever the UI speaks: it installs
// the report's catalogue in front of the application's. For English that catalogue answers every
// message itself (the source text, with the plural forms of clientele_en), so a Chinese UI's
// catalogue behind it is never consulted. Restores the default QLocale when it ends.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    // False when the report's catalogue could not be loaded (the report then prints in English).
    bool isLoaded() const { return m_loaded; }
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    bool isChinese() const { return m_language == QLatin1String("zh_CN"); }

private:
    QString m_language;
    QLocale m_locale;
    QLocale m_previousDefault;
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};

} // namespace clientele
