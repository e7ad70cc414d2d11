#include "profile/AddSurveyResponseDialog.h"

#include "model/ActivityValidator.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace clientele {

AddSurveyResponseDialog::AddSurveyResponseDialog(const SurveyResponse& initial,
                                                 SaveFunction save,
                                                 QWidget* parent)
    : ProfileEntryDialog(tr("Add survey response"), parent)
    , m_initial(initial)
    , m_save(std::move(save))
{
    m_when = addWhenField(tr("&When"));
    if (initial.answeredAt.isValid())
        m_when->setDateTime(initial.answeredAt);
    m_nps = new QLineEdit(this);
    m_nps->setObjectName(QStringLiteral("npsEdit"));
    m_nps->setPlaceholderText(tr("0–10, empty if not asked"));
    m_nps->setToolTip(
        tr("How likely is the customer to recommend us, from 0 (not at all) to 10 (extremely)?"));
    if (initial.nps)
        m_nps->setText(QString::number(*initial.nps));
    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfactionCombo"));
    m_satisfaction->addItem(tr("not asked"));
    for (int s = ActivityValidator::kMinSatisfaction; s <= ActivityValidator::kMaxSatisfaction; ++s)
        m_satisfaction->addItem(tr("%1 / 5").arg(s), s);
    if (initial.satisfaction)
        m_satisfaction->setCurrentIndex(std::max(0, m_satisfaction->findData(*initial.satisfaction)));
    m_comment = new QPlainTextEdit(initial.comment, this);
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(m_comment->fontMetrics().lineSpacing() * 4);
    form()->addRow(tr("&NPS"), m_nps);
    form()->addRow(tr("&Satisfaction"), m_satisfaction);
    form()->addRow(tr("C&omment"), m_comment);
    m_nps->setFocus();
}

SurveyResponse AddSurveyResponseDialog::response() const
{
    SurveyResponse r = m_initial;
    r.answeredAt = m_when->dateTime();
    bool ok = false;
    const int nps = m_nps->text().trimmed().toInt(&ok);
    r.nps = ok ? std::optional<int>(nps) : std::nullopt;
    const QVariant satisfaction = m_satisfaction->currentData();
    r.satisfaction = satisfaction.isValid() ? std::optional<int>(satisfaction.toInt()) : std::nullopt;
    r.comment = m_comment->toPlainText().trimmed();
    return r;
}

QList<FieldProblem> AddSurveyResponseDialog::check() const
{
    const QString npsText = m_nps->text().trimmed();
    bool ok = npsText.isEmpty();
    if (!ok)
        npsText.toInt(&ok);
    if (!ok)
        return {{QStringLiteral("nps"), tr("NPS must be a whole number from %1 to %2, or empty (got “%3”).")
                                            .arg(ActivityValidator::kMinNps)
                                            .arg(ActivityValidator::kMaxNps)
                                            .arg(npsText)}};
    return ActivityValidator::validate(response());
}

void AddSurveyResponseDialog::save()
{
    SurveyResponse r = response();
    if (m_save)
        m_save(r);
}

} // namespace clientele
