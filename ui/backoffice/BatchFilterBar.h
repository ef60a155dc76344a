#pragma once

#include "ui/common/DateRangeEdit.h"

#include "batches/BatchService.h"

#include <QWidget>

class QComboBox;

namespace astro {
class Store;
}

namespace astro::ui {

// Which batches to list: by state, manufacturer, location and the dates they opened. The
// combo boxes name themselves ("All manufacturers"); on a narrow window the dates wrap below.
class BatchFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit BatchFilterBar(Store& store, QWidget* parent = nullptr);

    BatchFilter filter() const;
    // Refreshes the manufacturers and locations to choose from, keeping the choices made;
    // returns the engine's message when it could not.
    QString reloadChoices();
    // The default range ends today and starts three months back; the end follows the store's
    // calendar until the user picks another one.
    void setToday(const QDate& today);

    QComboBox* statusBox() const { return m_status; }
    QComboBox* manufacturerBox() const { return m_manufacturer; }
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
    QComboBox* m_status;
    QComboBox* m_manufacturer;
    QComboBox* m_location;
    DateRangeEdit* m_dates;
};

} // namespace astro::ui
