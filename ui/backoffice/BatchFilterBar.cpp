#include "BatchFilterBar.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <map>

namespace astro::ui {

namespace {

// Refills a combo box after its first "all" entry, keeping the chosen value when it remains.
void refill(QComboBox* box, const std::vector<std::pair<QString, QString>>& items)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto& [id, name] : items)
        box->addItem(name, id);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

} // namespace

BatchFilterBar::BatchFilterBar(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_status(new QComboBox(this)),
      m_manufacturer(new QComboBox(this)), m_location(new QComboBox(this)),
      m_fromLabel(new QLabel(this)), m_from(new QDateEdit(this)), m_toLabel(new QLabel(this)),
      m_to(new QDateEdit(this))
{
    m_status->setObjectName(QStringLiteral("batchStatusFilter"));
    m_manufacturer->setObjectName(QStringLiteral("batchManufacturerFilter"));
    m_location->setObjectName(QStringLiteral("batchLocationFilter"));
    m_from->setObjectName(QStringLiteral("batchFromDate"));
    m_to->setObjectName(QStringLiteral("batchToDate"));

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
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_status);
    layout->addWidget(m_manufacturer);
    layout->addWidget(m_location);
    layout->addStretch(1);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);

    for (QComboBox* box : {m_status, m_manufacturer, m_location})
        connect(box, &QComboBox::currentIndexChanged, this, &BatchFilterBar::changed);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingDates)
            emit changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_settingDates)
            return;
        m_toFollowsToday = false;
        emit changed();
    });
    retranslate();
}

BatchFilter BatchFilterBar::filter() const
{
    BatchFilter f;
    f.status = fromCode<BatchStatus>(m_status->currentData().toString());
    f.manufacturerId = m_manufacturer->currentData().toString();
    f.locationId = m_location->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    return f;
}

void BatchFilterBar::setToday(const QDate& today)
{
    m_settingDates = true;
    if (!m_datesSet)
        m_from->setDate(today.addMonths(-3));
    m_datesSet = true;
    if (m_toFollowsToday)
        m_to->setDate(today);
    m_settingDates = false;
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
    refill(m_manufacturer, manufacturers);
    refill(m_location, locations);
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
    m_fromLabel->setText(tr("&Opened"));
    m_toLabel->setText(tr("&to"));
    for (QDateEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}

void BatchFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
