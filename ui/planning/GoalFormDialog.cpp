#include "planning/GoalFormDialog.h"

#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCatalog.h"
#include "analytics/TierNames.h"
#include "planning/FieldMessages.h"
#include "planning/GoalMeasurer.h"
#include "planning/PlanningCodes.h"
#include "planning/PlanningFormat.h"
#include "planning/PlanningTask.h"
#include "planning/PlanningValidator.h"
#include "segments/SegmentFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace clientele {

namespace {

bool isMoney(const QString& kpi)
{
    const std::optional<KpiDefinition> d = KpiCatalog::find(kpi);
    return d && d->unit == KpiUnit::Money;
}

QString shownText(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

double GoalFormDialog::toShown(const QString& kpi, double value)
{
    return isMoney(kpi) ? value / 100.0 : value;
}

double GoalFormDialog::fromShown(const QString& kpi, double shown)
{
    return isMoney(kpi) ? std::round(shown * 100.0) : shown;
}

GoalFormDialog::GoalFormDialog(const Plan& plan, const SmartGoal& goal, const Database* db, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_goal(goal)
    , m_db(db)
{
    setObjectName(QStringLiteral("goalForm"));
    setWindowTitle(goal.id > 0 ? tr("Edit SMART goal") : tr("New SMART goal"));
    auto* form = new QFormLayout;

    m_kpi = new QComboBox(this);
    m_kpi->setObjectName(QStringLiteral("goalKpi"));
    for (const KpiDefinition& d : KpiCatalog::definitions()) {
        m_kpi->addItem(d.name, d.code);
        m_kpi->setItemData(m_kpi->count() - 1, d.formula, Qt::ToolTipRole);
    }
    form->addRow(tr("&KPI:"), m_kpi);

    auto* populationRow = new QHBoxLayout;
    m_populationKind = new QComboBox(this);
    m_populationKind->setObjectName(QStringLiteral("goalPopulationKind"));
    for (PopulationKind kind : {PopulationKind::All, PopulationKind::Tier, PopulationKind::Stage})
        m_populationKind->addItem(PlanningCodes::displayName(kind), static_cast<int>(kind));
    m_population = new QComboBox(this);
    m_population->setObjectName(QStringLiteral("goalPopulation"));
    populationRow->addWidget(m_populationKind);
    populationRow->addWidget(m_population, 1);
    auto* populationBox = new QWidget(this);
    populationRow->setContentsMargins(0, 0, 0, 0);
    populationBox->setLayout(populationRow);
    form->addRow(tr("&Population:"), populationBox);

    auto* baselineRow = new QHBoxLayout;
    baselineRow->setContentsMargins(0, 0, 0, 0);
    m_baseline = new QLineEdit(this);
    m_baseline->setObjectName(QStringLiteral("goalBaseline"));
    m_baseline->setPlaceholderText(tr("measure it, or enter it"));
    m_measure = new QPushButton(tr("&Measure from data"), this);
    m_measure->setObjectName(QStringLiteral("measureBaseline"));
    m_measure->setToolTip(tr("The KPI of the population in the last full quarter before the plan's period"));
    m_measure->setEnabled(db != nullptr);
    m_measureStatus = new QLabel(this);
    m_measureStatus->setObjectName(QStringLiteral("measureStatus"));
    baselineRow->addWidget(m_baseline, 1);
    baselineRow->addWidget(m_measure);
    auto* baselineBox = new QWidget(this);
    baselineBox->setLayout(baselineRow);
    form->addRow(tr("&Baseline:"), baselineBox);
    form->addRow(QString(), m_measureStatus);

    auto* targetRow = new QHBoxLayout;
    targetRow->setContentsMargins(0, 0, 0, 0);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("goalTarget"));
    m_unit = new QLabel(this);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_unit);
    auto* targetBox = new QWidget(this);
    targetBox->setLayout(targetRow);
    form->addRow(tr("&Target:"), targetBox);

    m_horizon = new QComboBox(this);
    m_horizon->setObjectName(QStringLiteral("goalHorizon"));
    for (GoalHorizon h : {GoalHorizon::Short, GoalHorizon::Mid, GoalHorizon::Long})
        m_horizon->addItem(PlanningCodes::displayName(h), static_cast<int>(h));
    form->addRow(tr("&Horizon:"), m_horizon);
    m_deadline = new QDateEdit(this);
    m_deadline->setObjectName(QStringLiteral("goalDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Deadline:"), m_deadline);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("goalOwner"));
    form->addRow(tr("&Owner:"), m_owner);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("goalDescription"));
    form->addRow(tr("&Note:"), m_description);

    auto* general = new QLabel(this);
    general->setObjectName(QStringLiteral("goalMessages"));
    m_messages = std::make_unique<FieldMessages>(general);
    m_messages->addField(QStringLiteral("kpi"), form, m_kpi);
    m_messages->addField(QStringLiteral("population"), form, populationBox);
    m_messages->addField(QStringLiteral("target"), form, targetBox);
    m_messages->addField(QStringLiteral("deadline"), form, m_deadline);
    m_messages->addField(QStringLiteral("owner"), form, m_owner);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    // The goal's values into the fields.
    m_kpi->setCurrentIndex(qMax(
        0, m_kpi->findData(goal.kpi.isEmpty() ? QString::fromLatin1(KpiCatalog::RepurchaseRate) : goal.kpi)));
    m_populationKind->setCurrentIndex(m_populationKind->findData(static_cast<int>(goal.populationKind)));
    fillPopulations();
    m_population->setCurrentIndex(qMax(0, m_population->findData(goal.population)));
    if (goal.baseline)
        m_baseline->setText(shownText(toShown(goal.kpi, *goal.baseline)));
    m_baselineOn = goal.baselineOn;
    if (goal.id > 0)
        m_target->setText(shownText(toShown(goal.kpi, goal.target)));
    m_horizon->setCurrentIndex(m_horizon->findData(static_cast<int>(goal.horizon)));
    if (goal.deadline.isValid())
        m_deadline->setDate(goal.deadline);
    else
        proposeDeadline();
    m_owner->setText(goal.owner);
    m_description->setText(goal.description);
    updateUnitHint();

    connect(m_populationKind, &QComboBox::currentIndexChanged, this, &GoalFormDialog::fillPopulations);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, &GoalFormDialog::proposeDeadline);
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &GoalFormDialog::updateUnitHint);
    connect(m_measure, &QPushButton::clicked, this, &GoalFormDialog::measureBaseline);
    connect(m_baseline, &QLineEdit::textEdited, this, [this] { m_baselineOn = QDate(); });
    resize(560, sizeHint().height());
}

