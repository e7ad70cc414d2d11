#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace clientele {

// A reporting period: a year ("2011"), a quarter ("2011Q3") or a month ("2011-07"). Snapshots and
// KPIs are keyed by code(); end() is the analysis date of the period's snapshot.
class AnalysisPeriod
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisPeriod)

public:
    enum class Kind
    {
        Year,
        Quarter,
        Month
    };

    // nullopt when the text is none of the three forms (errorMessage, if given, says why).
    static std::optional<AnalysisPeriod> parse(const QString& text, QString* errorMessage = nullptr);
    static AnalysisPeriod year(int year);
    static AnalysisPeriod quarter(int year, int quarter); // 1–4
    static AnalysisPeriod month(int year, int month);     // 1–12
    // The period of the given kind that contains the date.
    static AnalysisPeriod containing(QDate date, Kind kind);

    Kind kind() const { return m_kind; }
    QString code() const; // "2011", "2011Q3", "2011-07"
    QDate start() const { return m_start; }
    QDate end() const; // last day, inclusive
    AnalysisPeriod previous() const;
    AnalysisPeriod next() const;
    bool contains(QDate date) const { return date >= m_start && date <= end(); }

    bool operator==(const AnalysisPeriod& other) const = default;

private:
    AnalysisPeriod(Kind kind, QDate start)
        : m_kind(kind)
        , m_start(start)
    {
    }

    Kind m_kind;
    QDate m_start;
};

} // namespace clientele
