#include "AuditFilterBar.h"

#include "ui/backoffice/AuditText.h"

#include "store/Store.h"
#include "users/UserStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace astro::ui {

namespace {
// The engine's own changes (catalog pulls, sync) are recorded under this name.
const QString systemUser = QStringLiteral("system");
} // namespace

AuditFilterBar::AuditFilterBar(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_search(new QLineEdit(this)), m_typing(new QTimer(this)),
      m_userLabel(new QLabel(this)), m_user(new QComboBox(this)), m_kindLabel(new QLabel(this)),
      m_kind(new QComboBox(this)), m_fromLabel(new QLabel(this)), m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)), m_to(new QDateEdit(this))
{
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);

    m_user->addItem(QString(), QString());
    m_kind->addItem(QString(), QString());
    for (const AuditText::Kind& k : AuditText::kinds())
        m_kind->addItem(QString(), k.code);
    for (auto [box, letters] : {std::pair{m_user, 12}, {m_kind, 16}}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(letters);
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_userLabel->setBuddy(m_user);
    m_kindLabel->setBuddy(m_kind);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    layout->addSpacing(12);
    for (auto [label, field] : {std::pair<QLabel*, QWidget*>{m_userLabel, m_user},
                                {m_kindLabel, m_kind},
                                {m_fromLabel, m_from},
                                {m_toLabel, m_to}}) {
        layout->addWidget(label);
        layout->addWidget(field);
        layout->addSpacing(label == m_fromLabel ? 0 : 12);
    }

    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emit changed();
    });
    for (QComboBox* box : {m_user, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
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

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter f;
    f.text = m_search->text().trimmed();
    f.userName = m_user->currentData().toString();
    AuditText::applyKind(f, m_kind->currentData().toString());
    // Whole local days, from the first to the last millisecond.
    f.from = m_from->date().startOfDay();
    f.to = m_to->date().addDays(1).startOfDay().addMSecs(-1);
    return f;
}

void AuditFilterBar::setToday(const QDate& today)
{
    m_settingDates = true;
    if (!m_datesSet)
        m_from->setDate(today.addYears(-1));
    m_datesSet = true;
    if (m_toFollowsToday)
        m_to->setDate(today);
    m_settingDates = false;
}

QString AuditFilterBar::reloadChoices()
{
    auto users = m_store.users().list(true);
    if (!users)
        return users.error().message;
    const QString chosen = m_user->currentData().toString();
    const QSignalBlocker quiet(m_user);
    while (m_user->count() > 1)
        m_user->removeItem(1);
    // Disabled users stay: their changes are still in the log.
    for (const User& u : *users)
        m_user->addItem(u.name, u.name);
    m_user->addItem(QString(), systemUser);
    m_user->setCurrentIndex(qMax(0, m_user->findData(chosen)));
    retranslate();
    return {};
}

void AuditFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search: account number, program, user, value…"));
    m_userLabel->setText(tr("&User"));
    m_user->setItemText(0, tr("Everyone"));
    if (const int system = m_user->findData(systemUser); system > 0)
        m_user->setItemText(system, AuditText::user(systemUser));
    m_kindLabel->setText(tr("&Kind"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, AuditText::kindLabel(m_kind->itemData(i).toString()));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&to"));
    for (QDateEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}

void AuditFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