GoalFormDialog::~GoalFormDialog()
{
    m_task.waitForFinished();
}

void GoalFormDialog::fillPopulations()
{
    const auto kind = static_cast<PopulationKind>(m_populationKind->currentData().toInt());
    const QString keep = m_population->currentData().toString();
    m_population->clear();
    const QStringList codes = kind == PopulationKind::Tier    ? PlanningFormat::tierCodes(m_plan.tierModel)
                              : kind == PopulationKind::Stage ? PlanningFormat::stageCodes()
                                                              : QStringList();
    for (const QString& code : codes)
        m_population->addItem(TierNames::displayName(code), code);
    m_population->setEnabled(!codes.isEmpty());
    m_population->setCurrentIndex(qMax(0, m_population->findData(keep)));
}

void GoalFormDialog::proposeDeadline()
{
    const auto horizon = static_cast<GoalHorizon>(m_horizon->currentData().toInt());
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(m_plan.period);
    const QDate start = period ? period->start() : QDate::currentDate();
    m_deadline->setDate(start.addMonths(SmartGoal::horizonMonths(horizon)).addDays(-1));
}

void GoalFormDialog::updateUnitHint()
{
    const std::optional<KpiDefinition> d = KpiCatalog::find(m_kpi->currentData().toString());
    if (!d) {
        m_unit->clear();
        return;
    }
    switch (d->unit) {
    case KpiUnit::Percent:
        m_unit->setText(QStringLiteral("%"));
        break;
    case KpiUnit::Money:
        m_unit->setText(SegmentFormat::currencySymbol());
        break;
    case KpiUnit::Points:
        m_unit->setText(tr("points"));
        break;
    case KpiUnit::Count:
        m_unit->setText(tr("customers"));
        break;
    }
    m_kpi->setToolTip(d->formula);
}

std::optional<double> GoalFormDialog::number(const QLineEdit* edit, bool* ok) const
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(text, ok);
    if (!*ok)
        return std::nullopt;
    return fromShown(m_kpi->currentData().toString(), value);
}

SmartGoal GoalFormDialog::goal() const
{
    SmartGoal g = m_goal;
    g.planId = m_plan.id;
    g.kpi = m_kpi->currentData().toString();
    g.populationKind = static_cast<PopulationKind>(m_populationKind->currentData().toInt());
    g.population =
        g.populationKind == PopulationKind::All ? QString() : m_population->currentData().toString();
    bool ok = true;
    g.baseline = number(m_baseline, &ok);
    g.baselineOn = g.baseline ? m_baselineOn : QDate();
    const std::optional<double> target = number(m_target, &ok);
    g.target = target && ok ? *target : std::nan("");
    g.horizon = static_cast<GoalHorizon>(m_horizon->currentData().toInt());
    g.deadline = m_deadline->date();
    g.owner = m_owner->text().trimmed();
    g.description = m_description->text().trimmed();
    return g;
}

QString GoalFormDialog::fieldMessage(const QString& field) const
{
    return m_messages->message(field);
}

void GoalFormDialog::measureBaseline()
{
    if (!m_db || m_measuring)
        return;
    m_task.waitForFinished();
    m_measuring = true;
    m_measure->setEnabled(false);
    m_measureStatus->setText(tr("Measuring…"));
    const SmartGoal g = goal();
    const Plan plan = m_plan;
    m_task = runPlanningTask<GoalMeasurement>(
        this, m_db,
        [g, plan](const QSqlDatabase& db, const SqlDialect& dialect) {
            return GoalMeasurer(db, dialect).baseline(g, plan);
        },
        [this, kpi = g.kpi](GoalMeasurement m) {
            m_measuring = false;
            m_measure->setEnabled(true);
            if (m.value) {
                m_baseline->setText(shownText(toShown(kpi, *m.value)));
                m_baselineOn = m.end;
                m_measureStatus->setText(
                    tr("%1, %2 to %3, %n customer(s)", nullptr, static_cast<int>(m.population))
                        .arg(m.periodCode, m.start.toString(Qt::ISODate), m.end.toString(Qt::ISODate)));
            } else {
                m_measureStatus->setText(m.reason.isEmpty() ? tr("No value for this population.") : m.reason);
            }
            emit baselineMeasured();
        },
        [this](const QString& error) {
            m_measuring = false;
            m_measure->setEnabled(true);
            m_measureStatus->setText(error);
            emit baselineMeasured();
        });
}

void GoalFormDialog::accept()
{
    const SmartGoal g = goal();
    std::vector<PlanningIssue> issues = PlanningValidator::check(g);
    bool ok = true;
    number(m_baseline, &ok);
    if (!ok)
        issues.push_back({QStringLiteral("target"), tr("Baseline: enter a number, or leave it empty.")});
    if (!m_messages->show(issues))
        return;
    QDialog::accept();
}

} // namespace clientele
