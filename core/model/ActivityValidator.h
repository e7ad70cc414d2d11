#pragma once

#include "model/CustomerNote.h"
#include "model/CustomerValidator.h"
#include "model/Interaction.h"
#include "model/SurveyResponse.h"

#include <QCoreApplication>
#include <QList>

namespace clientele {

// The data model's rules for what is added to a customer by hand (an interaction, a survey answer,
// a note), checked before anything is written. The limits are the columns' sizes.
class ActivityValidator
{
    Q_DECLARE_TR_FUNCTIONS(ActivityValidator)

public:
    static constexpr int kMaxChannelLength = 32;
    static constexpr int kMaxTypeLength = 64;
    static constexpr int kMaxPersonLength = 128; // owner, author
    static constexpr int kMinNps = 0;
    static constexpr int kMaxNps = 10;
    static constexpr int kMinSatisfaction = 1;
    static constexpr int kMaxSatisfaction = 5;

    static QList<FieldProblem> validate(const Interaction& interaction);
    static QList<FieldProblem> validate(const SurveyResponse& response);
    static QList<FieldProblem> validate(const CustomerNote& note);
};

} // namespace clientele
