#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace astro {
class CatalogRepository;
}

namespace astro::ui {

class ProductSearchModel;

// Where items come in: the scan field (a scanner or a person typing a UPC), the quantity, and
// a search by name for items without a readable barcode.
class ScanBar : public QWidget
{
    Q_OBJECT

public:
    explicit ScanBar(CatalogRepository& catalog, QWidget* parent = nullptr);

    QLineEdit* codeField() const { return m_code; }
    QSpinBox* quantityBox() const { return m_quantity; }
    QLineEdit* productSearchField() const { return m_productSearch; }
    QPushButton* addButton() const { return m_add; }
    ProductSearchModel* productModel() const { return m_products; }
    QCompleter* completer() const { return m_completer; }

    // A code from the scanner: shown in the scan field and added at once.
    void takeScannedCode(const QString& code);
    // After the engine answered: a recorded scan empties the field; a refused one stays
    // selected so the cashier can correct it.
    void scanDone(bool recorded);
    void focusCode();
    void submit();

signals:
    void scanRequested(const QString& code, int quantity);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    // Where the item suggestions show, in the name field's coordinates: wide enough for the
    // whole line of each item when the window has the room.
    QRect suggestionsRect() const;

    ProductSearchModel* m_products;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_quantityLabel;
    QSpinBox* m_quantity;
    QPushButton* m_add;
    QLabel* m_productLabel;
    QLineEdit* m_productSearch;
    QCompleter* m_completer;
    QTimer* m_debounce;
};

} // namespace astro::ui
