#pragma once

#include "programs/ProgramRequestService.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace astro::ui {

class Session;

// The "Request a program" form (domain.md §6): every field the help desk needs to build a
// tracking program, checked as it is typed; Submit stays off until the request can go, and the
// request is saved locally and queued for the server.
class ProgramRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProgramRequestDialog(Session& session, QWidget* parent = nullptr);

    // What the form says now.
    ProgramRequest request() const;
    // What is still missing or wrong, as shown next to the form.
    QStringList problems() const;
    // Saves the request through the service; refused with the message while invalid.
    void submit();

    QLineEdit* brandsField() const { return m_brands; }
    QLineEdit* parentCompanyField() const { return m_parentCompany; }
    QCheckBox* itemTypeBox(const QString& code) const { return m_itemTypes.at(code); }
    QComboBox* offerTypeBox() const { return m_offerType; }
    QSpinBox* buyField() const { return m_buy; }
    QSpinBox* getField() const { return m_get; }
    QSpinBox* discountField() const { return m_discount; }
    QCheckBox* categoryBox(const QString& code) const { return m_categories.at(code); }
    QComboBox* buildOptionBox() const { return m_buildOption; }
    QComboBox* ruleBox() const { return m_rule; }
    QSpinBox* timeLimitField() const { return m_timeLimit; }
    QLabel* fulfillmentLabel() const { return m_fulfillment; }
    QLineEdit* distributorField() const { return m_distributor; }
    QLineEdit* repNameField() const { return m_repName; }
    QLineEdit* repEmailField() const { return m_repEmail; }
    QLineEdit* repPhoneField() const { return m_repPhone; }
    QPlainTextEdit* notesField() const { return m_notes; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* submitButton() const { return m_submit; }

signals:
    void submitted(const astro::ProgramRequestRecord& record);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void check();
    void showProblems(const QStringList& problems, bool refused);

    Session& m_session;
    QGroupBox* m_programGroup;
    QGroupBox* m_contactGroup;
    QLabel* m_intro;
    QLabel* m_brandsLabel;
    QLineEdit* m_brands;
    QLabel* m_parentCompanyLabel;
    QLineEdit* m_parentCompany;
    QLabel* m_itemTypesLabel;
    std::map<QString, QCheckBox*> m_itemTypes;
    QLabel* m_offerLabel;
    QComboBox* m_offerType;
    QLabel* m_buyLabel;
    QSpinBox* m_buy;
    QLabel* m_getLabel;
    QSpinBox* m_get;
    QLabel* m_discountLabel;
    QSpinBox* m_discount;
    QLabel* m_categoriesLabel;
    std::map<QString, QCheckBox*> m_categories;
    QLabel* m_categoriesHint;
    QLabel* m_buildOptionLabel;
    QComboBox* m_buildOption;
    QLabel* m_ruleLabel;
    QComboBox* m_rule;
    QLabel* m_ruleHint;
    QLabel* m_timeLimitLabel;
    QSpinBox* m_timeLimit;
    QLabel* m_fulfillmentLabel;
    QLabel* m_fulfillment;
    QLabel* m_fulfillmentHint;
    QLabel* m_distributorLabel;
    QLineEdit* m_distributor;
    QLabel* m_repNameLabel;
    QLineEdit* m_repName;
    QLabel* m_repEmailLabel;
    QLineEdit* m_repEmail;
    QLabel* m_repPhoneLabel;
    QLineEdit* m_repPhone;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QLabel* m_problemsHeading;
    QLabel* m_problems;
    QPushButton* m_cancel;
    QPushButton* m_submit;
};

} // namespace astro::ui
