#include "report/ReportLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace clientele {

namespace {

// The English catalogue holds only plural forms; this one answers every other message with its
// source text, so it shadows any other installed catalogue.
class SourceLanguageTranslator : public QTranslator
{
public:
    QString
    translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        const QString plural = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!plural.isNull() || !sourceText)
            return plural;
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

ReportLanguage::ReportLanguage(const QString& language)
    : m_language(language == QLatin1String("zh_CN") ? language : QStringLiteral("en"))
    , m_locale(isChinese() ? QLocale(QLocale::Chinese, QLocale::China)
                           : QLocale(QLocale::English, QLocale::UnitedStates))
    , m_previousDefault(QLocale())
{
    m_translator =
        isChinese() ? std::make_unique<QTranslator>() : std::make_unique<SourceLanguageTranslator>();
    m_loaded = m_translator->load(QStringLiteral(":/i18n/clientele_%1.qm").arg(m_language));
    // The English fallback still works without its plural catalogue.
    if (m_loaded || !isChinese())
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(m_locale);
}

ReportLanguage::~ReportLanguage()
{
    QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(m_previousDefault);
}

} // namespace clientele
