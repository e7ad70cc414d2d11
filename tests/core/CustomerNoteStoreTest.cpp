// What the 360° profile writes and reads in core/storage: the note log, interactions and survey
// responses put back with their ids and removed again, the purchases per month; and the rules
// ActivityValidator checks before any of it is written.
#include "storage/CustomerNoteStore.h"

#include "TestSupport.h"
#include "model/ActivityValidator.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRecordStore.h"
#include "storage/CustomerRepository.h"
#include "storage/MonthlyPurchaseReader.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

class ProfileStorageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        WriteTransaction tx(db->connection(), db->dialect());
        customer.code = QStringLiteral("C1");
        customer.name = QStringLiteral("王小姐");
        customer.createdOn = QDate(2024, 1, 2);
        customers.insert(customer);
        other.code = QStringLiteral("C2");
        other.name = QStringLiteral("Other");
        customers.insert(other);
        tx.commit();
    }

    CustomerNote note(const QDateTime& when, const QString& body) const
    {
        CustomerNote n;
        n.customerId = customer.id;
        n.writtenAt = when;
        n.author = QStringLiteral("李经理");
        n.body = body;
        return n;
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    CustomerRepository customers{db->connection(), db->dialect()};
    ActivityRepository activity{db->connection(), db->dialect()};
    CustomerNoteStore notes{db->connection(), db->dialect()};
    Customer customer;
    Customer other;
};

} // namespace

TEST_F(ProfileStorageTest, NotesAreListedNewestFirstPerCustomerAndRemovedAndRestoredWithTheirIds)
{
    CustomerNote older = note(QDateTime(QDate(2024, 3, 1), QTime(9, 0)), QStringLiteral("first call"));
    CustomerNote newer = note(QDateTime(QDate(2024, 5, 1), QTime(9, 0)), QStringLiteral("需要报价"));
    CustomerNote elsewhere = note(QDateTime(QDate(2024, 6, 1), QTime(9, 0)), QStringLiteral("not theirs"));
    elsewhere.customerId = other.id;
    notes.add(older);
    notes.add(newer);
    notes.add(elsewhere);
    EXPECT_GT(older.id, 0);
    EXPECT_NE(older.id, newer.id);

    QList<CustomerNote> listed = notes.notesOf(customer.id);
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[0].body, QStringLiteral("需要报价"));
    EXPECT_EQ(listed[0].author, QStringLiteral("李经理"));
    EXPECT_EQ(listed[0].writtenAt, newer.writtenAt);
    EXPECT_EQ(listed[1].id, older.id);
    EXPECT_EQ(notes.countOf(customer.id), 2);
    EXPECT_EQ(notes.notesOf(customer.id, 1).size(), 1);

    EXPECT_TRUE(notes.remove(newer.id));
    EXPECT_FALSE(notes.remove(newer.id));
    EXPECT_EQ(notes.countOf(customer.id), 1);
    notes.restore(newer);
    listed = notes.notesOf(customer.id);
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[0].id, newer.id);
    EXPECT_EQ(listed[0].body, newer.body);
    // Restoring twice collides with the id that is back.
    EXPECT_THROW(notes.restore(newer), StorageError);
}

TEST_F(ProfileStorageTest, NotesGoWithTheirCustomer)
{
    CustomerNote n = note(QDateTime(QDate(2024, 3, 1), QTime(9, 0)), QStringLiteral("x"));
    notes.add(n);
    customers.remove(customer.id);
    EXPECT_EQ(notes.countOf(customer.id), 0);
    EXPECT_THROW(notes.restore(n), StorageError); // no customer to hang on
}

TEST_F(ProfileStorageTest, DeletingACustomerAndUndoingItKeepsTheNotes)
{
    CustomerNote first = note(QDateTime(QDate(2024, 3, 1), QTime(9, 0)), QStringLiteral("first"));
    CustomerNote second = note(QDateTime(QDate(2024, 4, 1), QTime(9, 0)), QStringLiteral("第二条"));
    notes.add(first);
    notes.add(second);
    CustomerRecordStore records(db->connection(), db->dialect());
    const std::optional<CustomerRecord> taken = records.take(customer.id);
    ASSERT_TRUE(taken.has_value());
    ASSERT_EQ(taken->notes.size(), 2);
    EXPECT_EQ(notes.countOf(customer.id), 0);
    records.restore(*taken);
    const QList<CustomerNote> back = notes.notesOf(customer.id);
    ASSERT_EQ(back.size(), 2);
    EXPECT_EQ(back[0].id, second.id);
    EXPECT_EQ(back[0].body, QStringLiteral("第二条"));
    EXPECT_EQ(back[1].id, first.id);
    EXPECT_EQ(back[1].author, first.author);
}

