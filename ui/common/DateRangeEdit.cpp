#include "DateRangeEdit.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace astro::ui {

DateRangeEdit::DateRangeEdit(QWidget* parent)
    : QWidget(parent), m_fromLabel(new QLabel(this)), m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)), m_to(new QDateEdit(this))
{
    for (QDateEdit* edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    applyDateFormat();
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);

    connect(m_from, &QDateEdit::dateChanged, this, [this] { userPicked(false); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { userPicked(true); });
}

void DateRangeEdit::setDefaultRange(int monthsBack, Follow follow)
{
    m_monthsBack = monthsBack;
    m_follow = follow;
}

void DateRangeEdit::setLabels(const QString& from, const QString& to)
{
    m_fromLabel->setText(from);
    m_toLabel->setText(to);
}

void DateRangeEdit::setToday(const QDate& today)
{
    m_settingDates = true;
    if (m_follow == Follow::End) {
        if (!m_startSet)
            m_from->setDate(today.addMonths(-m_monthsBack));
        m_startSet = true;
        if (m_endFollows)
            m_to->setDate(today);
    } else if (m_startFollows && m_endFollows) {
        m_from->setDate(today.addMonths(-m_monthsBack));
        m_to->setDate(today);
    }
    m_settingDates = false;
}

QDate DateRangeEdit::from() const
{
    return m_from->date();
}

QDate DateRangeEdit::to() const
{
    return m_to->date();
}

void DateRangeEdit::userPicked(bool end)
{
    if (m_settingDates)
        return;
    (end ? m_endFollows : m_startFollows) = false;
    emit changed();
}

void DateRangeEdit::applyDateFormat()
{
    for (QDateEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}

void DateRangeEdit::changeEvent(QEvent* event)
{
    // The language comes with its locale: "2026-11-16" or "16/11/2026".
    if (event->type() == QEvent::LanguageChange)
        applyDateFormat();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
