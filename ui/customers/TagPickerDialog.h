#pragma once

#include "model/Tag.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace clientele {

// Asks for the tag to add to (or remove from) the selected customers. Adding: type a new name or pick
// an existing one (completion as you type); a new tag is static or dynamic. Removing: pick one of the
// existing tags.
class TagPickerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Add,
        Remove
    };

    TagPickerDialog(Purpose purpose, const QList<Tag>& tags, int customerCount, QWidget* parent = nullptr);

    QString tagName() const;
    // The kind of the existing tag of that name, else the kind chosen for the new one.
    TagKind tagKind() const;
    // Whether the name is one of the existing tags.
    bool isExistingTag() const;

    QComboBox* nameBox() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }

private:
    void update();
    const Tag* existing() const;

    QList<Tag> m_tags;
    QComboBox* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    TagKind m_chosenKind = TagKind::Static; // for a new tag
    bool m_showingExisting = false;
};

} // namespace clientele
