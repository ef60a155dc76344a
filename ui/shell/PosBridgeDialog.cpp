#include "PosBridgeDialog.h"

#include "ui/common/ClockText.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/shell/PosAccountDialog.h"

#include "bridge/BridgeService.h"
#include "pos/BridgeSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

QString baseUrl(int port)
{
    return QStringLiteral("http://127.0.0.1:%1/api/json/").arg(port);
}

QFormLayout* formIn(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(8);
    return form;
}

} // namespace

PosBridgeDialog::PosBridgeDialog(Session& session, bridge::BridgeService* service, QWidget* parent)
    : QDialog(parent), m_session(session), m_service(service), m_intro(new QLabel(this)),
      m_bridgeGroup(new QGroupBox(this)), m_enabled(new QCheckBox(this)),
      m_portLabel(new QLabel(this)), m_port(new QSpinBox(this)), m_addressLabel(new QLabel(this)),
      m_address(new QLineEdit(this)), m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)), m_folderButton(new QPushButton(this)),
      m_folderNote(new QLabel(this)), m_follow(new QCheckBox(this)), m_followNote(new QLabel(this)),
      m_statusGroup(new QGroupBox(this)), m_state(new QLabel(this)), m_activity(new QLabel(this)),
      m_accountsGroup(new QGroupBox(this)), m_accountsNote(new QLabel(this)),
      m_accounts(new QStandardItemModel(0, ColumnCount, this)),
      m_accountsView(new QTableView(this)), m_add(new QPushButton(this)),
      m_password(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_message(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("posBridgeDialog"));
    m_enabled->setObjectName(QStringLiteral("posBridgeEnabled"));
    m_port->setObjectName(QStringLiteral("posBridgePort"));
    m_address->setObjectName(QStringLiteral("posBridgeAddress"));
    m_folder->setObjectName(QStringLiteral("posSalesFolder"));
    m_folderButton->setObjectName(QStringLiteral("posSalesFolderButton"));
    m_follow->setObjectName(QStringLiteral("posFollow"));
    m_state->setObjectName(QStringLiteral("posBridgeState"));
    m_accountsView->setObjectName(QStringLiteral("posAccountsView"));
    m_add->setObjectName(QStringLiteral("posAccountAddButton"));
    m_password->setObjectName(QStringLiteral("posAccountPasswordButton"));
    m_remove->setObjectName(QStringLiteral("posAccountRemoveButton"));
    m_message->setObjectName(QStringLiteral("posBridgeMessage"));

    for (QLabel* note : {m_intro, m_folderNote, m_followNote, m_accountsNote, m_activity}) {
        note->setWordWrap(true);
        // A longer language wraps to more lines rather than widening the dialog.
        note->setMinimumWidth(200);
        Theme::setRole(note, "hint");
    }
    m_state->setWordWrap(true);
    m_activity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_port->setRange(1024, 65535);
    m_port->setButtonSymbols(QAbstractSpinBox::NoButtons);
    // Read-only but selectable: the address is copied into the POS's settings.
    m_address->setReadOnly(true);
    m_folder->setClearButtonEnabled(true);
    Theme::setRole(m_save, "primary");
    m_save->setDefault(true);
    Theme::setRole(m_remove, "danger");

    m_accountsView->setModel(m_accounts);
    setUpTable(m_accountsView, 30, {.alternatingRows = true, .cornerButton = false});
    m_accountsView->setTabKeyNavigation(false);
    m_accountsView->setMinimumHeight(120);
    fitColumns(m_accountsView, {NameColumn, ClientColumn});

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_folderButton);
    auto* bridgeForm = formIn(m_bridgeGroup);
    bridgeForm->addRow(m_enabled);
    bridgeForm->addRow(m_portLabel, m_port);
    bridgeForm->addRow(m_addressLabel, m_address);
    bridgeForm->addRow(m_folderLabel, folderRow);
    bridgeForm->addRow(m_folderNote);
    bridgeForm->addRow(m_follow);
    bridgeForm->addRow(m_followNote);

    auto* statusLayout = new QVBoxLayout(m_statusGroup);
    statusLayout->setSpacing(4);
    statusLayout->addWidget(m_state);
    statusLayout->addWidget(m_activity);

    auto* accountActions = new QHBoxLayout;
    accountActions->addWidget(m_add);
    accountActions->addStretch(1);
    accountActions->addWidget(m_password);
    accountActions->addWidget(m_remove);
    auto* accountsLayout = new QVBoxLayout(m_accountsGroup);
    accountsLayout->setSpacing(8);
    accountsLayout->addWidget(m_accountsNote);
    accountsLayout->addWidget(m_accountsView, 1);
    accountsLayout->addLayout(accountActions);

    // Two columns, so that the dialog fits a 768-pixel-high screen: the settings, and what the
    // bridge does over the accounts it answers.
    auto* left = new QVBoxLayout;
    left->addWidget(m_bridgeGroup);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->setSpacing(14);
    right->addWidget(m_statusGroup);
    right->addWidget(m_accountsGroup, 1);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_port, &QSpinBox::valueChanged, this, &PosBridgeDialog::updateAddress);
    connect(m_folderButton, &QPushButton::clicked, this, &PosBridgeDialog::chooseFolder);
    connect(m_add, &QPushButton::clicked, this, &PosBridgeDialog::addAccount);
    connect(m_password, &QPushButton::clicked, this, &PosBridgeDialog::changePassword);
    connect(m_remove, &QPushButton::clicked, this, &PosBridgeDialog::removeAccount);
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PosBridgeDialog::updateButtons);
    connect(m_accountsView, &QTableView::doubleClicked, this, &PosBridgeDialog::changePassword);
    // On the list, Enter sets the account's password (and does not save the settings), Delete
    // removes it (after asking).
    m_accountsView->installEventFilter(this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PosBridgeDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_statusGroup->setVisible(m_service != nullptr);
    if (m_service) {
        m_status = m_service->status();
        connect(m_service, &bridge::BridgeService::statusChanged, this,
                &PosBridgeDialog::showStatus);
    }
    retranslate();
    load();
    loadAccounts();
    m_enabled->setFocus();
    fitToContents();
}

