#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace clientele {

namespace {

const QString kLanguageKey = QStringLiteral("language");
const QString kSystem = QStringLiteral("system");
const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");

} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    uninstall();
}

QStringList Translations::available()
{
    return {kEnglish, kChinese};
}

QString Translations::storedChoice()
{
    const QString choice = QSettings().value(kLanguageKey, kSystem).toString();
    return choice == kSystem || available().contains(choice) ? choice : kSystem;
}

void Translations::storeChoice(const QString& choice)
{
    QSettings().setValue(kLanguageKey, choice);
}

QString Translations::resolve(const QString& choice)
{
    if (available().contains(choice))
        return choice;
    // Simplified Chinese for any Chinese system locale; English otherwise.
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Chinese ? kChinese : kEnglish;
}

bool Translations::install(const QString& language)
{
    uninstall();
    m_language = language;
    QLocale::setDefault(QLocale(language));

    // English needs its catalogue too: it holds the plural forms ("1 customer", "2 customers").
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/clientele_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    if (language == kEnglish)
        return true;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

void Translations::uninstall()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace clientele
