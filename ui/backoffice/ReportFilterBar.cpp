#include "ReportFilterBar.h"

#include "ui/common/ComboBoxes.h"
#include "ui/common/FlowLayout.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLabel>

namespace astro::ui {

ReportFilterBar::ReportFilterBar(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_dates(new DateRangeEdit(this)),
      m_locationLabel(new QLabel(this)), m_location(new QComboBox(this))
{
    m_dates->fromEdit()->setObjectName(QStringLiteral("reportFromDate"));
    m_dates->toEdit()->setObjectName(QStringLiteral("reportToDate"));
    m_dates->setDefaultRange(0, DateRangeEdit::Follow::Both);
    m_location->setObjectName(QStringLiteral("reportLocation"));
    // Room for a whole store name; a longer one is cut rather than widening the page.
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(32);
    m_location->addItem(QString(), QString());
    m_locationLabel->setBuddy(m_location);

    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->setLineSpacing(6);
    layout->addWidget(m_dates);
    layout->addGroup({m_locationLabel, m_location});

    connect(m_dates, &DateRangeEdit::changed, this, &ReportFilterBar::changed);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] {
        if (m_quiet)
            return;
        m_locationChosen = true;
        emit changed();
    });
    retranslate();
}

ReportPeriod ReportFilterBar::period() const
{
    return ReportPeriod{m_dates->from(), m_dates->to(), m_location->currentData().toString()};
}

void ReportFilterBar::setToday(const QDate& today)
{
    m_dates->setToday(today);
}

QString ReportFilterBar::reloadLocations(const QString& counterLocation)
{
    auto locations = m_store.catalog().locations();
    if (!locations)
        return locations.error().message;
    std::vector<std::pair<QString, QString>> items;
    for (const Location& l : *locations)
        items.emplace_back(l.id, l.name);
    refillComboBox(m_location, 1, items);
    if (!m_locationChosen) {
        m_quiet = true;
        m_location->setCurrentIndex(qMax(0, m_location->findData(counterLocation)));
        m_quiet = false;
    }
    return {};
}

QString ReportFilterBar::locationName(const QString& id) const
{
    const int index = m_location->findData(id);
    return index > 0 ? m_location->itemText(index) : id;
}

void ReportFilterBar::retranslate()
{
    m_dates->setLabels(tr("&From"), tr("&to"));
    m_locationLabel->setText(tr("&Location"));
    m_location->setItemText(0, tr("All locations"));
}

void ReportFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
