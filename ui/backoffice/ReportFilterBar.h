#pragma once

#include "ui/common/DateRangeEdit.h"

#include "reports/ReportService.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace astro {
class Store;
}

namespace astro::ui {

// Which days and which location the reports cover: the first and last day (today by default)
// and one location or all of them.
class ReportFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReportFilterBar(Store& store, QWidget* parent = nullptr);

    ReportPeriod period() const;
    // Until the user picks days, both ends follow the store's calendar.
    void setToday(const QDate& today);
    // Refreshes the locations, keeping the choice made (the counter's location at first);
    // returns the engine's message when it could not.
    QString reloadLocations(const QString& counterLocation);
    QString locationName(const QString& id) const;

    QDateEdit* fromEdit() const { return m_dates->fromEdit(); }
    QDateEdit* toEdit() const { return m_dates->toEdit(); }
    QComboBox* locationBox() const { return m_location; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Store& m_store;
    DateRangeEdit* m_dates;
    QLabel* m_locationLabel;
    QComboBox* m_location;
    bool m_quiet = false;
    bool m_locationChosen = false;
};

} // namespace astro::ui
