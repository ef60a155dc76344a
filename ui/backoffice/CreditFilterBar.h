#pragma once

#include "ui/common/DateRangeEdit.h"

#include "credits/CreditQueries.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace astro {
class Store;
}

namespace astro::ui {

// Which credits to show: by credit status, distributor (or direct), location and the day the
// free item was given.
class CreditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CreditFilterBar(Store& store, QWidget* parent = nullptr);

    CreditQuery query() const;
    // Refreshes the distributors and locations to choose from, keeping the choices made;
    // returns the engine's message when it could not.
    QString reloadChoices();
    // The default range ends today and starts a year back (credits can take months); the end
    // follows the store's calendar until the user picks another one.
    void setToday(const QDate& today);

    // Chooses a status (nullopt: all of them).
    void setStatus(std::optional<CreditStatus> status);

    QComboBox* statusBox() const { return m_status; }
    QComboBox* distributorBox() const { return m_distributor; }
    QComboBox* locationBox() const { return m_location; }
    QDateEdit* fromEdit() const { return m_dates->fromEdit(); }
    QDateEdit* toEdit() const { return m_dates->toEdit(); }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Store& m_store;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_distributorLabel;
    QComboBox* m_distributor;
    QLabel* m_locationLabel;
    QComboBox* m_location;
    DateRangeEdit* m_dates;
};

} // namespace astro::ui
