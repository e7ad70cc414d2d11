#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace clientele {

struct CustomerAnalysis;
struct CustomerProfile;

// The profile's first tab: the scores with their explanation in words (RFM per dimension, tier,
// lifecycle stage, P(alive), predicted value), the churn risk with its reasons, the tags split into
// static and dynamic, and the customer's attributes and provenance.
class ProfileOverview : public QWidget
{
    Q_OBJECT

public:
    // What the overview knows about the analysis behind the scores.
    struct AnalysisState
    {
        const CustomerAnalysis* customer = nullptr; // null: no analysis, or the customer is not in it
        QDate asOf;                                 // invalid: no analysis yet
        bool pending = false;                       // data changed since; a new run is on its way
    };

    explicit ProfileOverview(QWidget* parent = nullptr);

    void showProfile(const CustomerProfile& profile, const AnalysisState& analysis);
    void clear();
    // What is shown, as plain text (tests, copy).
    QString plainText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QLabel* m_text = nullptr;
    QString m_html; // with kQuietColor where the palette's colour goes
};

} // namespace clientele
