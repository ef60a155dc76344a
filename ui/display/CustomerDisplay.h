#pragma once

#include <QTranslator>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace astro {
class Store;
}

namespace astro::ui {

// The window on the customer-facing screen: the customer's first name and their cards (progress,
// the free items earned), large and friendly, in the language chosen for the customer. Nothing
// private: no last name, phone, email or price. With nobody at the counter, a welcome.
class CustomerDisplay : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDisplay(Store& store, QWidget* parent = nullptr);

    // The customer at the counter (0: nobody). Reads their cards again.
    void showCustomer(qint64 customerId);
    void refresh() { showCustomer(m_customerId); }
    qint64 customerId() const { return m_customerId; }

    // "en" or "fr_CA"; empty: the counter's own language.
    void setLanguage(const QString& code);
    QString language() const { return m_language; }

    // What the screen says now, line by line (for tests and accessibility).
    QStringList shownText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // A line of the display in its own language (not necessarily the counter's).
    QString text(const char* source, int n = -1) const;
    void clearCards();
    void showWelcome();
    void addCard(int row, const QString& title, int progress, int buy, int freeUnits);

    Store& m_store;
    qint64 m_customerId = 0;
    QString m_language;
    QTranslator m_translator;
    QLabel* m_greeting;
    QLabel* m_subtitle;
    QWidget* m_cards;
    QGridLayout* m_grid;
};

} // namespace astro::ui
