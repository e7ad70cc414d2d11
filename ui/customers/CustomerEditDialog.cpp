#include "customers/CustomerEditDialog.h"

#include "model/CustomerValidator.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clientele {

namespace {

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    // Red on the platform's palette, so it stays readable in dark themes too.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

QLineEdit* lineEdit(const QString& objectName, int maxLength, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

CustomerEditDialog::CustomerEditDialog(const Customer& customer, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_original(customer)
    , m_save(std::move(save))
{
    setWindowTitle(customer.id == 0 ? tr("New customer") : tr("Edit customer %1").arg(customer.code));
    buildForm();
    setCustomer(customer);
    revalidate();
}

void CustomerEditDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_code = lineEdit(QStringLiteral("codeEdit"), CustomerValidator::kMaxCodeLength + 1, this);
    m_code->setPlaceholderText(tr("e.g. 00001 (kept exactly as typed)"));
    form->addRow(tr("&Code:"), m_code);
    addProblemRow(form, QStringLiteral("code"));

    m_name = lineEdit(QStringLiteral("nameEdit"), CustomerValidator::kMaxNameLength + 1, this);
    form->addRow(tr("&Name:"), m_name);
    addProblemRow(form, QStringLiteral("name"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("ToC (consumer)"), customerKindKey(CustomerKind::Consumer));
    m_kind->addItem(tr("ToB (business)"), customerKindKey(CustomerKind::Business));
    form->addRow(tr("&Kind:"), m_kind);

    m_industry = lineEdit(QStringLiteral("industryEdit"), 128, this);
    form->addRow(tr("&Industry:"), m_industry);
    m_region = lineEdit(QStringLiteral("regionEdit"), 128, this);
    form->addRow(tr("&Region:"), m_region);
    m_city = lineEdit(QStringLiteral("cityEdit"), 128, this);
    form->addRow(tr("Cit&y:"), m_city);
    m_owner = lineEdit(QStringLiteral("ownerEdit"), 128, this);
    m_owner->setPlaceholderText(tr("Account manager"));
    form->addRow(tr("&Owner:"), m_owner);

    m_email = lineEdit(QStringLiteral("emailEdit"), 255, this);
    form->addRow(tr("&E-mail:"), m_email);
    addProblemRow(form, QStringLiteral("email"));
    m_phone = lineEdit(QStringLiteral("phoneEdit"), 64, this);
    form->addRow(tr("&Phone:"), m_phone);
    addProblemRow(form, QStringLiteral("phone"));
    m_wechat = lineEdit(QStringLiteral("wechatEdit"), 64, this);
    form->addRow(tr("&WeChat:"), m_wechat);
    m_address = lineEdit(QStringLiteral("addressEdit"), 512, this);
    form->addRow(tr("A&ddress:"), m_address);

    m_consent = new QCheckBox(tr("Agreed to receive marketing"), this);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    form->addRow(tr("Marketing:"), m_consent);
    m_contactLimit = new QSpinBox(this);
    m_contactLimit->setObjectName(QStringLiteral("contactLimitSpin"));
    m_contactLimit->setRange(0, 999);
    m_contactLimit->setSpecialValueText(tr("No limit"));
    m_contactLimit->setSuffix(tr(" a month"));
    form->addRow(tr("Contact &limit:"), m_contactLimit);
    addProblemRow(form, QStringLiteral("contact_limit_per_month"));

    m_created = new QDateEdit(this);
    m_created->setObjectName(QStringLiteral("createdEdit"));
    m_created->setCalendarPopup(true);
    m_created->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Crea&ted:"), m_created);
    addProblemRow(form, QStringLiteral("created_on"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Notes:"), m_notes);

    m_saveProblem = problemLabel(this);
    m_saveProblem->setObjectName(QStringLiteral("saveProblemLabel"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerEditDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveProblem);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit :
         {m_code, m_name, m_industry, m_region, m_city, m_owner, m_email, m_phone, m_wechat, m_address})
        connect(edit, &QLineEdit::textChanged, this, &CustomerEditDialog::revalidate);
    connect(m_contactLimit, &QSpinBox::valueChanged, this, &CustomerEditDialog::revalidate);
    connect(m_created, &QDateEdit::dateChanged, this, &CustomerEditDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerEditDialog::revalidate);
    connect(m_consent, &QCheckBox::toggled, this, &CustomerEditDialog::revalidate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CustomerEditDialog::revalidate);
}

QLabel* CustomerEditDialog::addProblemRow(QFormLayout* form, const QString& field)
{
    QLabel* label = problemLabel(this);
    label->setObjectName(field + QStringLiteral("Problem"));
    form->addRow(QString(), label);
    m_problemLabels.insert(field, label);
    return label;
}

void CustomerEditDialog::setCustomer(const Customer& c)
{
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_kind->setCurrentIndex(c.kind == CustomerKind::Business ? 1 : 0);
    m_industry->setText(c.industry);
    m_region->setText(c.region);
    m_city->setText(c.city);
    m_owner->setText(c.owner);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_wechat->setText(c.wechat);
    m_address->setText(c.address);
    m_consent->setChecked(c.marketingConsent);
    m_contactLimit->setValue(c.contactLimitPerMonth);
    m_created->setDate(c.createdOn.isValid() ? c.createdOn : QDate::currentDate());
    m_notes->setPlainText(c.notes);
}

Customer CustomerEditDialog::customer() const
{
    Customer c = m_original;
    // The code is kept exactly as typed ("00001" stays text); other fields lose stray outer spaces.
    c.code = m_code->text();
    c.name = m_name->text().trimmed();
    c.kind = customerKindFromKey(m_kind->currentData().toString()).value_or(CustomerKind::Consumer);
    c.industry = m_industry->text().trimmed();
    c.region = m_region->text().trimmed();
    c.city = m_city->text().trimmed();
    c.owner = m_owner->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.wechat = m_wechat->text().trimmed();
    c.address = m_address->text().trimmed();
    c.marketingConsent = m_consent->isChecked();
    c.contactLimitPerMonth = m_contactLimit->value();
    c.createdOn = m_created->date();
    c.notes = m_notes->toPlainText();
    return c;
}

void CustomerEditDialog::revalidate()
{
    const QList<FieldProblem> problems = CustomerValidator::validate(customer());
    for (auto it = m_problemLabels.begin(); it != m_problemLabels.end(); ++it) {
        QStringList messages;
        for (const FieldProblem& p : problems)
            if (p.field == it.key())
                messages << p.message;
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    // A problem from the last save attempt no longer applies once the input changes.
    m_saveProblem->clear();
    m_saveProblem->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

bool CustomerEditDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString CustomerEditDialog::problemText(const QString& field) const
{
    if (field == QLatin1String("save"))
        return m_saveProblem->text();
    const QLabel* label = m_problemLabels.value(field);
    return label ? label->text() : QString();
}

void CustomerEditDialog::accept()
{
    if (!canAccept())
        return;
    Customer c = customer();
    try {
        if (m_save)
            m_save(c);
    } catch (const StorageError& e) {
        m_saveProblem->setText(e.message());
        m_saveProblem->setVisible(true);
        m_code->setFocus();
        return;
    }
    m_saved = c;
    QDialog::accept();
}

} // namespace clientele
