#include "CustomerLookup.h"

#include "ui/common/CustomerSearchModel.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace astro::ui {

CustomerLookup::CustomerLookup(CustomerStore& customers, QWidget* parent)
    : QWidget(parent), m_model(new CustomerSearchModel(customers, this)), m_title(new QLabel(this)),
      m_search(new QLineEdit(this)), m_results(new QListView(this)), m_empty(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    Theme::setRole(m_title, "heading");
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    Theme::setRole(m_search, "search");
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new TwoLineItemDelegate(CustomerSearchModel::ContactRole, this));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    Theme::setRole(m_empty, "hint");
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_empty);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &CustomerLookup::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        pickCurrent();
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) {
        emit customerChosen(index.data(CustomerSearchModel::CustomerIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_results->setCurrentIndex(m_model->index(0));
        updateEmptyState();
    });
    m_search->installEventFilter(this);
    retranslate();
    updateEmptyState();
}

void CustomerLookup::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void CustomerLookup::clear()
{
    m_debounce->stop();
    m_search->clear();
    m_debounce->stop();
    m_model->setQuery(QString());
}

void CustomerLookup::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerLookup::searchNow()
{
    m_debounce->stop();
    if (m_model->query() != m_search->text().trimmed())
        m_model->setQuery(m_search->text());
}

bool CustomerLookup::pickCurrent()
{
    if (m_model->rowCount() == 0)
        return false;
    QModelIndex index = m_results->currentIndex();
    if (!index.isValid())
        index = m_model->index(0);
    emit customerChosen(index.data(CustomerSearchModel::CustomerIdRole).toLongLong());
    return true;
}

bool CustomerLookup::eventFilter(QObject* watched, QEvent* event)
{
    // Up and down in the search box walk the results, so the hands stay on the keys.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            searchNow();
            const int rows = m_model->rowCount();
            if (rows == 0)
                return true;
            int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
            row = key->key() == Qt::Key_Down ? qMin(row + 1, rows - 1) : qMax(row - 1, 0);
            if (row == rows - 1 && m_model->canFetchMore({}))
                m_model->fetchMore({});
            m_results->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerLookup::updateEmptyState()
{
    const bool searched = !m_model->query().isEmpty();
    if (!m_model->lastError().isEmpty())
        m_empty->setText(m_model->lastError());
    else if (searched && m_model->rowCount() == 0)
        m_empty->setText(tr("No customer matches “%1”.").arg(m_model->query()));
    else if (!searched)
        m_empty->setText(tr("Type a name, a phone number or an email."));
    else
        m_empty->clear();
    m_empty->setVisible(!m_empty->text().isEmpty());
}

void CustomerLookup::retranslate()
{
    m_title->setText(tr("Find a customer"));
    m_search->setPlaceholderText(tr("Name, phone or email"));
    // What a screen reader calls each list and field without a label of its own.
    m_search->setAccessibleName(tr("Find a customer by name, phone or email"));
    m_results->setAccessibleName(tr("Customers found"));
    updateEmptyState();
}

void CustomerLookup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
