#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace clientele {

// The channels offered when an interaction is added by hand (stored as their keys: "phone",
// "visit", …) and their translated names; imported channels may be any text and are shown as they are.
class InteractionChannels
{
    Q_DECLARE_TR_FUNCTIONS(InteractionChannels)

public:
    static QStringList keys();
    // The translated name of a known key, else the text itself.
    static QString displayName(const QString& channel);
};

} // namespace clientele
