#pragma once

#include "model/SurveyResponse.h"
#include "profile/ProfileEntryDialog.h"

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

// "Add survey response…": when, the NPS answer (0–10, may be left empty), satisfaction (1–5 or
// none) and a comment. At least one of the three.
class AddSurveyResponseDialog : public ProfileEntryDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<void(SurveyResponse&)>;

    AddSurveyResponseDialog(const SurveyResponse& initial, SaveFunction save, QWidget* parent = nullptr);

    // The response as entered; an NPS that is not a whole number is left out (check() names it).
    SurveyResponse response() const;
    QDateTimeEdit* whenEdit() const { return m_when; }
    QLineEdit* npsEdit() const { return m_nps; }
    QComboBox* satisfactionCombo() const { return m_satisfaction; }
    QPlainTextEdit* commentEdit() const { return m_comment; }

protected:
    QList<FieldProblem> check() const override;
    void save() override;

private:
    SurveyResponse m_initial;
    SaveFunction m_save;
    QDateTimeEdit* m_when = nullptr;
    // A line edit rather than a spin box: "no answer" is a value, and 11 typed is refused in words.
    QLineEdit* m_nps = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QPlainTextEdit* m_comment = nullptr;
};

} // namespace clientele
