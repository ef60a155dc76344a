#include "CreditFilterBar.h"

#include "ui/backoffice/EnrollmentText.h"
#include "ui/common/ComboBoxes.h"
#include "ui/common/FlowLayout.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLabel>

#include <algorithm>

namespace astro::ui {

namespace {

// The distributor box starts with "all distributors", then direct credits (no distributor).
const int allIndex = 0;
const int directIndex = 1;

} // namespace

CreditFilterBar::CreditFilterBar(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_statusLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_distributorLabel(new QLabel(this)),
      m_distributor(new QComboBox(this)), m_locationLabel(new QLabel(this)),
      m_location(new QComboBox(this)), m_dates(new DateRangeEdit(this))
{
    m_status->setObjectName(QStringLiteral("creditStatusFilter"));
    m_distributor->setObjectName(QStringLiteral("creditDistributorFilter"));
    m_location->setObjectName(QStringLiteral("creditLocationFilter"));
    m_dates->fromEdit()->setObjectName(QStringLiteral("creditFromDate"));
    m_dates->toEdit()->setObjectName(QStringLiteral("creditToDate"));
    // Credits can take months.
    m_dates->setDefaultRange(12, DateRangeEdit::Follow::End);

    m_status->addItem(QString(), QString());
    for (CreditStatus s : {CreditStatus::Uncredited, CreditStatus::Credited,
                           CreditStatus::Reconciled, CreditStatus::Declined, CreditStatus::Held})
        m_status->addItem(QString(), toCode(s));
    m_distributor->addItem(QString());
    m_distributor->addItem(QString());
    m_location->addItem(QString(), QString());
    // Long distributor and store names must not widen the page past the window: they elide.
    for (auto [box, letters] : {std::pair{m_status, 10}, {m_distributor, 14}, {m_location, 12}}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(letters);
    }
    m_statusLabel->setBuddy(m_status);
    m_distributorLabel->setBuddy(m_distributor);
    m_locationLabel->setBuddy(m_location);

    // Each label stays with its field; on a narrow window the rest wraps below.
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->setLineSpacing(6);
    layout->addGroup({m_statusLabel, m_status});
    layout->addGroup({m_distributorLabel, m_distributor});
    layout->addGroup({m_locationLabel, m_location});
    layout->addStretch();
    layout->addWidget(m_dates);

    for (QComboBox* box : {m_status, m_distributor, m_location})
        connect(box, &QComboBox::currentIndexChanged, this, &CreditFilterBar::changed);
    connect(m_dates, &DateRangeEdit::changed, this, &CreditFilterBar::changed);
    retranslate();
}

CreditQuery CreditFilterBar::query() const
{
    CreditQuery q;
    q.status = fromCode<CreditStatus>(m_status->currentData().toString());
    if (m_distributor->currentIndex() == directIndex)
        q.distributorId = QString();
    else if (m_distributor->currentIndex() != allIndex)
        q.distributorId = m_distributor->currentData().toString();
    q.locationId = m_location->currentData().toString();
    q.from = m_dates->from();
    q.to = m_dates->to();
    return q;
}

void CreditFilterBar::setStatus(std::optional<CreditStatus> status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status ? toCode(*status) : QString())));
}

void CreditFilterBar::setToday(const QDate& today)
{
    m_dates->setToday(today);
}

QString CreditFilterBar::reloadChoices()
{
    QStringList problems;
    std::vector<std::pair<QString, QString>> locations;
    if (auto list = m_store.catalog().locations())
        for (const Location& l : *list)
            locations.emplace_back(l.id, l.name);
    else
        problems << list.error().message;

    // Temporary Holding last: it is where credits wait, not a distributor that pays.
    std::vector<std::pair<QString, QString>> distributors;
    std::optional<std::pair<QString, QString>> holding;
    if (auto list = m_store.catalog().distributors()) {
        for (const Distributor& d : *list) {
            const QString name = EnrollmentText::distributorName(d.id, d.name);
            if (d.temporaryHolding)
                holding = std::pair{d.id, name};
            else
                distributors.emplace_back(d.id, name);
        }
    } else {
        problems << list.error().message;
    }
    std::sort(distributors.begin(), distributors.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    if (holding)
        distributors.push_back(*holding);
    refillComboBox(m_distributor, 2, distributors);
    refillComboBox(m_location, 1, locations);
    return problems.join(QLatin1Char('\n'));
}

void CreditFilterBar::retranslate()
{
    m_statusLabel->setText(tr("&Status"));
    m_status->setItemText(0, tr("All"));
    for (int i = 1; i < m_status->count(); ++i) {
        const CreditStatus s = *fromCode<CreditStatus>(m_status->itemData(i).toString());
        // The filter's entries stay short: "Held", not the table's longer label.
        m_status->setItemText(i, s == CreditStatus::Held ? tr("Held") : label(s));
    }
    m_distributorLabel->setText(tr("&Distributor"));
    m_distributor->setItemText(allIndex, tr("All distributors"));
    m_distributor->setItemText(directIndex, tr("Direct (manufacturer)"));
    for (int i = 2; i < m_distributor->count(); ++i)
        if (m_distributor->itemData(i).toString() == Distributor::temporaryHoldingId())
            m_distributor->setItemText(
                i, EnrollmentText::distributorName(Distributor::temporaryHoldingId(), {}));
    m_locationLabel->setText(tr("&Location"));
    m_location->setItemText(0, tr("All locations"));
    m_dates->setLabels(tr("&Given"), tr("&to"));
}

void CreditFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
