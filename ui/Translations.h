#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTranslator;

namespace clientele {

// Chooses and installs the user-interface language: Clientele's catalogue (embedded under :/i18n/)
// plus Qt's own, so standard dialogs speak the same language.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    Translations();
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Languages Clientele ships: "en", "zh_CN".
    static QStringList available();
    // The stored choice ("system", "en" or "zh_CN"; "system" when unset).
    static QString storedChoice();
    static void storeChoice(const QString& choice);
    // Turns a choice into a shipped language; "system" follows the system locale.
    static QString resolve(const QString& choice);

    // Replaces the installed translators with those for `language`. Returns false if Clientele's
    // catalogue for it is missing (English needs none).
    bool install(const QString& language);
    QString installedLanguage() const { return m_language; }

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace clientele
