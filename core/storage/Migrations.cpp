#include "storage/Migrations.h"

#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <optional>

namespace clientele {

namespace {

// The statement without its engine prefix, or nothing when it is meant for the other engine.
std::optional<QString> forEngine(const QString& statement, SqlDialect::Engine engine)
{
    static const QString sqlite = QStringLiteral("{sqlite} ");
    static const QString postgresql = QStringLiteral("{postgresql} ");
    if (statement.startsWith(sqlite))
        return engine == SqlDialect::Engine::Sqlite ? std::optional(statement.mid(sqlite.size()))
                                                    : std::nullopt;
    if (statement.startsWith(postgresql))
        return engine == SqlDialect::Engine::PostgreSql ? std::optional(statement.mid(postgresql.size()))
                                                        : std::nullopt;
    return statement;
}

} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> steps = {
        {1,
         QStringLiteral("customers, order lines, interactions, surveys, tags"),
         {
             QStringLiteral("CREATE TABLE app_meta (key VARCHAR(64) PRIMARY KEY, value TEXT)"),
             QStringLiteral(
                 "CREATE TABLE customer ("
                 " id {pk},"
                 " code VARCHAR(64) NOT NULL UNIQUE,"
                 " name VARCHAR(255) NOT NULL,"
                 " kind VARCHAR(3) NOT NULL DEFAULT 'toc' CHECK (kind IN ('toc', 'tob')),"
                 " industry VARCHAR(128), region VARCHAR(128), city VARCHAR(128), owner VARCHAR(128),"
                 " email VARCHAR(255), phone VARCHAR(64), wechat VARCHAR(64), address VARCHAR(512),"
                 " marketing_consent INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),"
                 " contact_limit_per_month INTEGER NOT NULL DEFAULT 0 CHECK (contact_limit_per_month >= 0),"
                 " created_on DATE NOT NULL,"
                 " notes TEXT)"),
             QStringLiteral("CREATE TABLE order_line ("
                            " id {pk},"
                            " customer_id BIGINT REFERENCES customer(id) ON DELETE CASCADE,"
                            " order_code VARCHAR(64) NOT NULL,"
                            " line_no INTEGER NOT NULL,"
                            " ordered_at TIMESTAMP NOT NULL,"
                            " amount_minor BIGINT NOT NULL,"
                            " currency CHAR(3) NOT NULL DEFAULT 'CNY',"
                            " quantity INTEGER NOT NULL DEFAULT 1,"
                            " product_code VARCHAR(64), product_name VARCHAR(255), category VARCHAR(128),"
                            " channel VARCHAR(64),"
                            " status VARCHAR(10) NOT NULL DEFAULT 'completed'"
                            "   CHECK (status IN ('completed', 'cancelled', 'returned')),"
                            " UNIQUE (order_code, line_no))"),
             QStringLiteral("CREATE TABLE interaction ("
                            " id {pk},"
                            " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                            " occurred_at TIMESTAMP NOT NULL,"
                            " channel VARCHAR(32) NOT NULL,"
                            " type VARCHAR(64), summary TEXT, outcome TEXT, owner VARCHAR(128))"),
             QStringLiteral("CREATE TABLE survey_response ("
                            " id {pk},"
                            " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                            " answered_at TIMESTAMP NOT NULL,"
                            " nps INTEGER CHECK (nps BETWEEN 0 AND 10),"
                            " satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),"
                            " comment TEXT)"),
             QStringLiteral(
                 "CREATE TABLE tag ("
                 " id {pk},"
                 " name VARCHAR(128) NOT NULL UNIQUE,"
                 " kind VARCHAR(8) NOT NULL DEFAULT 'static' CHECK (kind IN ('static', 'dynamic')))"),
             QStringLiteral("CREATE TABLE customer_tag ("
                            " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                            " tag_id BIGINT NOT NULL REFERENCES tag(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (customer_id, tag_id))"),
         }},
        {2,
         QStringLiteral("indexes for the customer list, the profile and the analytics"),
         {
             QStringLiteral("CREATE INDEX customer_name_idx ON customer (name)"),
             QStringLiteral("CREATE INDEX customer_owner_idx ON customer (owner)"),
             QStringLiteral("CREATE INDEX customer_city_idx ON customer (city)"),
             QStringLiteral("CREATE INDEX customer_created_idx ON customer (created_on)"),
             QStringLiteral("CREATE INDEX order_line_customer_idx ON order_line (customer_id, ordered_at)"),
             QStringLiteral("CREATE INDEX order_line_time_idx ON order_line (ordered_at)"),
             QStringLiteral(
                 "CREATE INDEX interaction_customer_idx ON interaction (customer_id, occurred_at)"),
             QStringLiteral("CREATE INDEX survey_customer_idx ON survey_response (customer_id, answered_at)"),
             QStringLiteral("CREATE INDEX customer_tag_tag_idx ON customer_tag (tag_id)"),
         }},
        {3,
         QStringLiteral("import history, provenance of imported rows, customer summaries, mapping profiles"),
         {
             QStringLiteral("CREATE TABLE import_batch ("
                            " id {pk},"
                            " kind VARCHAR(16) NOT NULL,"
                            " file_name VARCHAR(1024) NOT NULL,"
                            " file_hash CHAR(64) NOT NULL,"
                            " sheet VARCHAR(255),"
                            " mapping TEXT NOT NULL,"
                            " options TEXT,"
                            " started_at TIMESTAMP NOT NULL,"
                            " finished_at TIMESTAMP,"
                            " rows_read BIGINT NOT NULL DEFAULT 0,"
                            " imported BIGINT NOT NULL DEFAULT 0,"
                            " duplicates BIGINT NOT NULL DEFAULT 0,"
                            " skipped BIGINT NOT NULL DEFAULT 0,"
                            " customers_created BIGINT NOT NULL DEFAULT 0,"
                            " customers_updated BIGINT NOT NULL DEFAULT 0,"
                            " imported_by VARCHAR(128),"
                            " rolled_back_at TIMESTAMP)"),
             QStringLiteral("ALTER TABLE customer ADD COLUMN import_batch_id BIGINT REFERENCES "
                            "import_batch(id) ON DELETE SET NULL"),
             QStringLiteral("ALTER TABLE customer ADD COLUMN source_row BIGINT"),
             QStringLiteral("ALTER TABLE order_line ADD COLUMN import_batch_id BIGINT REFERENCES "
                            "import_batch(id) ON DELETE SET NULL"),
             QStringLiteral("ALTER TABLE order_line ADD COLUMN source_row BIGINT"),
             QStringLiteral("ALTER TABLE interaction ADD COLUMN import_batch_id BIGINT REFERENCES "
                            "import_batch(id) ON DELETE SET NULL"),
             QStringLiteral("ALTER TABLE interaction ADD COLUMN source_row BIGINT"),
             QStringLiteral("ALTER TABLE survey_response ADD COLUMN import_batch_id BIGINT REFERENCES "
                            "import_batch(id) ON DELETE SET NULL"),
             QStringLiteral("ALTER TABLE survey_response ADD COLUMN source_row BIGINT"),
             QStringLiteral("CREATE TABLE import_change ("
                            " id {pk},"
                            " batch_id BIGINT NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,"
                            " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                            " field VARCHAR(64) NOT NULL,"
                            " old_value TEXT,"
                            " new_value TEXT)"),
             QStringLiteral("CREATE TABLE customer_summary ("
                            " customer_id BIGINT PRIMARY KEY REFERENCES customer(id) ON DELETE CASCADE,"
                            " as_of DATE NOT NULL,"
                            " recency_days INTEGER NOT NULL CHECK (recency_days >= 0),"
                            " frequency_per_year_milli BIGINT NOT NULL CHECK (frequency_per_year_milli >= 0),"
                            " amount_per_year_minor BIGINT NOT NULL,"
                            " import_batch_id BIGINT REFERENCES import_batch(id) ON DELETE SET NULL,"
                            " source_row BIGINT)"),
             QStringLiteral("CREATE TABLE import_profile ("
                            " id {pk},"
                            " name VARCHAR(128) NOT NULL UNIQUE,"
                            " kind VARCHAR(16) NOT NULL,"
                            " header_signature TEXT NOT NULL,"
                            " mapping TEXT NOT NULL,"
                            " options TEXT)"),
             QStringLiteral("CREATE INDEX customer_batch_idx ON customer (import_batch_id)"),
             QStringLiteral("CREATE INDEX order_line_batch_idx ON order_line (import_batch_id)"),
             QStringLiteral("CREATE INDEX interaction_batch_idx ON interaction (import_batch_id)"),
             QStringLiteral("CREATE INDEX survey_batch_idx ON survey_response (import_batch_id)"),
             QStringLiteral("CREATE INDEX import_change_batch_idx ON import_change (batch_id)"),
         }},
        {4,
         QStringLiteral("analytics: scoring schemes, tier models, snapshots, stage history, marketing spend"),
         {
             // Schemes and tier models are rules as data: `definition` holds their JSON.
             QStringLiteral("CREATE TABLE scoring_scheme ("
                            " id {pk},"
                            " code VARCHAR(64) NOT NULL UNIQUE,"
                            " name VARCHAR(255) NOT NULL,"
                            " built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),"
                            " definition TEXT NOT NULL,"
                            " updated_at TIMESTAMP NOT NULL)"),
             QStringLiteral("CREATE TABLE tier_model ("
                            " id {pk},"
                            " code VARCHAR(64) NOT NULL UNIQUE,"
                            " name VARCHAR(255) NOT NULL,"
                            " kind VARCHAR(8) NOT NULL CHECK (kind IN ('rfm', 'tob')),"
                            " built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),"
                            " definition TEXT NOT NULL,"
                            " updated_at TIMESTAMP NOT NULL)"),
             QStringLiteral("CREATE TABLE analysis_snapshot ("
                            " period VARCHAR(16) PRIMARY KEY,"
                            " as_of DATE NOT NULL,"
                            " scheme VARCHAR(64) NOT NULL,"
                            " tier_model VARCHAR(64) NOT NULL,"
                            " customers BIGINT NOT NULL DEFAULT 0,"
                            " created_at TIMESTAMP NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE customer_snapshot ("
                 " period VARCHAR(16) NOT NULL REFERENCES analysis_snapshot(period) ON DELETE CASCADE,"
                 " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                 " recency_days INTEGER,"
                 " orders INTEGER NOT NULL DEFAULT 0,"
                 " net_amount_minor BIGINT NOT NULL DEFAULT 0,"
                 " frequency_per_year DOUBLE PRECISION,"
                 " monetary_per_year_minor BIGINT,"
                 " r SMALLINT, f SMALLINT, m SMALLINT,"
                 " tier VARCHAR(64) NOT NULL,"
                 " stage VARCHAR(16) NOT NULL,"
                 " p_alive DOUBLE PRECISION,"
                 " expected_purchases_90d DOUBLE PRECISION,"
                 " clv_minor BIGINT,"
                 " risk_level VARCHAR(8),"
                 " PRIMARY KEY (period, customer_id))"),
             QStringLiteral("CREATE INDEX customer_snapshot_customer_idx ON customer_snapshot (customer_id)"),
             QStringLiteral("CREATE TABLE customer_stage_history ("
                            " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                            " since DATE NOT NULL,"
                            " stage VARCHAR(16) NOT NULL,"
                            " PRIMARY KEY (customer_id, since))"),
             QStringLiteral("CREATE TABLE marketing_spend ("
                            " period VARCHAR(16) PRIMARY KEY,"
                            " amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),"
                            " currency CHAR(3) NOT NULL DEFAULT 'CNY',"
                            " note TEXT)"),
             // Seed 000's ToB tiers need two ratings only a person can give.
             QStringLiteral("ALTER TABLE customer ADD COLUMN industry_fit SMALLINT"
                            " CHECK (industry_fit BETWEEN 1 AND 5)"),
             QStringLiteral("ALTER TABLE customer ADD COLUMN renewal_risk SMALLINT"
                            " CHECK (renewal_risk BETWEEN 1 AND 5)"),
         }},
        {5,
         QStringLiteral("customer list: filter and sort indexes"),
         {
             // The list sorts on every column; kind, region and industry were full scans plus a sort.
             // An index on one column also orders by id within it, which is the list's tie-break.
             QStringLiteral("CREATE INDEX customer_kind_idx ON customer (kind)"),
             QStringLiteral("CREATE INDEX customer_region_idx ON customer (region)"),
             QStringLiteral("CREATE INDEX customer_industry_idx ON customer (industry)"),
         }},
        {6,
         QStringLiteral(
             "planning: playbooks, plans, SMART goals, execution items, tracking, reviews, risks, notes"),
         {
             // Built-in playbooks carry a code and NULL texts: their words come from the translated
             // catalogue in core, so they follow the language; a user's edit fills the column, and
             // "reset" sets it back to NULL. A user's own playbook has no code and its texts filled.
             QStringLiteral("CREATE TABLE playbook ("
                            " id {pk},"
                            " code VARCHAR(64) UNIQUE,"
                            " target_kind VARCHAR(12) NOT NULL"
                            "   CHECK (target_kind IN ('tier', 'stage', 'online_group', 'any')),"
                            " tier_model VARCHAR(64),"
                            " target VARCHAR(64),"
                            " name VARCHAR(255), goal TEXT, measures TEXT, owner_role VARCHAR(32),"
                            " cadence VARCHAR(128), resources TEXT, expected_effect TEXT,"
                            " kpi VARCHAR(64),"
                            " retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),"
                            " updated_at TIMESTAMP NOT NULL)"),
             QStringLiteral("CREATE TABLE plan ("
                            " id {pk},"
                            " name VARCHAR(255) NOT NULL,"
                            " period VARCHAR(16) NOT NULL,"
                            " tier_model VARCHAR(64) NOT NULL,"
                            " notes TEXT,"
                            " created_at TIMESTAMP NOT NULL)"),
             QStringLiteral("CREATE TABLE smart_goal ("
                            " id {pk},"
                            " plan_id BIGINT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                            " kpi VARCHAR(64) NOT NULL,"
                            " population_kind VARCHAR(8) NOT NULL DEFAULT 'all'"
                            "   CHECK (population_kind IN ('all', 'tier', 'stage')),"
                            " population VARCHAR(64),"
                            " baseline DOUBLE PRECISION,"
                            " baseline_on DATE,"
                            " target DOUBLE PRECISION NOT NULL,"
                            " horizon VARCHAR(8) NOT NULL CHECK (horizon IN ('short', 'mid', 'long')),"
                            " deadline DATE NOT NULL,"
                            " owner VARCHAR(128) NOT NULL,"
                            " description TEXT)"),
             QStringLiteral("CREATE INDEX smart_goal_plan_idx ON smart_goal (plan_id)"),
             QStringLiteral("CREATE TABLE execution_item ("
                            " id {pk},"
                            " plan_id BIGINT NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                            " segment_kind VARCHAR(8) NOT NULL DEFAULT 'tier'"
                            "   CHECK (segment_kind IN ('tier', 'stage', 'custom')),"
                            " segment VARCHAR(64),"
                            " playbook_id BIGINT REFERENCES playbook(id) ON DELETE SET NULL,"
                            " strategy VARCHAR(255) NOT NULL,"
                            " measures TEXT,"
                            " owner VARCHAR(128) NOT NULL,"
                            " starts_on DATE NOT NULL,"
                            " ends_on DATE NOT NULL,"
                            " resources TEXT,"
                            " budget_minor BIGINT CHECK (budget_minor >= 0),"
                            " expected_effect TEXT,"
                            " status VARCHAR(10) NOT NULL DEFAULT 'planned'"
                            "   CHECK (status IN ('planned', 'running', 'done', 'cancelled')),"
                            " holdout_share DOUBLE PRECISION NOT NULL DEFAULT 0"
                            "   CHECK (holdout_share >= 0 AND holdout_share < 1),"
                            " CHECK (ends_on >= starts_on))"),
             QStringLiteral("CREATE INDEX execution_item_plan_idx ON execution_item (plan_id)"),
             // The item's customers; 'control' rows are the held-out share, not contacted.
             QStringLiteral(
                 "CREATE TABLE execution_item_customer ("
                 " item_id BIGINT NOT NULL REFERENCES execution_item(id) ON DELETE CASCADE,"
                 " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                 " role VARCHAR(8) NOT NULL DEFAULT 'target' CHECK (role IN ('target', 'control')),"
                 " PRIMARY KEY (item_id, customer_id))"),
             QStringLiteral("CREATE INDEX execution_item_customer_customer_idx"
                            " ON execution_item_customer (customer_id)"),
             QStringLiteral("CREATE TABLE execution_note ("
                            " id {pk},"
                            " item_id BIGINT NOT NULL REFERENCES execution_item(id) ON DELETE CASCADE,"
                            " written_at TIMESTAMP NOT NULL,"
                            " author VARCHAR(128),"
                            " body TEXT NOT NULL)"),
             // Template 3: the figures are computed; a row here is a hand-entered override (the
             // computed value is shown beside it) or the adjustment suggestion of a period and tier.
             QStringLiteral("CREATE TABLE tracking_override ("
                            " period VARCHAR(16) NOT NULL,"
                            " tier VARCHAR(64) NOT NULL,"
                            " metric VARCHAR(32) NOT NULL"
                            "   CHECK (metric IN ('repurchase_rate', 'churn_rate', 'nps', 'ltv')),"
                            " value DOUBLE PRECISION NOT NULL,"
                            " entered_at TIMESTAMP NOT NULL,"
                            " PRIMARY KEY (period, tier, metric))"),
             QStringLiteral("CREATE TABLE tracking_suggestion ("
                            " period VARCHAR(16) NOT NULL,"
                            " tier VARCHAR(64) NOT NULL,"
                            " suggestion TEXT NOT NULL,"
                            " PRIMARY KEY (period, tier))"),
             QStringLiteral(
                 "CREATE TABLE review_record ("
                 " id {pk},"
                 " plan_id BIGINT REFERENCES plan(id) ON DELETE SET NULL,"
                 " cadence VARCHAR(10) NOT NULL CHECK (cadence IN ('monthly', 'quarterly', 'annual')),"
                 " held_on DATE NOT NULL,"
                 " participants TEXT, findings TEXT, decisions TEXT, plan_changes TEXT)"),
             // Seed 001 section 4; built-in rows carry a code and NULL texts like playbooks.
             QStringLiteral("CREATE TABLE risk_entry ("
                            " id {pk},"
                            " code VARCHAR(64) UNIQUE,"
                            " risk TEXT, signs TEXT, avoidance TEXT,"
                            " owner VARCHAR(128),"
                            " status VARCHAR(10) NOT NULL DEFAULT 'open'"
                            "   CHECK (status IN ('open', 'watching', 'closed')),"
                            " updated_at TIMESTAMP NOT NULL)"),
             // The 360-degree profile's notes: a dated log, unlike customer.notes (one free text).
             QStringLiteral("CREATE TABLE customer_note ("
                            " id {pk},"
                            " customer_id BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                            " written_at TIMESTAMP NOT NULL,"
                            " author VARCHAR(128),"
                            " body TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX customer_note_customer_idx ON customer_note (customer_id)"),
         }},
        {7,
         QStringLiteral("order lines: the status check without an IN list"),
         {
             // SQLite evaluates an IN list of three or more constants through a temporary index, and
             // inside a CHECK constraint it builds that index again for every row written: 0.5 us a row,
             // about 7% of an import's instructions. The same rule as ORs costs nothing. SQLite cannot
             // alter a constraint, so the table is rebuilt (same columns, ids and indexes; nothing
             // refers to order_line); PostgreSQL swaps the constraint.
             QStringLiteral("{sqlite} CREATE TABLE order_line_rebuilt ("
                            " id {pk},"
                            " customer_id BIGINT REFERENCES customer(id) ON DELETE CASCADE,"
                            " order_code VARCHAR(64) NOT NULL,"
                            " line_no INTEGER NOT NULL,"
                            " ordered_at TIMESTAMP NOT NULL,"
                            " amount_minor BIGINT NOT NULL,"
                            " currency CHAR(3) NOT NULL DEFAULT 'CNY',"
                            " quantity INTEGER NOT NULL DEFAULT 1,"
                            " product_code VARCHAR(64), product_name VARCHAR(255), category VARCHAR(128),"
                            " channel VARCHAR(64),"
                            " status VARCHAR(10) NOT NULL DEFAULT 'completed'"
                            "   CHECK (status = 'completed' OR status = 'cancelled' OR status = 'returned'),"
                            " import_batch_id BIGINT REFERENCES import_batch(id) ON DELETE SET NULL,"
                            " source_row BIGINT,"
                            " UNIQUE (order_code, line_no))"),
             QStringLiteral(
                 "{sqlite} INSERT INTO order_line_rebuilt (id, customer_id, order_code, line_no,"
                 " ordered_at, amount_minor, currency, quantity, product_code, product_name,"
                 " category, channel, status, import_batch_id, source_row)"
                 " SELECT id, customer_id, order_code, line_no, ordered_at, amount_minor, currency,"
                 " quantity, product_code, product_name, category, channel, status,"
                 " import_batch_id, source_row FROM order_line ORDER BY id"),
             QStringLiteral("{sqlite} DROP TABLE order_line"),
             QStringLiteral("{sqlite} ALTER TABLE order_line_rebuilt RENAME TO order_line"),
             // order_line_customer_idx is made by step 8, in the form that replaced this one.
             QStringLiteral("{sqlite} CREATE INDEX order_line_time_idx ON order_line (ordered_at)"),
             QStringLiteral("{sqlite} CREATE INDEX order_line_batch_idx ON order_line (import_batch_id)"),
             QStringLiteral("{postgresql} ALTER TABLE order_line DROP CONSTRAINT order_line_status_check"),
             QStringLiteral("{postgresql} ALTER TABLE order_line ADD CONSTRAINT order_line_status_check"
                            " CHECK (status = 'completed' OR status = 'cancelled' OR status = 'returned')"),
         }},
        {8,
         QStringLiteral("order lines: the customer index covers what the analytics read"),
         {
             // The recompute reads every line's customer, time, order, amount and status in
             // customer order. From this index alone that is a third of the table's pages, with no
             // lookup per line, and each customer's orders are whole as soon as the next customer
             // begins; the table scan it replaces gathered the whole table in memory first.
             // Gone already where step 7 rebuilt the table in the same upgrade.
             QStringLiteral("DROP INDEX IF EXISTS order_line_customer_idx"),
             QStringLiteral("CREATE INDEX order_line_customer_idx ON order_line"
                            " (customer_id, ordered_at, order_code, amount_minor, status)"),
         }},
    };
    return steps;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

void Migrations::apply(const QSqlDatabase& db, const SqlDialect& dialect, int fromVersion, int toVersion)
{
    if (fromVersion >= toVersion)
        return;
    WriteTransaction transaction(db, dialect);
    for (const Migration& step : all()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        for (const QString& statement : step.statements)
            if (const std::optional<QString> own = forEngine(statement, dialect.engine()))
                sql::run(db, dialect.expand(*own));
    }
    sql::run(db, dialect.writeSchemaVersion(toVersion));
    transaction.commit();
}

} // namespace clientele