void PosBridgeDialog::fitToContents()
{
    // The notes wrap: a window's usual first size (two thirds of the screen at most, and a
    // minimum that ignores wrapping) would squeeze them. As wide as the contents like, within
    // what a 1024-pixel screen can show, and as tall as that width needs.
    constexpr int widest = 960;
    ensurePolished();
    layout()->activate();
    const int width = qMax(minimumSizeHint().width(), qMin(sizeHint().width(), widest));
    setMinimumHeight(layout()->totalHeightForWidth(minimumSizeHint().width()));
    resize(width, qMax(minimumHeight(), layout()->totalHeightForWidth(width)));
}

void PosBridgeDialog::load()
{
    auto settings = BridgeSettings::load(m_session.store());
    if (!settings) {
        showMessage(settings.error().message, true);
        return;
    }
    m_enabled->setChecked(settings->enabled);
    m_port->setValue(settings->port);
    m_folder->setText(settings->salesFolder);
    m_folder->setCursorPosition(0);
    m_follow->setChecked(settings->followPos);
    updateAddress();
}

void PosBridgeDialog::loadAccounts(qint64 select)
{
    const qint64 selected = select != 0          ? select
                            : selectedRow() >= 0 ? m_accountList[std::size_t(selectedRow())].id
                                                 : 0;
    auto accounts = PosUserStore(m_session.store()).list();
    if (!accounts) {
        showMessage(accounts.error().message, true);
        return;
    }
    m_accountList = std::move(*accounts);
    m_accounts->removeRows(0, m_accounts->rowCount());
    for (const PosUser& account : m_accountList) {
        QList<QStandardItem*> row;
        row << new QStandardItem(account.name) << new QStandardItem(account.clientId)
            << new QStandardItem(QLocale().toString(account.createdAt.toLocalTime().date(),
                                                    QLocale::ShortFormat));
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_accounts->appendRow(row);
    }
    for (std::size_t row = 0; row < m_accountList.size(); ++row)
        if (m_accountList[row].id == selected)
            m_accountsView->selectRow(int(row));
    updateButtons();
}

