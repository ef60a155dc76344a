#include "ScanBar.h"

#include "ui/checkout/ProductSearchModel.h"
#include "ui/common/EnterClicks.h"
#include "ui/common/Theme.h"

#include "domain/Gtin.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace astro::ui {

ScanBar::ScanBar(CatalogRepository& catalog, QWidget* parent)
    : QWidget(parent), m_products(new ProductSearchModel(catalog, this)),
      m_codeLabel(new QLabel(this)), m_code(new QLineEdit(this)), m_quantityLabel(new QLabel(this)),
      m_quantity(new QSpinBox(this)), m_add(new QPushButton(this)),
      m_productLabel(new QLabel(this)), m_productSearch(new QLineEdit(this)),
      m_completer(new QCompleter(m_products, this)), m_debounce(new QTimer(this))
{
    m_code->setObjectName(QStringLiteral("scanField"));
    Theme::setRole(m_code, "scan");
    m_code->setClearButtonEnabled(true);
    m_quantity->setObjectName(QStringLiteral("quantityBox"));
    m_quantity->setRange(1, 999);
    m_quantity->setAlignment(Qt::AlignRight);
    // Typed, or stepped with the arrow keys: no tiny buttons to aim at.
    m_quantity->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_add->setObjectName(QStringLiteral("addItemButton"));
    Theme::setRole(m_add, "primary");
    m_productSearch->setObjectName(QStringLiteral("productSearch"));
    m_productSearch->setClearButtonEnabled(true);
    m_codeLabel->setBuddy(m_code);
    m_quantityLabel->setBuddy(m_quantity);
    m_productLabel->setBuddy(m_productSearch);

    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    // What tells the items apart (the size, the price) is at the end: never cut it off.
    m_completer->popup()->setTextElideMode(Qt::ElideMiddle);
    m_productSearch->setCompleter(m_completer);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_codeLabel, 0, 0);
    layout->addWidget(m_quantityLabel, 0, 1);
    layout->addWidget(m_productLabel, 0, 3);
    layout->addWidget(m_code, 1, 0);
    layout->addWidget(m_quantity, 1, 1);
    layout->addWidget(m_add, 1, 2);
    layout->addWidget(m_productSearch, 1, 3);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(3, 4);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_productSearch, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_products->search(m_productSearch->text());
        if (m_products->rowCount() > 0)
            m_completer->complete(suggestionsRect());
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString gtin = index.data(ProductSearchModel::GtinRole).toString();
                if (gtin.isEmpty())
                    return;
                m_code->setText(Gtin::displayOf(gtin));
                // The name has done its job; the quantity is next, then Enter adds.
                QTimer::singleShot(0, this, [this] {
                    m_productSearch->clear();
                    m_quantity->setFocus();
                    m_quantity->selectAll();
                });
            });
    connect(m_code, &QLineEdit::returnPressed, this, &ScanBar::submit);
    connect(m_add, &QPushButton::clicked, this, &ScanBar::submit);
    // Enter adds, from the quantity as from the focused Add button.
    m_quantity->installEventFilter(this);
    EnterClicks::install(m_add);
    retranslate();
}

void ScanBar::submit()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_code->setFocus();
        return;
    }
    emit scanRequested(code, m_quantity->value());
}

void ScanBar::takeScannedCode(const QString& code)
{
    m_code->setText(code);
    emit scanRequested(code, m_quantity->value());
}

void ScanBar::scanDone(bool recorded)
{
    if (recorded) {
        m_code->clear();
        m_quantity->setValue(1);
    } else {
        m_code->selectAll();
    }
    m_code->setFocus();
}

void ScanBar::focusCode()
{
    m_code->setFocus(Qt::ShortcutFocusReason);
    m_code->selectAll();
}

QRect ScanBar::suggestionsRect() const
{
    QAbstractItemView* popup = m_completer->popup();
    const QFontMetrics metrics = popup->fontMetrics();
    int longest = 0;
    for (int row = 0; row < m_products->rowCount(); ++row)
        longest =
            std::max(longest, metrics.horizontalAdvance(m_products->index(row).data().toString()));
    // The item's padding, the frame and a scroll bar.
    const int wanted = longest + 2 * popup->frameWidth() +
                       popup->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 32;
    // As wide as the text, within the window: it grows leftwards, over the scan field.
    const int room = m_productSearch->mapTo(window(), QPoint(m_productSearch->width(), 0)).x() - 8;
    const int width = std::max(m_productSearch->width(), std::min(wanted, room));
    QRect rect(0, 0, width, m_productSearch->height());
    rect.moveRight(m_productSearch->width() - 1);
    return rect;
}

bool ScanBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_quantity && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_quantity->interpretText();
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScanBar::retranslate()
{
    m_codeLabel->setText(tr("Scan or type a UPC"));
    m_code->setPlaceholderText(tr("e.g. 012345678905"));
    m_quantityLabel->setText(tr("Quantity"));
    m_add->setText(tr("Add"));
    m_productLabel->setText(tr("Or find an item by name"));
    m_productSearch->setPlaceholderText(tr("Words of the description"));
}

void ScanBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
