#pragma once

#include "import/Importer.h"

#include <QHash>
#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace clientele {

class FieldComboDelegate;
class ImportWizard;

// Step 3: which column fills which field (pre-filled from a saved mapping of the same header, else from
// the header names), how dates and decimals are read, and strict or lenient mode.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        HeaderColumn,
        FirstSampleColumn,
        FieldColumn = FirstSampleColumn + 3,
        ColumnCount
    };

    explicit ImportMappingPage(ImportWizard* wizard);

    // Column index -> field key, ignored columns left out.
    QHash<int, QString> mapping() const;
    void setField(int column, const QString& key);
    // Labels of required fields no column is mapped to yet.
    QStringList missingFields() const;
    // The saved mapping in use; empty when the mapping came from the header names.
    QString profileName() const { return m_profileName; }
    // Stores the current mapping and options under `name` for files with the same header.
    bool saveProfile(const QString& name);

    void setDateOrder(DateOrder order);
    // Puts the keyboard focus on the date order (after the preview found ambiguous dates).
    void focusDateOrder();
    DateOrder dateOrder() const;
    // nullopt: decided from the data.
    void setDecimalComma(std::optional<bool> comma);
    std::optional<bool> decimalComma() const;
    void setMode(ImportOptions::Mode mode);
    ImportOptions::Mode mode() const;

    QTableView* view() const { return m_view; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void rebuild();
    void applyMapping(const QHash<int, QString>& mapping);
    void applyOptionsJson(const QString& json);
    void updateMissing();
    void askProfileName();

    ImportWizard* m_wizard;
    QStandardItemModel* m_model;
    QTableView* m_view;
    FieldComboDelegate* m_delegate;
    QLabel* m_source;
    QLabel* m_missing;
    QComboBox* m_dateOrder;
    QComboBox* m_decimal;
    QRadioButton* m_strict;
    QRadioButton* m_lenient;
    QString m_builtFor;
    QString m_profileName;
};

} // namespace clientele