int PosBridgeDialog::selectedRow() const
{
    const QModelIndexList rows = m_accountsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void PosBridgeDialog::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_password->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void PosBridgeDialog::updateAddress()
{
    m_address->setText(baseUrl(m_port->value()));
    m_address->setCursorPosition(0);
}

void PosBridgeDialog::showMessage(const QString& text, bool error)
{
    Theme::setRole(m_message, error ? "error" : "hint");
    m_message->setText(text);
}

QString PosBridgeDialog::errorText() const
{
    return m_message->property("role").toString() == QLatin1String("error") ? m_message->text()
                                                                            : QString();
}

QString PosBridgeDialog::messageText() const
{
    return m_message->text();
}

QString PosBridgeDialog::statusText() const
{
    return m_activity->text().isEmpty() ? m_state->text()
                                        : m_state->text() + QLatin1Char('\n') + m_activity->text();
}

void PosBridgeDialog::save()
{
    BridgeSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.port = m_port->value();
    settings.salesFolder = m_folder->text().trimmed();
    settings.followPos = m_follow->isChecked();
    if (auto s = settings.save(m_session.store(), m_session.actor()); !s) {
        showMessage(s.error().message, true);
        return;
    }
    showMessage(settings.enabled ? tr("Saved. The bridge follows the new settings now.")
                                 : tr("Saved. The bridge is off."),
                false);
    m_session.notifyChanged();
    emit saved();
}

void PosBridgeDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Sales folder"), m_folder->text().trimmed());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PosBridgeDialog::openChild(QDialog* dialog)
{
    if (m_child)
        m_child->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_child = dialog;
    dialog->open();
}

void PosBridgeDialog::addAccount()
{
    auto* dialog = new PosAccountDialog(m_session, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PosUser& added = *dialog->account();
        loadAccounts(added.id);
        showMessage(tr("The POS account %1 was added.").arg(added.name), false);
    });
    openChild(dialog);
}

void PosBridgeDialog::changePassword()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PosUser account = m_accountList[std::size_t(row)];
    auto* dialog = new PosAccountDialog(m_session, account, this);
    connect(dialog, &QDialog::accepted, this, [this, account] {
        showMessage(tr("The password of %1 was changed.").arg(account.name), false);
    });
    openChild(dialog);
}

void PosBridgeDialog::removeAccount()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PosUser account = m_accountList[std::size_t(row)];
    // Cancel is the default: a removed account's POS stops at once.
    auto* box = new ConfirmDialog(
        QStringLiteral("posAccountRemoveConfirm"), tr("Remove %1").arg(account.name),
        tr("A point of sale signed in as %1 can no longer call the bridge. What it recorded "
           "stays.")
            .arg(account.name),
        tr("Remove"), this, ConfirmDialog::Default::Cancel);
    box->actionButton()->setObjectName(QStringLiteral("posAccountRemoveYes"));
    connect(box, &ConfirmDialog::finished, this, [this, box, account] {
        if (!box->confirmed())
            return;
        if (auto s = PosUserStore(m_session.store()).remove(m_session.actor(), account.id); !s) {
            showMessage(s.error().message, true);
            return;
        }
        loadAccounts();
        showMessage(tr("The POS account %1 was removed.").arg(account.name), false);
    });
    openChild(box);
}

void PosBridgeDialog::showStatus(const bridge::BridgeStatus& status)
{
    m_status = status;
    showStatusText();
    if (m_statusGroup->isHidden()) {
        m_statusGroup->show();
        fitToContents();
    }
}

