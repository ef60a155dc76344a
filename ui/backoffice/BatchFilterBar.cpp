#include "BatchFilterBar.h"

#include "ui/common/ComboBoxes.h"
#include "ui/common/FlowLayout.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>

#include <algorithm>
#include <map>

namespace astro::ui {

BatchFilterBar::BatchFilterBar(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_status(new QComboBox(this)),
      m_manufacturer(new QComboBox(this)), m_location(new QComboBox(this)),
      m_dates(new DateRangeEdit(this))
{
    m_status->setObjectName(QStringLiteral("batchStatusFilter"));
    m_manufacturer->setObjectName(QStringLiteral("batchManufacturerFilter"));
    m_location->setObjectName(QStringLiteral("batchLocationFilter"));
    m_dates->fromEdit()->setObjectName(QStringLiteral("batchFromDate"));
    m_dates->toEdit()->setObjectName(QStringLiteral("batchToDate"));
    m_dates->setDefaultRange(3, DateRangeEdit::Follow::End);

    m_status->addItem(QString(), QString());
    for (BatchStatus s :
         {BatchStatus::Open, BatchStatus::Closed, BatchStatus::Submitted, BatchStatus::Complete})
        m_status->addItem(QString(), toCode(s));
    m_manufacturer->addItem(QString(), QString());
    m_location->addItem(QString(), QString());
    // Long brand and store names must not widen the page past the window: they elide.
    for (auto [box, letters] : {std::pair{m_status, 10}, {m_manufacturer, 13}, {m_location, 13}}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(letters);
    }

    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_status);
    layout->addWidget(m_manufacturer);
    layout->addWidget(m_location);
    layout->addStretch();
    layout->addWidget(m_dates);

    for (QComboBox* box : {m_status, m_manufacturer, m_location})
        connect(box, &QComboBox::currentIndexChanged, this, &BatchFilterBar::changed);
    connect(m_dates, &DateRangeEdit::changed, this, &BatchFilterBar::changed);
    retranslate();
}

BatchFilter BatchFilterBar::filter() const
{
    BatchFilter f;
    f.status = fromCode<BatchStatus>(m_status->currentData().toString());
    f.manufacturerId = m_manufacturer->currentData().toString();
    f.locationId = m_location->currentData().toString();
    f.from = m_dates->from();
    f.to = m_dates->to();
    return f;
}

void BatchFilterBar::setToday(const QDate& today)
{
    m_dates->setToday(today);
}

QString BatchFilterBar::reloadChoices()
{
    QStringList problems;
    std::vector<std::pair<QString, QString>> locations;
    if (auto list = m_store.catalog().locations())
        for (const Location& l : *list)
            locations.emplace_back(l.id, l.name);
    else
        problems << list.error().message;

    // The brands whose programs or offers the store fulfills itself: those that have batches.
    std::map<QString, QString> brands;
    const auto addBrand = [&](const QString& id) {
        if (id.isEmpty() || brands.count(id))
            return;
        auto name = m_store.catalog().manufacturerName(id);
        brands[id] = name && !name->isEmpty() ? *name : id;
    };
    if (auto programs = m_store.catalog().programs()) {
        for (const Program& p : *programs)
            if (p.fulfillment == Fulfillment::Retailer)
                addBrand(p.manufacturerId);
    } else {
        problems << programs.error().message;
    }
    if (auto offers = m_store.catalog().offers()) {
        for (const Offer& o : *offers)
            if (o.fulfillment == Fulfillment::Retailer)
                addBrand(o.manufacturerId);
    } else {
        problems << offers.error().message;
    }
    std::vector<std::pair<QString, QString>> manufacturers(brands.begin(), brands.end());
    std::sort(manufacturers.begin(), manufacturers.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    refillComboBox(m_manufacturer, 1, manufacturers);
    refillComboBox(m_location, 1, locations);
    return problems.join(QLatin1Char('\n'));
}

void BatchFilterBar::retranslate()
{
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, label(*fromCode<BatchStatus>(m_status->itemData(i).toString())));
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Status"));
    m_manufacturer->setItemText(0, tr("All manufacturers"));
    m_manufacturer->setAccessibleName(tr("Manufacturer"));
    m_manufacturer->setToolTip(tr("Manufacturer"));
    m_location->setItemText(0, tr("All locations"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setToolTip(tr("Location"));
    m_dates->setLabels(tr("&Opened"), tr("&to"));
}

void BatchFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
