#include "ReportFilterBar.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace astro::ui {

ReportFilterBar::ReportFilterBar(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_fromLabel(new QLabel(this)), m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)), m_to(new QDateEdit(this)), m_locationLabel(new QLabel(this)),
      m_location(new QComboBox(this))
{
    m_from->setObjectName(QStringLiteral("reportFromDate"));
    m_to->setObjectName(QStringLiteral("reportToDate"));
    m_location->setObjectName(QStringLiteral("reportLocation"));
    for (QDateEdit* edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_location->addItem(QString(), QString());
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_locationLabel->setBuddy(m_location);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(18);
    layout->addWidget(m_locationLabel);
    layout->addWidget(m_location);
    layout->addStretch(1);

    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_quiet)
                return;
            m_followsToday = false;
            emit changed();
        });
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
    return ReportPeriod{m_from->date(), m_to->date(), m_location->currentData().toString()};
}

void ReportFilterBar::setToday(const QDate& today)
{
    if (!m_followsToday)
        return;
    m_quiet = true;
    m_from->setDate(today);
    m_to->setDate(today);
    m_quiet = false;
}

QString ReportFilterBar::reloadLocations(const QString& counterLocation)
{
    auto locations = m_store.catalog().locations();
    if (!locations)
        return locations.error().message;
    const QString chosen =
        m_locationChosen ? m_location->currentData().toString() : counterLocation;
    m_quiet = true;
    while (m_location->count() > 1)
        m_location->removeItem(1);
    for (const Location& l : *locations)
        m_location->addItem(l.name, l.id);
    m_location->setCurrentIndex(qMax(0, m_location->findData(chosen)));
    m_quiet = false;
    return {};
}

QString ReportFilterBar::locationName(const QString& id) const
{
    const int index = m_location->findData(id);
    return index > 0 ? m_location->itemText(index) : id;
}

void ReportFilterBar::retranslate()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&to"));
    m_locationLabel->setText(tr("&Location"));
    m_location->setItemText(0, tr("All locations"));
    for (QDateEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}

void ReportFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
