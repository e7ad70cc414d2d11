#include "segments/TierMigrationView.h"

#include "analytics/TierNames.h"
#include "charts/ChartExport.h"
#include "charts/ChartStyle.h"
#include "segments/SegmentFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

QString tierName(const QString& code, bool asRow)
{
    if (!code.isEmpty())
        return TierNames::displayName(code);
    return asRow ? TierMigrationView::tr("Not yet a customer")
                 : TierMigrationView::tr("No longer a customer");
}

} // namespace

TierMigrationView::TierMigrationView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tierMigration"));
    setWindowTitle(tr("Tier migration"));
    auto* title = new QLabel(tr("Tier migration"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("migrationFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("migrationTo"));
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    m_create = new QPushButton(tr("Create &snapshots"), this);
    m_create->setObjectName(QStringLiteral("createSnapshots"));
    m_create->setToolTip(tr("Analyse the customers as of each missing period's end and keep the result"));
    m_create->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    m_table->setWindowTitle(tr("Tier migration"));
    ChartExport::installContextMenu(m_table);

    auto* choice = new QHBoxLayout;
    choice->addWidget(fromLabel);
    choice->addWidget(m_from);
    choice->addWidget(toLabel);
    choice->addWidget(m_to);
    choice->addWidget(m_create);
    choice->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(choice);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &TierMigrationView::onChoiceChanged);
    connect(m_to, &QComboBox::currentIndexChanged, this, &TierMigrationView::onChoiceChanged);
    connect(m_create, &QPushButton::clicked, this,
            [this] { emit createSnapshotsRequested(fromPeriod(), toPeriod()); });
}

void TierMigrationView::setPeriods(const QStringList& codes)
{
    const QString from = fromPeriod();
    const QString to = toPeriod();
    m_filling = true;
    m_from->clear();
    m_to->clear();
    m_from->addItems(codes);
    m_to->addItems(codes);
    m_filling = false;
    if (codes.contains(from) && codes.contains(to))
        setChoice(from, to);
    else
        setChoice(codes.value(1), codes.value(0));
}

QString TierMigrationView::fromPeriod() const
{
    return m_from->currentText();
}

QString TierMigrationView::toPeriod() const
{
    return m_to->currentText();
}

void TierMigrationView::setChoice(const QString& fromPeriod, const QString& toPeriod)
{
    m_filling = true;
    m_from->setCurrentIndex(m_from->findText(fromPeriod));
    m_to->setCurrentIndex(m_to->findText(toPeriod));
    m_filling = false;
    onChoiceChanged();
}

void TierMigrationView::onChoiceChanged()
{
    if (m_filling)
        return;
    m_create->hide();
    m_last.reset();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    const QString from = fromPeriod();
    const QString to = toPeriod();
    if (from.isEmpty() || to.isEmpty()) {
        m_status->setText(tr("The data spans a single period: there is nothing to compare yet."));
        return;
    }
    if (from == to) {
        m_status->setText(tr("Choose two different periods."));
        return;
    }
    emit comparisonRequested(from, to);
}

void TierMigrationView::showCalculating()
{
    m_create->hide();
    m_status->setText(tr("Comparing the snapshots…"));
}

void TierMigrationView::showError(const QString& message)
{
    m_status->setText(message);
}

QString TierMigrationView::statusText() const
{
    return m_status->text();
}

void TierMigrationView::showMigration(const TierMigration& migration)
{
    if (migration.fromPeriod != fromPeriod() || migration.toPeriod != toPeriod())
        return; // an answer to an earlier choice
    m_last = std::make_shared<TierMigration>(migration);
    if (!migration.missingPeriods.isEmpty()) {
        m_status->setText(tr("No snapshot of %1 is kept yet. A snapshot records every customer's tier as of "
                             "the period end.")
                              .arg(migration.missingPeriods.join(tr(" and "))));
        m_create->show();
        return;
    }
    m_create->hide();
    int moved = 0, total = 0, most = 0;
    for (std::size_t row = 0; row < migration.cells.size(); ++row)
        for (std::size_t column = 0; column < migration.cells[row].size(); ++column) {
            const int n = migration.cells[row][column].customers;
            total += n;
            most = std::max(most, n);
        }
    moved = total - migration.stayed();
    m_status->setText(tr("Rows: tier at the end of %1 · columns: tier at the end of %2 · %3 of %4 customers "
                         "changed tier. Amounts: what they bought in between.")
                          .arg(migration.fromPeriod, migration.toPeriod, SegmentFormat::count(moved),
                               SegmentFormat::count(total)));

    m_table->setRowCount(static_cast<int>(migration.fromTiers.size()));
    m_table->setColumnCount(static_cast<int>(migration.toTiers.size()));
    QStringList rowNames, columnNames;
    for (const QString& code : migration.fromTiers)
        rowNames << tierName(code, true);
    for (const QString& code : migration.toTiers)
        columnNames << tierName(code, false);
    m_table->setVerticalHeaderLabels(rowNames);
    m_table->setHorizontalHeaderLabels(columnNames);
    const QPalette pal = palette();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const TierMigration::Cell& c =
                migration.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
            auto* item = new QTableWidgetItem(
                c.customers == 0 ? QStringLiteral("–")
                                 : QStringLiteral("%1\n%2").arg(SegmentFormat::count(c.customers),
                                                                SegmentFormat::moneyWhole(c.amountMinor)));
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(Qt::UserRole, c.customers);
            item->setData(Qt::UserRole + 1, QVariant::fromValue<qint64>(c.amountMinor));
            item->setToolTip(
                tr("%1 → %2: %n customer(s), bought %3 between the period ends", nullptr, c.customers)
                    .arg(rowNames[row], columnNames[column], SegmentFormat::money(c.amountMinor)));
            const QColor fill =
                ChartStyle::scaleColor(pal, most > 0 ? std::sqrt(double(c.customers) / most) : 0.0);
            item->setBackground(fill);
            item->setForeground(fill.lightness() < 140 ? QColor(Qt::white) : QColor(Qt::black));
            if (migration.fromTiers[row] == migration.toTiers[column] &&
                !migration.fromTiers[row].isEmpty()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    // As tall as its rows: the page scrolls, the table does not.
    m_table->resizeRowsToContents();
    // The header's size hint: its height() is still stale while the view is hidden or being laid out.
    const int height = m_table->horizontalHeader()->sizeHint().height() +
                       m_table->verticalHeader()->length() + 2 * m_table->frameWidth() + 2;
    m_table->setFixedHeight(height);
}

void TierMigrationView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The cell colours come from the palette: paint them again in the new one.
    if (event->type() == QEvent::PaletteChange && m_last && !m_last->isEmpty()) {
        const std::shared_ptr<const TierMigration> last = m_last; // showMigration replaces m_last
        showMigration(*last);
    }
}

} // namespace clientele
