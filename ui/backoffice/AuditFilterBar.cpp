#include "AuditFilterBar.h"

#include "ui/backoffice/AuditText.h"
#include "ui/common/ComboBoxes.h"
#include "ui/common/FlowLayout.h"

#include "store/Store.h"
#include "users/UserStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
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
      m_kind(new QComboBox(this)), m_dates(new DateRangeEdit(this))
{
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    m_dates->fromEdit()->setObjectName(QStringLiteral("auditFromDate"));
    m_dates->toEdit()->setObjectName(QStringLiteral("auditToDate"));
    m_dates->setDefaultRange(12, DateRangeEdit::Follow::End);
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
    m_userLabel->setBuddy(m_user);
    m_kindLabel->setBuddy(m_kind);

    // The search field takes what its line leaves; on a narrow window the rest wraps below.
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->setLineSpacing(6);
    layout->addWidget(m_search);
    layout->addGroup({m_userLabel, m_user});
    layout->addGroup({m_kindLabel, m_kind});
    layout->addWidget(m_dates);

    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::changed);
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emit changed();
    });
    for (QComboBox* box : {m_user, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    connect(m_dates, &DateRangeEdit::changed, this, &AuditFilterBar::changed);
    retranslate();
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter f;
    f.text = m_search->text().trimmed();
    f.userName = m_user->currentData().toString();
    AuditText::applyKind(f, m_kind->currentData().toString());
    // Whole local days, from the first to the last millisecond.
    f.from = m_dates->from().startOfDay();
    f.to = m_dates->to().addDays(1).startOfDay().addMSecs(-1);
    return f;
}

void AuditFilterBar::setToday(const QDate& today)
{
    m_dates->setToday(today);
}

QString AuditFilterBar::reloadChoices()
{
    auto users = m_store.users().list(true);
    if (!users)
        return users.error().message;
    // Disabled users stay: their changes are still in the log. retranslate() names the system.
    std::vector<std::pair<QString, QString>> names;
    for (const User& u : *users)
        names.emplace_back(u.name, u.name);
    names.emplace_back(systemUser, QString());
    refillComboBox(m_user, 1, names);
    retranslate();
    return {};
}

void AuditFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search: account number, program, user, value…"));
    // What a screen reader calls each list and field without a label of its own.
    m_search->setAccessibleName(tr("Search the audit log"));
    m_userLabel->setText(tr("&User"));
    m_user->setItemText(0, tr("Everyone"));
    if (const int system = m_user->findData(systemUser); system > 0)
        m_user->setItemText(system, AuditText::user(systemUser));
    m_kindLabel->setText(tr("&Kind"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, AuditText::kindLabel(m_kind->itemData(i).toString()));
    m_dates->setLabels(tr("&From"), tr("&to"));
}

void AuditFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
