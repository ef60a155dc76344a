#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace astro {
class CustomerStore;
}

namespace astro::ui {

class CustomerSearchModel;

// Find a customer as you type: name, phone or email prefix, results paged in a list. Enter
// picks the selected (or first) customer.
class CustomerLookup : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerLookup(CustomerStore& customers, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListView* resultsView() const { return m_results; }
    CustomerSearchModel* model() const { return m_model; }

    void setDebounceMs(int ms);
    // Empties the search for the next customer.
    void clear();
    void focusSearch();
    // Runs a pending search now (Enter does it before picking).
    void searchNow();
    // Picks the selected row, or the first one.
    bool pickCurrent();

signals:
    void customerChosen(qint64 customerId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateEmptyState();

    CustomerSearchModel* m_model;
    QLabel* m_title;
    QLineEdit* m_search;
    QListView* m_results;
    QLabel* m_empty;
    QTimer* m_debounce;
};

} // namespace astro::ui
