#include "SignInWidget.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"
#include "ui/shell/FirstUserDialog.h"
#include "ui/shell/UserListModel.h"

#include "store/Store.h"
#include "users/UserStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace astro::ui {

SignInWidget::SignInWidget(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_model(new UserListModel(session.store().users(), this)), m_appName(new QLabel(this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_whoLabel(new QLabel(this)),
      m_users(new QListView(this)), m_pinLabel(new QLabel(this)), m_pin(new QLineEdit(this)),
      m_error(new QLabel(this)), m_countdown(new QLabel(this)), m_signIn(new QPushButton(this)),
      m_noUsers(new QLabel(this)), m_firstUser(new QPushButton(this)), m_location(new QLabel(this)),
      m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("signIn"));
    Theme::setRole(m_appName, "appName");
    Theme::setRole(m_title, "title");
    Theme::setRole(m_subtitle, "subtitle");
    m_subtitle->setWordWrap(true);
    Theme::setRole(m_whoLabel, "heading");
    Theme::setRole(m_pinLabel, "heading");
    m_users->setObjectName(QStringLiteral("userList"));
    m_users->setModel(m_model);
    m_users->setItemDelegate(new TwoLineItemDelegate(UserListModel::RoleLabelRole, this));
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_users->setMinimumHeight(200);
    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    Theme::setRole(m_pin, "pin");
    m_pin->setMaxLength(12);
    m_error->setObjectName(QStringLiteral("signInError"));
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_countdown->setObjectName(QStringLiteral("signInCountdown"));
    Theme::setRole(m_countdown, "countdown");
    m_countdown->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    Theme::setRole(m_signIn, "primary");
    m_signIn->setDefault(true);
    m_noUsers->setWordWrap(true);
    Theme::setRole(m_noUsers, "hint");
    m_firstUser->setObjectName(QStringLiteral("firstUserButton"));
    Theme::setRole(m_location, "hint");

    auto* card = new QFrame(this);
    Theme::setRole(card, "card");
    card->setMinimumWidth(440);
    auto* form = new QVBoxLayout(card);
    form->setContentsMargins(32, 28, 32, 28);
    form->setSpacing(10);
    form->addWidget(m_appName);
    form->addWidget(m_title);
    form->addWidget(m_subtitle);
    form->addSpacing(8);
    form->addWidget(m_whoLabel);
    form->addWidget(m_users, 1);
    form->addWidget(m_noUsers);
    form->addWidget(m_firstUser, 0, Qt::AlignLeft);
    form->addSpacing(4);
    form->addWidget(m_pinLabel);
    form->addWidget(m_pin);
    form->addWidget(m_error);
    form->addWidget(m_countdown);
    form->addSpacing(4);
    form->addWidget(m_signIn);
    form->addWidget(m_location);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 0);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addLayout(row, 8);
    outer->addStretch(1);

    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateWaiting();
        if (!m_throttle.mustWait())
            m_pin->setFocus();
    });
    connect(m_signIn, &QPushButton::clicked, this, &SignInWidget::attempt);
    connect(m_pin, &QLineEdit::returnPressed, this, &SignInWidget::attempt);
    connect(m_users, &QListView::activated, this, [this] { m_pin->setFocus(); });
    connect(m_pin, &QLineEdit::textEdited, this, [this] { setError(QString()); });
    connect(m_firstUser, &QPushButton::clicked, this, &SignInWidget::createFirstUser);
    connect(&m_session, &Session::locationChanged, this, &SignInWidget::retranslate);
    m_users->installEventFilter(this);
    retranslate();
    prepare();
}

void SignInWidget::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString SignInWidget::errorText() const
{
    return m_error->text();
}

QString SignInWidget::countdownText() const
{
    return m_countdown->text();
}

QString SignInWidget::selectedName() const
{
    const QModelIndex index = m_users->currentIndex();
    return index.isValid() && m_users->selectionModel()->isSelected(index) ? index.data().toString()
                                                                           : QString();
}

