#include "customers/TagPickerDialog.h"

#include "storage/CustomerBulkEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

TagPickerDialog::TagPickerDialog(Purpose purpose, const QList<Tag>& tags, int customerCount, QWidget* parent)
    : QDialog(parent)
    , m_tags(tags)
    , m_name(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = purpose == Purpose::Add;
    setWindowTitle(adding ? tr("Add tag") : tr("Remove tag"));
    m_name->setObjectName(QStringLiteral("tagName"));
    m_name->setEditable(adding);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    for (const Tag& tag : tags)
        m_name->addItem(tag.name);
    if (adding) {
        m_name->setCurrentIndex(-1);
        m_name->lineEdit()->setMaxLength(CustomerBulkEditor::kMaxNameLength);
        m_name->lineEdit()->setPlaceholderText(tr("a new or existing tag"));
        // Completion on any part of the name, as Chinese tags rarely start with what one remembers.
        m_name->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_name->completer()->setFilterMode(Qt::MatchContains);
        m_name->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
    m_kind->setObjectName(QStringLiteral("tagKind"));
    m_kind->addItem(tr("Static (attribute: region, age, spending power…)"), tagKindKey(TagKind::Static));
    m_kind->addItem(tr("Dynamic (behaviour: purchase preference, interaction…)"),
                    tagKindKey(TagKind::Dynamic));
    m_note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Tag:"), m_name);
    if (adding)
        form->addRow(tr("&Kind:"), m_kind);
    else
        m_kind->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(adding ? tr("Add a tag to %n selected customer(s).", nullptr, customerCount)
                          : tr("Remove a tag from %n selected customer(s).", nullptr, customerCount),
                   this));
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QComboBox::currentTextChanged, this, &TagPickerDialog::update);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showingExisting)
            m_chosenKind = m_kind->currentData().toString() == tagKindKey(TagKind::Dynamic) ? TagKind::Dynamic
                                                                                            : TagKind::Static;
    });
    update();
    resize(std::max(sizeHint().width(), 420), sizeHint().height());
}

const Tag* TagPickerDialog::existing() const
{
    const QString name = tagName();
    for (const Tag& tag : m_tags)
        if (tag.name == name)
            return &tag;
    return nullptr;
}

QString TagPickerDialog::tagName() const
{
    return m_name->currentText().trimmed();
}

bool TagPickerDialog::isExistingTag() const
{
    return existing() != nullptr;
}

TagKind TagPickerDialog::tagKind() const
{
    if (const Tag* tag = existing())
        return tag->kind;
    return m_kind->currentData().toString() == tagKindKey(TagKind::Dynamic) ? TagKind::Dynamic
                                                                            : TagKind::Static;
}

void TagPickerDialog::update()
{
    const Tag* tag = existing();
    const bool named = !tagName().isEmpty();
    // An existing tag keeps its kind: show it, do not offer to change it here. A new name gets the
    // kind the user chose back.
    m_showingExisting = true;
    m_kind->setEnabled(!tag);
    m_kind->setCurrentIndex(m_kind->findData(tagKindKey(tag ? tag->kind : m_chosenKind)));
    m_showingExisting = false;
    m_note->setText(named && !tag && m_name->isEditable() ? tr("\"%1\" is a new tag.").arg(tagName())
                                                          : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named && (tag || m_name->isEditable()));
}

} // namespace clientele
