#pragma once

#include <QString>

namespace clientele {

// Neutralises text that a spreadsheet would take for a formula (CSV/formula injection, OWASP): text
// starting with = + - @, a tab, CR, LF or NUL gets a leading single quote. Only text cells go through
// here; numbers are written as numbers, so a real -50 stays -50.
class FormulaGuard
{
public:
    static bool isRisky(const QString& text);
    static QString neutralise(const QString& text);
};

} // namespace clientele