void SignInWidget::prepare(const QString& name)
{
    const QString problem = m_model->reload();
    m_pin->clear();
    setError(problem);
    const int row = name.isEmpty() ? -1 : m_model->rowOfName(name);
    m_users->clearSelection();
    if (row >= 0)
        m_users->setCurrentIndex(m_model->index(row));
    else if (m_model->rowCount() > 0)
        m_users->selectionModel()->setCurrentIndex(m_model->index(0),
                                                   QItemSelectionModel::NoUpdate);
    updateEmptyStore();
    updateWaiting();
    if (row >= 0)
        m_pin->setFocus();
    else
        m_users->setFocus();
}

void SignInWidget::attempt()
{
    if (m_throttle.mustWait())
        return;
    const QString name = selectedName();
    if (name.isEmpty()) {
        setError(tr("Choose your name in the list first."));
        m_users->setFocus();
        return;
    }
    auto actor =
        m_session.store().users().authenticate(name, m_pin->text(), m_session.locationId());
    m_pin->clear();
    if (!actor) {
        m_throttle.failed();
        setError(actor.error().message);
        updateWaiting();
        m_pin->setFocus();
        return;
    }
    m_throttle.succeeded();
    setError(QString());
    updateWaiting();
    emit signedIn(*actor);
}

void SignInWidget::updateWaiting()
{
    const qint64 remaining = m_throttle.remainingMs();
    const bool waiting = remaining > 0;
    if (waiting) {
        const int seconds = int(std::ceil(double(remaining) / 1000.0));
        m_countdown->setText(
            tr("Too many wrong PINs. Try again in %n second(s).", nullptr, seconds));
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_countdown->clear();
        m_tick->stop();
    }
    m_countdown->setVisible(waiting);
    m_pin->setEnabled(!waiting);
    m_signIn->setEnabled(!waiting && m_model->rowCount() > 0);
}

void SignInWidget::updateEmptyStore()
{
    const bool empty = m_model->rowCount() == 0 && m_error->text().isEmpty();
    m_noUsers->setVisible(empty);
    m_firstUser->setVisible(empty);
    m_users->setVisible(!empty);
    m_whoLabel->setVisible(!empty);
    m_pinLabel->setVisible(!empty);
    m_pin->setVisible(!empty);
    m_signIn->setVisible(!empty);
}

void SignInWidget::createFirstUser()
{
    auto* dialog = new FirstUserDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstUserDialog::created, this,
            [this](const QString& name) { prepare(name); });
    dialog->open();
}

bool SignInWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Typing a digit in the name list starts the PIN: no need to tab over.
    if (watched == m_users && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->text().size() == 1 && key->text().front().isDigit() && m_pin->isEnabled() &&
            !selectedName().isEmpty()) {
            m_pin->setFocus();
            m_pin->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SignInWidget::retranslate()
{
    m_appName->setText(tr("Astro Counter"));
    m_title->setText(tr("Sign in"));
    m_subtitle->setText(tr("Choose your name, then type your PIN."));
    m_whoLabel->setText(tr("Who is at the counter?"));
    m_pinLabel->setText(tr("PIN"));
    m_pin->setPlaceholderText(tr("Your PIN"));
    m_signIn->setText(tr("Sign in"));
    // What a screen reader calls each list and field without a label of its own.
    m_users->setAccessibleName(m_whoLabel->text());
    m_pin->setAccessibleName(tr("PIN"));
    m_noUsers->setText(tr("Nobody can sign in yet. Create the store's first Admin to start."));
    m_firstUser->setText(tr("Create the first Admin…"));
    const QString location = m_session.locationName();
    m_location->setText(location.isEmpty() ? tr("This counter has no location yet.")
                                           : tr("Counter: %1").arg(location));
    updateWaiting();
}

void SignInWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