TEST_F(ProfileStorageTest, InteractionsAndSurveyResponsesAreRemovedAndPutBackWithTheirIds)
{
    Interaction i;
    i.customerId = customer.id;
    i.occurredAt = QDateTime(QDate(2024, 6, 1), QTime(9, 30));
    i.channel = QStringLiteral("phone");
    i.type = QStringLiteral("follow-up");
    i.summary = QStringLiteral("asked about prices");
    i.outcome = QStringLiteral("quote sent");
    i.owner = QStringLiteral("Emma");
    activity.insertInteraction(i);
    SurveyResponse s;
    s.customerId = customer.id;
    s.answeredAt = QDateTime(QDate(2024, 6, 2), QTime(10, 0));
    s.nps = 9;
    s.comment = QStringLiteral("fast delivery");
    activity.insertSurveyResponse(s);

    EXPECT_TRUE(activity.removeInteraction(i.id));
    EXPECT_FALSE(activity.removeInteraction(i.id));
    EXPECT_TRUE(activity.interactionsOf(customer.id).isEmpty());
    activity.restoreInteraction(i);
    const QList<Interaction> back = activity.interactionsOf(customer.id);
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back[0].id, i.id);
    EXPECT_EQ(back[0].occurredAt, i.occurredAt);
    EXPECT_EQ(back[0].type, i.type);
    EXPECT_EQ(back[0].summary, i.summary);
    EXPECT_EQ(back[0].outcome, i.outcome);
    EXPECT_EQ(back[0].owner, i.owner);

    EXPECT_TRUE(activity.removeSurveyResponse(s.id));
    EXPECT_TRUE(activity.surveyResponsesOf(customer.id).isEmpty());
    activity.restoreSurveyResponse(s);
    const QList<SurveyResponse> answers = activity.surveyResponsesOf(customer.id);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_EQ(answers[0].id, s.id);
    EXPECT_EQ(answers[0].nps, 9);
    EXPECT_FALSE(answers[0].satisfaction.has_value());
    EXPECT_EQ(answers[0].comment, s.comment);

    // The schema itself refuses an NPS of 11, whatever the caller checked.
    SurveyResponse bad = s;
    bad.id = 0;
    bad.nps = 11;
    EXPECT_THROW(activity.insertSurveyResponse(bad), StorageError);
}

TEST_F(ProfileStorageTest, PurchasesPerMonthSumTheLinesAndCountDistinctOrders)
{
    const struct
    {
        QDate day;
        const char* order;
        qint64 amount;
    } lines[] = {
        {QDate(2024, 1, 5), "A", 10000}, {QDate(2024, 1, 5), "A", 2550},     {QDate(2024, 1, 31), "B", 5000},
        {QDate(2024, 4, 1), "C", 70000}, {QDate(2024, 4, 9), "C-R", -20000}, {QDate(2025, 1, 15), "D", 100},
    };
    int lineNo = 0;
    for (const auto& line : lines) {
        OrderLine l;
        l.customerId = customer.id;
        l.orderCode = QString::fromLatin1(line.order);
        l.lineNo = ++lineNo;
        l.orderedAt = QDateTime(line.day, QTime(23, 30));
        l.amount = line.amount;
        l.status = line.amount < 0 ? OrderStatus::Returned : OrderStatus::Completed;
        activity.insertOrderLine(l);
    }
    OrderLine foreign;
    foreign.customerId = other.id;
    foreign.orderCode = QStringLiteral("Z");
    foreign.orderedAt = QDateTime(QDate(2024, 2, 1), QTime(9, 0));
    foreign.amount = 999;
    activity.insertOrderLine(foreign);

    const QList<MonthlyPurchases> months =
        MonthlyPurchaseReader(db->connection(), db->dialect()).read(customer.id);
    ASSERT_EQ(months.size(), 3);
    EXPECT_EQ(months[0].month, QDate(2024, 1, 1));
    EXPECT_EQ(months[0].amountMinor, 17550);
    EXPECT_EQ(months[0].orders, 2);
    EXPECT_EQ(months[1].month, QDate(2024, 4, 1));
    EXPECT_EQ(months[1].amountMinor, 50000);
    EXPECT_EQ(months[1].orders, 2);
    EXPECT_EQ(months[2].month, QDate(2025, 1, 1));
    EXPECT_EQ(months[2].amountMinor, 100);
    EXPECT_TRUE(MonthlyPurchaseReader(db->connection(), db->dialect()).read(999999).isEmpty());
}

TEST(ActivityValidator, NamesWhatIsWrong)
{
    SurveyResponse s;
    s.answeredAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0));
    s.nps = 11;
    QList<FieldProblem> problems = ActivityValidator::validate(s);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("nps"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("0 to 10"))) << problems[0].message.toStdString();
    s.nps = 10;
    EXPECT_TRUE(ActivityValidator::validate(s).isEmpty());
    s.nps.reset();
    EXPECT_EQ(ActivityValidator::validate(s).size(), 1); // nothing answered
    s.satisfaction = 0;
    EXPECT_EQ(ActivityValidator::validate(s).value(0).field, QStringLiteral("satisfaction"));

    Interaction i;
    i.occurredAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0));
    QStringList fields;
    for (const FieldProblem& p : ActivityValidator::validate(i))
        fields << p.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("channel"), QStringLiteral("summary")}));
    i.channel = QString(ActivityValidator::kMaxChannelLength + 1, QLatin1Char('x'));
    i.summary = QStringLiteral("visit");
    ASSERT_EQ(ActivityValidator::validate(i).size(), 1);
    EXPECT_TRUE(ActivityValidator::validate(i)[0].message.contains(QStringLiteral("32")));

    CustomerNote n;
    n.writtenAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0));
    n.body = QStringLiteral("  ");
    EXPECT_EQ(ActivityValidator::validate(n).value(0).field, QStringLiteral("body"));
    n.body = QStringLiteral("ok");
    EXPECT_TRUE(ActivityValidator::validate(n).isEmpty());
}
