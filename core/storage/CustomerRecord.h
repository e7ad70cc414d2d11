#pragma once

#include "model/Customer.h"
#include "model/CustomerNote.h"
#include "model/Interaction.h"
#include "model/OrderLine.h"
#include "model/SurveyResponse.h"
#include "model/Tag.h"

#include <QList>

namespace clientele {

// Everything stored about one customer, ids included: what a delete removes and its undo puts back.
struct CustomerRecord
{
    Customer customer;
    QList<OrderLine> orderLines;
    QList<Interaction> interactions;
    QList<SurveyResponse> surveyResponses;
    QList<Tag> tags;
    QList<CustomerNote> notes; // the profile's dated note log
};

} // namespace clientele
