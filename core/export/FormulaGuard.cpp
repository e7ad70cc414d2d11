#include "export/FormulaGuard.h"

namespace clientele {

bool FormulaGuard::isRisky(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case u'\0':
        return true;
    default:
        return false;
    }
}

QString FormulaGuard::neutralise(const QString& text)
{
    if (!isRisky(text))
        return text;
    return QLatin1Char('\'') + text;
}

} // namespace clientele