void PosBridgeDialog::showStatusText()
{
    using State = bridge::BridgeStatus::State;
    const bridge::BridgeStatus& s = m_status;
    QStringList activity;
    const char* role = "";
    switch (s.state) {
    case State::Off:
        m_state->setText(tr("Off: no point of sale can reach this counter."));
        break;
    case State::Listening:
        m_state->setText(tr("Listening at %1").arg(baseUrl(s.port)));
        activity << (s.calls > 0 && s.lastCall.isValid()
                         ? tr("%n call(s) answered since it started, the last at %1", nullptr,
                              int(s.calls))
                               .arg(clockText(s.lastCall))
                         : tr("No call answered yet"));
        if (!s.salesFolder.isEmpty())
            activity << tr("Watching the sales folder %1").arg(s.salesFolder);
        if (!s.error.isEmpty()) {
            m_state->setText(m_state->text() + QLatin1Char('\n') + s.error);
            role = "warning";
        }
        break;
    case State::Failed:
        m_state->setText(tr("Stopped: %1").arg(s.error));
        role = "error";
        break;
    }
    if (!s.lastFile.isEmpty())
        activity << tr("Last sales file: %1").arg(s.lastFile);
    m_activity->setText(activity.join(QLatin1Char('\n')));
    m_activity->setVisible(!activity.isEmpty());
    if (m_state->property("role").toString() != QLatin1String(role))
        Theme::setRole(m_state, role);
}

void PosBridgeDialog::retranslate()
{
    setWindowTitle(tr("POS bridge"));
    m_intro->setText(tr("While Astro Counter is open, a point-of-sale system on this computer "
                        "that speaks Astro's API records its sales here, even offline; the sync "
                        "sends them to Astro."));
    m_bridgeGroup->setTitle(tr("Bridge"));
    m_enabled->setText(tr("&Turn the POS bridge on"));
    m_portLabel->setText(tr("P&ort"));
    m_portLabel->setBuddy(m_port);
    m_port->setAccessibleName(tr("Port"));
    m_addressLabel->setText(tr("Base &URL"));
    m_addressLabel->setBuddy(m_address);
    m_address->setAccessibleName(tr("Base URL for the point of sale"));
    m_address->setToolTip(tr("The Astro base URL to enter in the point of sale."));
    m_folderLabel->setText(tr("&Sales folder"));
    m_folderLabel->setBuddy(m_folder);
    m_folder->setAccessibleName(tr("Sales folder"));
    m_folder->setPlaceholderText(tr("None"));
    m_folderButton->setText(tr("&Choose…"));
    m_folderButton->setAccessibleName(tr("Choose the sales folder"));
    m_folderNote->setText(tr("Sales files a POS drops here are recorded whole or not at all, "
                             "then moved to done/ or to rejected/."));
    m_follow->setText(tr("&Follow the POS"));
    m_followNote->setText(tr("The checkout opens the customer the POS is ringing up, unless a "
                             "visit with scans is under way."));
    m_statusGroup->setTitle(tr("Now"));
    m_state->setAccessibleName(tr("Bridge status"));
    m_accountsGroup->setTitle(tr("POS accounts"));
    m_accountsNote->setText(tr("The point of sale signs in with one of these, as it would with "
                               "Astro."));
    m_accountsView->setAccessibleName(tr("POS accounts"));
    m_accounts->setHorizontalHeaderLabels({tr("Name"), tr("Client id"), tr("Added on")});
    m_add->setText(tr("A&dd…"));
    m_add->setAccessibleName(tr("Add a POS account"));
    m_password->setText(tr("New &password…"));
    m_password->setAccessibleName(tr("New password for the POS account"));
    m_remove->setText(tr("Re&move…"));
    m_remove->setAccessibleName(tr("Remove the POS account"));
    m_save->setText(tr("Save"));
    showStatusText();
}

bool PosBridgeDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_accountsView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete)) {
            removeAccount();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            changePassword();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PosBridgeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        loadAccounts();
    }
    QDialog::changeEvent(event);
}

} // namespace astro::ui
