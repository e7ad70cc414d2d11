#pragma once

#include "model/Interaction.h"
#include "model/OrderLine.h"
#include "model/SurveyResponse.h"
#include "model/Tag.h"
#include "storage/SqlDialect.h"

#include <QList>
#include <QSqlDatabase>

#include <cstdint>

namespace clientele {

// What happened with customers: order lines, interactions, survey responses and tags.
class ActivityRepository
{
public:
    ActivityRepository(const QSqlDatabase& db, const SqlDialect& dialect);

    void insertOrderLine(OrderLine& line);
    void insertInteraction(Interaction& interaction);
    void insertSurveyResponse(SurveyResponse& response);
    // Put back an interaction or survey response that was removed, with its original id (the redo of
    // an add from the profile), and remove one by id; remove returns whether it was there.
    void restoreInteraction(const Interaction& interaction);
    bool removeInteraction(std::int64_t interactionId);
    void restoreSurveyResponse(const SurveyResponse& response);
    bool removeSurveyResponse(std::int64_t responseId);
    // Returns the tag's id, creating the tag when it is new.
    std::int64_t ensureTag(const QString& name, TagKind kind);
    void assignTag(std::int64_t customerId, std::int64_t tagId);
    void removeTag(std::int64_t customerId, std::int64_t tagId);

    // Newest first. limit <= 0 means all.
    QList<OrderLine> orderLinesOf(std::int64_t customerId, int limit = 0) const;
    QList<Interaction> interactionsOf(std::int64_t customerId, int limit = 0) const;
    QList<SurveyResponse> surveyResponsesOf(std::int64_t customerId, int limit = 0) const;
    QList<Tag> tagsOf(std::int64_t customerId) const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
