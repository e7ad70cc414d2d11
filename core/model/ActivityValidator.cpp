#include "model/ActivityValidator.h"

namespace clientele {

namespace {

void checkLength(QList<FieldProblem>& problems,
                 const QString& field,
                 const QString& label,
                 const QString& value,
                 int maximum)
{
    if (value.size() > maximum)
        problems.append(
            {field, ActivityValidator::tr("%1 is longer than %2 characters.").arg(label).arg(maximum)});
}

} // namespace

QList<FieldProblem> ActivityValidator::validate(const Interaction& interaction)
{
    QList<FieldProblem> problems;
    if (!interaction.occurredAt.isValid())
        problems.append({QStringLiteral("occurred_at"), tr("The date of the interaction is missing.")});
    if (interaction.channel.trimmed().isEmpty())
        problems.append({QStringLiteral("channel"), tr("The channel is missing (phone, visit, e-mail…).")});
    if (interaction.summary.trimmed().isEmpty())
        problems.append({QStringLiteral("summary"), tr("The summary is missing: what was it about?")});
    checkLength(problems, QStringLiteral("channel"), tr("The channel"), interaction.channel,
                kMaxChannelLength);
    checkLength(problems, QStringLiteral("type"), tr("The type"), interaction.type, kMaxTypeLength);
    checkLength(problems, QStringLiteral("owner"), tr("The owner"), interaction.owner, kMaxPersonLength);
    return problems;
}

QList<FieldProblem> ActivityValidator::validate(const SurveyResponse& response)
{
    QList<FieldProblem> problems;
    if (!response.answeredAt.isValid())
        problems.append({QStringLiteral("answered_at"), tr("The date of the answer is missing.")});
    if (response.nps && (*response.nps < kMinNps || *response.nps > kMaxNps))
        problems.append({QStringLiteral("nps"), tr("NPS must be a whole number from %1 to %2 (got %3).")
                                                    .arg(kMinNps)
                                                    .arg(kMaxNps)
                                                    .arg(*response.nps)});
    if (response.satisfaction &&
        (*response.satisfaction < kMinSatisfaction || *response.satisfaction > kMaxSatisfaction))
        problems.append({QStringLiteral("satisfaction"), tr("Satisfaction must be from %1 to %2 (got %3).")
                                                             .arg(kMinSatisfaction)
                                                             .arg(kMaxSatisfaction)
                                                             .arg(*response.satisfaction)});
    if (!response.nps && !response.satisfaction && response.comment.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("nps"), tr("The answer is empty: give an NPS, a satisfaction or a comment.")});
    return problems;
}

QList<FieldProblem> ActivityValidator::validate(const CustomerNote& note)
{
    QList<FieldProblem> problems;
    if (!note.writtenAt.isValid())
        problems.append({QStringLiteral("written_at"), tr("The date of the note is missing.")});
    if (note.body.trimmed().isEmpty())
        problems.append({QStringLiteral("body"), tr("The note is empty.")});
    checkLength(problems, QStringLiteral("author"), tr("The author"), note.author, kMaxPersonLength);
    return problems;
}

} // namespace clientele
