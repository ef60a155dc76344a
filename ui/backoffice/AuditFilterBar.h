#pragma once

#include "ui/common/DateRangeEdit.h"

#include "storage/AuditLog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace astro {
class Store;
}

namespace astro::ui {

// Which audit entries to show: words to find, the user who made the change, the kind of
// subject (enrollment, credit, batch, user, settings...) and the days it was made.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(Store& store, QWidget* parent = nullptr);

    // Without paging: the model and the export add their own.
    AuditFilter filter() const;
    // Refreshes the users to choose from, keeping the choice made; returns the engine's
    // message when it could not.
    QString reloadChoices();
    // The default range ends today and starts a year back; the end follows the store's
    // calendar until the user picks another one.
    void setToday(const QDate& today);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* userBox() const { return m_user; }
    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* fromEdit() const { return m_dates->fromEdit(); }
    QDateEdit* toEdit() const { return m_dates->toEdit(); }

signals:
    // Typing waits for a pause before it says so.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Store& m_store;
    QLineEdit* m_search;
    QTimer* m_typing;
    QLabel* m_userLabel;
    QComboBox* m_user;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    DateRangeEdit* m_dates;
};

} // namespace astro::ui
