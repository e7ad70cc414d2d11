#include "customers/CustomerDetailPane.h"

#include "customers/CustomerTableModel.h"
#include "customers/InteractionTableModel.h"
#include "customers/OrderLineTableModel.h"
#include "customers/SurveyResponseTableModel.h"
#include "import/ImportSchema.h"
#include "storage/CustomerProfileReader.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

namespace {

QWidget* tabPage(QTableView* table, QLabel* note)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(table);
    layout->addWidget(note);
    note->setVisible(false);
    return page;
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:palette(mid); padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("–") : value.toHtmlEscaped());
}

} // namespace

CustomerDetailPane::CustomerDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_attributes(new QLabel(this))
    , m_tags(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_orders(new OrderLineTableModel(this))
    , m_interactions(new InteractionTableModel(this))
    , m_surveys(new SurveyResponseTableModel(this))
    , m_ordersNote(new QLabel(this))
    , m_interactionsNote(new QLabel(this))
    , m_surveysNote(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_attributes->setTextFormat(Qt::RichText);
    m_attributes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attributes->setWordWrap(true);
    m_attributes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tags->setWordWrap(true);
    m_tags->setObjectName(QStringLiteral("tagsLabel"));

    m_tabs->addTab(tabPage(makeTable(m_orders), m_ordersNote), tr("Orders"));
    m_tabs->addTab(tabPage(makeTable(m_interactions), m_interactionsNote), tr("Interactions"));
    m_tabs->addTab(tabPage(makeTable(m_surveys), m_surveysNote), tr("Surveys"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_attributes);
    layout->addWidget(m_tags);
    layout->addWidget(m_tabs, 1);
    clear(tr("Select a customer to see their details."));
}

QTableView* CustomerDetailPane::makeTable(QAbstractItemModel* model)
{
    auto* table = new QTableView;
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    // At most a few hundred rows: fitting the columns to their contents is cheap, and capped so one long
    // product name or summary does not push the rest out of sight.
    connect(model, &QAbstractItemModel::modelReset, table, [table] {
        table->resizeColumnsToContents();
        const int cap = table->fontMetrics().averageCharWidth() * 22;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            table->setColumnWidth(column, std::min(table->columnWidth(column), cap));
    });
    return table;
}

void CustomerDetailPane::setDatabase(Database* db)
{
    m_db = db;
    showCustomer(0);
}

void CustomerDetailPane::showCustomer(std::int64_t id)
{
    m_customerId = id;
    if (!m_db || id == 0) {
        clear(m_db ? tr("Select a customer to see their details.") : tr("No database is open."));
        return;
    }
    try {
        const std::optional<CustomerProfile> profile =
            CustomerProfileReader(m_db->connection(), m_db->dialect()).read(id);
        if (!profile) {
            clear(tr("This customer no longer exists."));
            return;
        }
        showProfile(*profile);
    } catch (const StorageError& e) {
        clear(e.message());
    }
}

void CustomerDetailPane::clear(const QString& message)
{
    m_title->setText(message);
    m_attributes->clear();
    m_tags->clear();
    m_orders->setLines({});
    m_interactions->setInteractions({});
    m_surveys->setResponses({});
    m_ordersNote->setVisible(false);
    m_interactionsNote->setVisible(false);
    m_surveysNote->setVisible(false);
    m_tabs->setTabText(0, tr("Orders"));
    m_tabs->setTabText(1, tr("Interactions"));
    m_tabs->setTabText(2, tr("Surveys"));
    m_tabs->setEnabled(false);
}

QStringList CustomerDetailPane::sourceLines(const CustomerProfile& profile)
{
    const QLocale locale;
    auto importName = [&](std::int64_t batchId) {
        const ImportSource source = profile.imports.value(batchId);
        const QString when = locale.toString(source.importedAt, QLocale::ShortFormat);
        return source.sheet.isEmpty() ? tr("import #%1 of %2 on %3").arg(batchId).arg(source.fileName, when)
                                      : tr("import #%1 of %2, sheet %3, on %4")
                                            .arg(batchId)
                                            .arg(source.fileName, source.sheet, when);
    };
    QStringList lines;
    if (profile.createdBy)
        lines << tr("created by %1, row %2")
                     .arg(importName(profile.createdBy->batchId))
                     .arg(profile.createdBy->sourceRow);
    for (const ImportChangeSource& change : profile.changedBy) {
        // Stored column names, shown with the labels of the import's customer fields.
        QStringList fields;
        for (const QString& column : change.fields) {
            const auto spec = ImportSchema::field(ImportKind::Customers, column == QLatin1String("name")
                                                                             ? QStringLiteral("customer_name")
                                                                             : column);
            fields << (spec ? spec->label : column);
        }
        lines << tr("%1 changed by %2").arg(fields.join(QStringLiteral(", ")), importName(change.batchId));
    }
    if (lines.isEmpty())
        lines << tr("not imported");
    return lines;
}

void CustomerDetailPane::showProfile(const CustomerProfile& profile)
{
    const Customer& c = profile.record.customer;
    const QLocale locale;
    m_title->setText(QStringLiteral("%1  ·  %2").arg(c.code, c.name));

    QString html = QStringLiteral("<table>");
    html += row(tr("Kind"), CustomerTableModel::kindLabel(c.kind));
    html += row(tr("Industry"), c.industry);
    html += row(tr("Region / city"), QStringList{c.region, c.city}
                                         .filter(QRegularExpression(QStringLiteral("\\S")))
                                         .join(QStringLiteral(" / ")));
    html += row(tr("Owner"), c.owner);
    html += row(tr("E-mail"), c.email);
    html += row(tr("Phone"), c.phone);
    html += row(tr("WeChat"), c.wechat);
    html += row(tr("Address"), c.address);
    QString marketing = tr("no consent: do not send marketing");
    if (c.marketingConsent)
        marketing = c.contactLimitPerMonth > 0
                        ? tr("consented, at most %1 contacts a month").arg(c.contactLimitPerMonth)
                        : tr("consented, no contact limit");
    html += row(tr("Marketing"), marketing);
    html += row(tr("Created"), c.createdOn.toString(Qt::ISODate));
    if (!c.notes.isEmpty())
        html += row(tr("Notes"), c.notes);
    for (const QString& source : sourceLines(profile))
        html += row(tr("Source"), source);
    html += QStringLiteral("</table>");
    m_attributes->setText(html);

    QStringList tagNames;
    for (const Tag& tag : profile.record.tags)
        tagNames << tag.name;
    m_tags->setText(tagNames.isEmpty() ? tr("Tags: none")
                                       : tr("Tags: %1").arg(tagNames.join(QStringLiteral(", "))));

    QHash<std::int64_t, QString> lineSources;
    for (auto it = profile.orderLineSources.cbegin(); it != profile.orderLineSources.cend(); ++it)
        lineSources.insert(it.key(), tr("%1, row %2")
                                         .arg(profile.imports.value(it.value().batchId).fileName)
                                         .arg(it.value().sourceRow));
    m_orders->setLines(profile.record.orderLines, lineSources);
    m_interactions->setInteractions(profile.record.interactions);
    m_surveys->setResponses(profile.record.surveyResponses);

    auto note = [&locale](QLabel* label, bool truncated, qsizetype shown, int total) {
        label->setVisible(truncated);
        if (truncated)
            label->setText(tr("Showing the newest %1 of %2.")
                               .arg(locale.toString(static_cast<qlonglong>(shown)), locale.toString(total)));
    };
    note(m_ordersNote, profile.orderLinesTruncated(), profile.record.orderLines.size(),
         profile.counts.orderLines);
    note(m_interactionsNote, profile.interactionsTruncated(), profile.record.interactions.size(),
         profile.counts.interactions);
    note(m_surveysNote, profile.surveyResponsesTruncated(), profile.record.surveyResponses.size(),
         profile.counts.surveyResponses);

    m_tabs->setTabText(0, tr("Orders (%1)").arg(locale.toString(profile.counts.orderLines)));
    m_tabs->setTabText(1, tr("Interactions (%1)").arg(locale.toString(profile.counts.interactions)));
    m_tabs->setTabText(2, tr("Surveys (%1)").arg(locale.toString(profile.counts.surveyResponses)));
    m_tabs->setEnabled(true);
}

} // namespace clientele
