#include "profile/ProfileOverview.h"

#include "analytics/CustomerAnalysis.h"
#include "analytics/TierNames.h"
#include "customers/CustomerDetailPane.h"
#include "customers/CustomerTableModel.h"
#include "segments/SegmentFormat.h"
#include "storage/CustomerProfile.h"

#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace clientele {

namespace {

// Stands for the colour of labels and notes in the HTML until it is shown, so a palette change (light
// to dark) can recolour the text without reading the profile again.
const QString kQuietColor = QStringLiteral("\u0001quiet\u0001"); // no text of the profile holds U+0001

QString row(const QString& label, const QString& value)
{
    return QStringLiteral(
               "<tr><td style='color:\u0001quiet\u0001; padding-right:10px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("–") : value.toHtmlEscaped());
}

QString heading(const QString& text)
{
    return QStringLiteral("<p style='margin-top:10px; margin-bottom:2px'><b>%1</b></p>")
        .arg(text.toHtmlEscaped());
}

QString bullets(const QStringList& lines)
{
    if (lines.isEmpty())
        return {};
    QString html = QStringLiteral("<ul style='margin-top:0px; margin-left:-20px'>");
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString riskName(ChurnRiskLevel level)
{
    return TierNames::displayName(churnRiskLevelCode(level));
}

} // namespace

ProfileOverview::ProfileOverview(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel)
{
    m_text->setObjectName(QStringLiteral("overviewText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setContentsMargins(6, 4, 6, 4);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ProfileOverview::clear()
{
    m_html.clear();
    m_text->clear();
}

void ProfileOverview::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty())
        render();
}

void ProfileOverview::render()
{
    // Half way between the text and the background: quieter than the values, readable in light and dark.
    // The active group: rendered while the tabs are still disabled, the disabled colours would stick.
    const QColor text = palette().color(QPalette::Active, QPalette::WindowText);
    const QColor window = palette().color(QPalette::Active, QPalette::Window);
    const QColor quiet((text.red() + window.red()) / 2, (text.green() + window.green()) / 2,
                       (text.blue() + window.blue()) / 2);
    QString html = m_html;
    m_text->setText(html.replace(kQuietColor, quiet.name()));
}

QString ProfileOverview::plainText() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

void ProfileOverview::showProfile(const CustomerProfile& profile, const AnalysisState& analysis)
{
    const Customer& c = profile.record.customer;
    QString html;

    // Scores first: they are why one opens a profile.
    html += heading(tr("Scores"));
    if (!analysis.asOf.isValid()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No analysis yet: the scores appear once it has run.").toHtmlEscaped());
    } else if (!analysis.customer) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Not in the analysis as of %1 (added since?).")
                             .arg(analysis.asOf.toString(Qt::ISODate))
                             .toHtmlEscaped());
    } else {
        const CustomerAnalysis& a = *analysis.customer;
        html += QStringLiteral("<table>");
        html += row(tr("RFM"), a.rfm.score.isScored() ? a.rfm.score.code() : tr("not scored"));
        html += row(tr("Tier"), TierNames::displayName(a.tier.segment));
        html += row(tr("Lifecycle stage"), TierNames::displayName(lifecycleStageCode(a.stage())));
        html += row(tr("Churn risk"), riskName(a.risk.level));
        html += row(tr("P(alive)"), SegmentFormat::probability(a.pAlive));
        html += row(tr("Purchases expected in 90 days"),
                    std::isfinite(a.expectedPurchases90d) ? QLocale().toString(a.expectedPurchases90d, 'f', 1)
                                                          : QString());
        html += row(tr("Predicted lifetime value"),
                    std::isfinite(a.clvMinor) ? SegmentFormat::money(std::llround(a.clvMinor)) +
                                                    (a.clvFromHistory ? tr(" (from history)") : QString())
                                              : QString());
        html += QStringLiteral("</table>");
        html += heading(tr("Why these scores"));
        html += bullets(a.rfm.reasons);
        html += bullets(a.tier.reasons);
        if (!a.lifecycle.reasons.isEmpty()) {
            html += bullets(a.lifecycle.reasons);
        } else if (!a.lifecycle.history.empty()) {
            // The run kept the stage history but not its sentences: the last changes, newest last.
            QStringList stages;
            const size_t first = a.lifecycle.history.size() > 4 ? a.lifecycle.history.size() - 4 : 0;
            for (size_t i = first; i < a.lifecycle.history.size(); ++i)
                stages << tr("%1 since %2")
                              .arg(TierNames::displayName(lifecycleStageCode(a.lifecycle.history[i].stage)),
                                   a.lifecycle.history[i].since.toString(Qt::ISODate));
            html += bullets({tr("Lifecycle: %1").arg(stages.join(QStringLiteral(" → ")))});
        }
        html += heading(tr("Churn risk: %1").arg(riskName(a.risk.level)));
        html += bullets(a.risk.reasons);
        html += QStringLiteral("<p style='color:\u0001quiet\u0001'>%1</p>")
                    .arg((analysis.pending
                              ? tr("From the analysis as of %1; being recomputed with the latest changes.")
                              : tr("From the analysis as of %1."))
                             .arg(analysis.asOf.toString(Qt::ISODate))
                             .toHtmlEscaped());
    }

    html += heading(tr("Tags"));
    QStringList staticTags, dynamicTags;
    for (const Tag& tag : profile.record.tags)
        (tag.kind == TagKind::Dynamic ? dynamicTags : staticTags) << tag.name;
    html += QStringLiteral("<table>");
    html += row(tr("Static"), staticTags.join(QStringLiteral(", ")));
    html += row(tr("Dynamic"), dynamicTags.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");

    html += heading(tr("Attributes"));
    html += QStringLiteral("<table>");
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
        html += row(tr("Remarks"), c.notes);
    for (const QString& source : CustomerDetailPane::sourceLines(profile))
        html += row(tr("Source"), source);
    html += QStringLiteral("</table>");
    m_html = html;
    render();
}

} // namespace clientele
