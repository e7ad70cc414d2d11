#include "profile/InteractionChannels.h"

namespace clientele {

QStringList InteractionChannels::keys()
{
    return {QStringLiteral("phone"),  QStringLiteral("visit"), QStringLiteral("email"),
            QStringLiteral("wechat"), QStringLiteral("chat"),  QStringLiteral("event")};
}

QString InteractionChannels::displayName(const QString& channel)
{
    const QString key = channel.trimmed().toLower();
    if (key == QLatin1String("phone"))
        return tr("Phone");
    if (key == QLatin1String("visit"))
        return tr("Visit");
    if (key == QLatin1String("email") || key == QLatin1String("e-mail"))
        return tr("E-mail");
    if (key == QLatin1String("wechat"))
        return tr("WeChat");
    if (key == QLatin1String("chat"))
        return tr("Chat");
    if (key == QLatin1String("event"))
        return tr("Event");
    return channel;
}

} // namespace clientele
