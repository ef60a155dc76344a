#include "SettingsDialog.h"

#include "ui/common/AppSettings.h"
#include "ui/common/FittingColumns.h"
#include "ui/common/Language.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"
#include "ui/shell/AppearanceGroup.h"
#include "ui/shell/BackupGroup.h"
#include "ui/shell/Diagnostics.h"
#include "ui/shell/PosBridgeDialog.h"
#include "ui/shell/SoundGroup.h"

#include "batches/BatchService.h"
#include "catalog/CatalogRepository.h"
#include "pos/BridgeSettings.h"
#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/Credentials.h"
#include "sync/SyncEngine.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace astro::ui {

namespace {

// What the sync said, from another thread.
struct SyncAnswer
{
    QString error;
    bool secure = false;
};

// Runs `work` on a thread of its own (it may wait on the network or the keychain) and hands its
// answer to `done` on the GUI thread, unless `context` is gone by then.
void inBackground(QObject* context, std::function<SyncAnswer()> work,
                  std::function<void(const SyncAnswer&)> done)
{
    auto answer = std::make_shared<SyncAnswer>();
    QThread* thread = QThread::create([work = std::move(work), answer] { *answer = work(); });
    QObject::connect(thread, &QThread::finished, context,
                     [done = std::move(done), answer] { done(*answer); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

// The sync engine on a connection of its own to the store's file: the GUI's connection belongs
// to the GUI thread.
SyncAnswer withEngine(const QString& path, const std::function<Status(sync::SyncEngine&)>& work)
{
    SyncAnswer answer;
    auto store = Store::open(path);
    if (!store) {
        answer.error = store.error().message;
        return answer;
    }
    sync::SyncEngine engine(**store);
    if (auto s = work(engine); !s)
        answer.error = s.error().message;
    answer.secure = engine.credentialsSecure();
    return answer;
}

} // namespace

SettingsDialog::SettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_counterGroup(new QGroupBox(this)),
      m_databaseLabel(new QLabel(this)), m_database(new QLineEdit(this)),
      m_databaseButton(new QPushButton(this)), m_databaseNote(new QLabel(this)),
      m_databaseInUse(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_idleLabel(new QLabel(this)), m_idle(new QSpinBox(this)),
      m_burstLabel(new QLabel(this)), m_burst(new QSpinBox(this)), m_burstNote(new QLabel(this)),
      m_displayLabel(new QLabel(this)), m_displayAuto(new QCheckBox(this)),
      m_displayLanguage(new QComboBox(this)), m_storeGroup(new QGroupBox(this)),
      m_locationLabel(new QLabel(this)), m_location(new QComboBox(this)),
      m_cadenceLabel(new QLabel(this)), m_cadence(new QComboBox(this)),
      m_syncGroup(new QGroupBox(this)), m_syncUrlLabel(new QLabel(this)),
      m_syncUrl(new QLineEdit(this)), m_syncUserLabel(new QLabel(this)),
      m_syncUser(new QLineEdit(this)), m_syncClientLabel(new QLabel(this)),
      m_syncClient(new QLineEdit(this)), m_syncPasswordLabel(new QLabel(this)),
      m_syncPassword(new QLineEdit(this)), m_credentialsNote(new QLabel(this)),
      m_syncBusy(new QProgressBar(this)), m_syncProgress(new QLabel(this)),
      m_posGroup(new QGroupBox(this)), m_posSummary(new QLabel(this)),
      m_posBridgeButton(new QPushButton(this)), m_backupGroup(new BackupGroup(session, this)),
      m_soundGroup(new SoundGroup(this)), m_appearanceGroup(new AppearanceGroup(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole)),
      m_diagnostics(m_buttons->addButton(QString(), QDialogButtonBox::HelpRole))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_storeGroup->setObjectName(QStringLiteral("storeSettings"));
    m_database->setReadOnly(true);
    m_databaseNote->setWordWrap(true);
    Theme::setRole(m_databaseNote, "hint");
    m_databaseInUse->setWordWrap(true);
    m_databaseInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_databaseInUse, "hint");
    m_burstNote->setWordWrap(true);
    Theme::setRole(m_burstNote, "hint");
    // Long location names ("Kat's Pet Food Shop — Toronto (Queen St.)") show whole in the list
    // and do not widen an Admin's settings past a 1024-pixel screen.
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(14);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(10);
    m_idle->setRange(1, 240);
    m_idle->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_burst->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_burst->setRange(10, 500);
    m_burst->setSingleStep(5);
    m_syncGroup->setObjectName(QStringLiteral("syncSettings"));
    m_syncUrl->setObjectName(QStringLiteral("syncUrl"));
    m_syncUser->setObjectName(QStringLiteral("syncUser"));
    m_syncClient->setObjectName(QStringLiteral("syncClientId"));
    m_syncPassword->setObjectName(QStringLiteral("syncPassword"));
    m_syncPassword->setEchoMode(QLineEdit::Password);
    m_credentialsNote->setWordWrap(true);
    m_syncBusy->setRange(0, 0);
    m_syncBusy->setTextVisible(false);
    m_syncBusy->setFixedSize(64, 10);
    m_syncBusy->hide();
    Theme::setRole(m_syncProgress, "hint");
    m_syncProgress->setWordWrap(true);
    m_syncProgress->hide();
    m_posGroup->setObjectName(QStringLiteral("posSettings"));
    m_posSummary->setObjectName(QStringLiteral("posSummary"));
    m_posSummary->setWordWrap(true);
    Theme::setRole(m_posSummary, "hint");
    m_posBridgeButton->setObjectName(QStringLiteral("posBridgeButton"));
    Theme::setRole(m_error, "error");
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    Theme::setRole(m_save, "primary");
    m_save->setDefault(true);
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);

    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_databaseButton);
    auto* counter = new QFormLayout(m_counterGroup);
    counter->setRowWrapPolicy(QFormLayout::DontWrapRows);
    counter->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    counter->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    counter->setVerticalSpacing(10);
    counter->addRow(m_languageLabel, m_language);
    counter->addRow(m_idleLabel, m_idle);
    // The customer display: whether it opens by itself on a second screen, and its language.
    // One above the other: side by side they would widen the dialog past a 1024-pixel screen.
    auto* displayRow = new QVBoxLayout;
    displayRow->addWidget(m_displayAuto);
    displayRow->addWidget(m_displayLanguage);
    m_displayAuto->setObjectName(QStringLiteral("customerDisplayAuto"));
    m_displayLanguage->setObjectName(QStringLiteral("customerDisplayLanguage"));
    m_displayLanguage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_displayLanguage->setMinimumContentsLength(10);
    m_displayLanguage->addItem(QString(), QString());
    for (const QString& code : Language::codes())
        m_displayLanguage->addItem(Language::nativeName(code), code);
    m_displayLabel->setBuddy(m_displayAuto);
    counter->addRow(m_displayLabel, displayRow);
    counter->addRow(m_burstLabel, m_burst);
    counter->addRow(m_burstNote);
    // A path is long: the field gets the dialog's whole width.
    counter->addRow(m_databaseLabel);
    counter->addRow(databaseRow);
    counter->addRow(m_databaseNote);
    counter->addRow(m_databaseInUse);

    auto* store = new QFormLayout(m_storeGroup);
    store->setRowWrapPolicy(QFormLayout::DontWrapRows);
    store->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    store->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    store->setVerticalSpacing(10);
    store->addRow(m_locationLabel, m_location);
    store->addRow(m_cadenceLabel, m_cadence);

    auto* syncProgress = new QHBoxLayout;
    syncProgress->addWidget(m_syncBusy);
    syncProgress->addWidget(m_syncProgress, 1);
    auto* syncForm = new QFormLayout;
    syncForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    syncForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    syncForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    syncForm->setVerticalSpacing(10);
    syncForm->addRow(m_syncUrlLabel, m_syncUrl);
    syncForm->addRow(m_syncUserLabel, m_syncUser);
    syncForm->addRow(m_syncClientLabel, m_syncClient);
    syncForm->addRow(m_syncPasswordLabel, m_syncPassword);
    // Below the form rather than in it: a form makes a wrapped note as wide as it would like.
    auto* syncLayout = new QVBoxLayout(m_syncGroup);
    syncLayout->setSpacing(10);
    syncLayout->addLayout(syncForm);
    syncLayout->addWidget(m_credentialsNote);
    syncLayout->addLayout(syncProgress);

    auto* posLayout = new QHBoxLayout(m_posGroup);
    posLayout->setSpacing(12);
    posLayout->addWidget(m_posSummary, 1);
    posLayout->addWidget(m_posBridgeButton, 0, Qt::AlignVCenter);

    // The sync server beside the rest while the screen is wide enough, below it otherwise.
    auto* columns = new FittingColumns(this);
    for (QWidget* group : {m_counterGroup, m_storeGroup})
        columns->add(0, group);
    for (QWidget* group : std::initializer_list<QWidget*>{m_soundGroup, m_appearanceGroup,
                                                          m_syncGroup, m_posGroup, m_backupGroup})
        columns->add(1, group);
    // Room for the server's address, never less than what the group's labels need.
    m_syncUrl->setMinimumWidth(200);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Around the groups: the margins, the buttons, a title bar and a desktop panel.
    columns->setChrome({72, 260});

    connect(m_databaseButton, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    connect(m_posBridgeButton, &QPushButton::clicked, this, &SettingsDialog::openPosBridge);
    connect(m_diagnostics, &QPushButton::clicked, this, &SettingsDialog::copyDiagnostics);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Only the parts the signed-in role may change are shown at all.
    m_storeGroup->setVisible(m_session.allows(Permission::ManageSettings));
    // Where the store's file lives is for whoever looks after the counter, not for cashiers.
    for (QWidget* row : std::initializer_list<QWidget*>{
             m_databaseLabel, m_database, m_databaseButton, m_databaseNote, m_databaseInUse})
        row->setVisible(m_session.allows(Permission::ManageSettings));
    m_cadence->setVisible(m_session.allows(Permission::ManageBatches));
    m_cadenceLabel->setVisible(m_session.allows(Permission::ManageBatches));
    // The sync server and its password are an Admin's.
    m_syncGroup->setVisible(m_session.allows(Permission::ManageSync));
    // So is the POS bridge: it lets another program record sales and holds its passwords.
    m_posGroup->setVisible(m_session.allows(Permission::ManageSync));
    retranslate();
    load();
    loadSync();
}

QString SettingsDialog::credentialsNoteText() const
{
    return m_credentialsNote->text();
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

void SettingsDialog::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(
        Diagnostics::collect(m_session.store(), m_backupGroup->dailyBackup()));
    m_diagnostics->setText(tr("Diagnostics copied"));
}

void SettingsDialog::setDailyBackup(DailyBackup* backups)
{
    m_backupGroup->setDailyBackup(backups);
    m_backupGroup->setVisible(backups && m_session.allows(Permission::ManageSettings));
}

PosBridgeDialog* SettingsDialog::posBridgeDialog() const
{
    return m_posBridge;
}

void SettingsDialog::openPosBridge()
{
    if (!m_session.allows(Permission::ManageSync))
        return;
    if (m_posBridge) {
        m_posBridge->raise();
        m_posBridge->activateWindow();
        return;
    }
    auto* dialog = new PosBridgeDialog(m_session, m_bridgeService, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PosBridgeDialog::saved, this, [this] {
        showPosSummary();
        emit bridgeConfigured();
    });
    m_posBridge = dialog;
    dialog->open();
}

void SettingsDialog::showPosSummary()
{
    if (!m_posGroup->isVisibleTo(this))
        return;
    auto settings = BridgeSettings::load(m_session.store());
    if (!settings)
        m_posSummary->setText(settings.error().message);
    else if (settings->enabled)
        m_posSummary->setText(
            tr("On, at port %1, for a point of sale on this computer.").arg(settings->port));
    else
        m_posSummary->setText(tr("Off. A point of sale that speaks Astro's API can record its "
                                 "sales on this counter."));
}

void SettingsDialog::load()
{
    m_initialDatabase = AppSettings::databasePath();
    m_database->setText(m_initialDatabase.isEmpty() ? m_session.store().db().path()
                                                    : m_initialDatabase);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::current())));
    m_idle->setValue(AppSettings::idleLockMinutes());
    m_burst->setValue(AppSettings::scannerBurstMs());
    m_displayAuto->setChecked(AppSettings::customerDisplayAuto());
    m_displayLanguage->setCurrentIndex(
        qMax(0, m_displayLanguage->findData(AppSettings::customerDisplayLanguage())));

    if (!m_storeGroup->isVisibleTo(this))
        return;
    m_location->clear();
    auto locations = m_session.store().catalog().locations();
    if (locations)
        for (const Location& l : *locations)
            m_location->addItem(QStringLiteral("%1 (%2)").arg(l.name, l.id), l.id);
    else
        m_error->setText(locations.error().message);
    m_location->setCurrentIndex(m_location->findData(m_session.locationId()));
    auto cadence = m_session.store().batches().cadence();
    m_cadence->setCurrentIndex(cadence ? qMax(0, m_cadence->findData(toCode(*cadence))) : 0);
}

void SettingsDialog::loadSync()
{
    if (!m_syncGroup->isVisibleTo(this))
        return;
    auto config = sync::SyncConfig::load(m_session.store());
    if (!config) {
        m_error->setText(config.error().message);
        return;
    }
    m_syncConfigured = config->configured();
    m_initialSyncUrl = m_syncConfigured ? config->url.toString() : sync::SyncConfig::defaultUrl();
    m_initialSyncUser = config->username;
    m_initialSyncClient = config->clientId;
    m_syncUrl->setText(m_initialSyncUrl);
    m_syncUrl->setCursorPosition(0);
    m_syncUser->setText(m_initialSyncUser);
    m_syncClient->setText(m_initialSyncClient);
    m_syncPassword->clear();
    m_syncPassword->setPlaceholderText(
        m_syncConfigured ? tr("Needed only to change the sync settings") : QString());
    // Asking the keychain may take seconds: not on the GUI thread.
    inBackground(
        this,
        [path = m_session.store().db().path()] {
            return withEngine(path, [](sync::SyncEngine&) { return Status(); });
        },
        [this](const SyncAnswer& answer) {
            if (!answer.error.isEmpty())
                return;
            m_credentialsSecure = answer.secure ? 1 : 0;
            showCredentialsNote();
        });
}

void SettingsDialog::showCredentialsNote()
{
    if (m_credentialsSecure < 0) {
        m_credentialsNote->setText(tr("Checking where the password is kept…"));
        Theme::setRole(m_credentialsNote, "hint");
    } else {
        // Either way only this account reads it: a hint, not a warning.
        m_credentialsNote->setText(sync::Credentials::whereKept(
            m_credentialsSecure == 1,
            sync::Credentials::filePathFor(m_session.store().db().path())));
        Theme::setRole(m_credentialsNote, "hint");
    }
}

bool SettingsDialog::syncChanged() const
{
    return m_syncGroup->isVisibleTo(this) &&
           (m_syncUrl->text().trimmed() != m_initialSyncUrl ||
            m_syncUser->text().trimmed() != m_initialSyncUser ||
            m_syncClient->text().trimmed() != m_initialSyncClient ||
            !m_syncPassword->text().isEmpty());
}

void SettingsDialog::checkSync()
{
    sync::SyncConfig config;
    config.url = QUrl(m_syncUrl->text().trimmed(), QUrl::StrictMode);
    config.username = m_syncUser->text().trimmed();
    config.clientId = m_syncClient->text().trimmed();
    if (config.clientId.isEmpty())
        config.clientId = QStringLiteral("astro-counter");
    const QString password = m_syncPassword->text();
    if (auto s = sync::ApiClient::checkUrl(config.url); !s) {
        m_error->setText(s.error().message);
        m_syncUrl->setFocus();
        return;
    }
    if (config.username.isEmpty()) {
        m_error->setText(tr("Enter the sync user name."));
        m_syncUser->setFocus();
        return;
    }
    if (password.isEmpty()) {
        m_error->setText(tr("Enter the sync password: the server checks it before the sync "
                            "settings are saved."));
        m_syncPassword->setFocus();
        return;
    }
    m_checkingSync = true;
    m_buttons->setEnabled(false);
    m_syncGroup->setEnabled(false);
    m_syncBusy->show();
    m_syncProgress->setText(tr("Checking the user name and password with the server…"));
    m_syncProgress->show();
    inBackground(
        this,
        [path = m_session.store().db().path(), actor = m_session.actor(), config, password] {
            return withEngine(path, [&](sync::SyncEngine& engine) {
                return engine.configure(actor, config, password, true);
            });
        },
        [this](const SyncAnswer& answer) { syncChecked(answer.error, answer.secure); });
}

void SettingsDialog::syncChecked(const QString& error, bool secure)
{
    m_checkingSync = false;
    m_buttons->setEnabled(true);
    m_syncGroup->setEnabled(true);
    m_syncBusy->hide();
    m_syncProgress->hide();
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    m_credentialsSecure = secure ? 1 : 0;
    showCredentialsNote();
    m_syncConfigured = true;
    m_initialSyncUrl = m_syncUrl->text().trimmed();
    m_initialSyncUser = m_syncUser->text().trimmed();
    m_initialSyncClient = m_syncClient->text().trimmed();
    m_syncPassword->clear();
    emit syncConfigured();
    save();
}

void SettingsDialog::reject()
{
    if (!m_checkingSync)
        QDialog::reject();
}

void SettingsDialog::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_database->text(),
                                                      tr("Astro Counter database (*.sqlite)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(path);
}

void SettingsDialog::accept()
{
    if (m_checkingSync)
        return;
    m_error->clear();
    if (syncChanged())
        checkSync(); // saves the rest when the server said yes
    else
        save();
}

void SettingsDialog::save()
{
    m_error->clear();
    if (m_storeGroup->isVisibleTo(this)) {
        const QString location = m_location->currentData().toString();
        if (!location.isEmpty() && location != m_session.locationId())
            if (auto s = m_session.setLocation(location); !s) {
                m_error->setText(s.error().message);
                return;
            }
        if (m_cadence->isVisibleTo(this)) {
            const auto chosen = fromCode<BatchCadence>(m_cadence->currentData().toString());
            auto current = m_session.store().batches().cadence();
            if (chosen && (!current || *current != *chosen)) {
                if (auto s = m_session.store().batches().setCadence(m_session.actor(), *chosen);
                    !s) {
                    m_error->setText(s.error().message);
                    return;
                }
                m_session.notifyChanged();
            }
        }
    }
    AppSettings::setIdleLockMinutes(m_idle->value());
    AppSettings::setScannerBurstMs(m_burst->value());
    AppSettings::setCustomerDisplayAuto(m_displayAuto->isChecked());
    AppSettings::setCustomerDisplayLanguage(m_displayLanguage->currentData().toString());
    m_soundGroup->save();
    m_appearanceGroup->save();
    const QString database = m_database->text();
    if (database != m_session.store().db().path() || !m_initialDatabase.isEmpty())
        AppSettings::setDatabasePath(database);
    const QString language = m_language->currentData().toString();
    emit applied();
    QDialog::accept();
    // Last: the whole app retranslates, this dialog included.
    if (language != Language::current() || AppSettings::language() != language)
        Language::choose(language);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_counterGroup->setTitle(tr("This counter"));
    m_languageLabel->setText(tr("Language"));
    m_idleLabel->setText(tr("Lock after (minutes without use)"));
    m_idle->setSuffix(tr(" min"));
    m_displayLabel->setText(tr("&Customer display"));
    m_displayAuto->setText(tr("On a second screen"));
    m_displayAuto->setToolTip(tr("Opens by itself on a screen facing the customer; Ctrl+Shift+D "
                                 "shows or hides it."));
    m_displayLanguage->setItemText(0, tr("Counter's language"));
    m_displayLanguage->setAccessibleName(tr("Customer display language"));
    m_burstLabel->setText(tr("Scanner: most time between keystrokes"));
    m_burst->setSuffix(tr(" ms"));
    m_burstNote->setText(tr("A barcode scanner types a whole code faster than this; a person "
                            "typing never does."));
    m_databaseLabel->setText(tr("Database file"));
    m_databaseButton->setText(tr("Change…"));
    m_databaseNote->setText(tr("A new database file is used from the next start."));
    m_databaseInUse->setText(tr("In use now: %1").arg(m_session.store().db().path()));
    m_storeGroup->setTitle(tr("Store (Manager and Admin)"));
    m_locationLabel->setText(tr("Counter location"));
    m_cadenceLabel->setText(tr("Retailer batches close"));
    m_syncGroup->setTitle(tr("Sync with the Astro server (Admin)"));
    m_posGroup->setTitle(tr("Point of sale (Admin)"));
    m_posBridgeButton->setText(tr("&POS bridge…"));
    showPosSummary();
    m_syncUrlLabel->setText(tr("Server address"));
    m_syncUserLabel->setText(tr("User name"));
    m_syncClientLabel->setText(tr("Client id"));
    m_syncPasswordLabel->setText(tr("Password"));
    m_syncPassword->setPlaceholderText(
        m_syncConfigured ? tr("Needed only to change the sync settings") : QString());
    if (m_checkingSync)
        m_syncProgress->setText(tr("Checking the user name and password with the server…"));
    showCredentialsNote();
    const QVariant cadence = m_cadence->currentData();
    m_cadence->clear();
    for (BatchCadence c : {BatchCadence::Weekly, BatchCadence::BiWeekly, BatchCadence::Monthly})
        m_cadence->addItem(label(c), toCode(c));
    if (cadence.isValid())
        m_cadence->setCurrentIndex(qMax(0, m_cadence->findData(cadence)));
    m_save->setText(tr("Save"));
    m_diagnostics->setText(tr("Copy &diagnostics"));
    m_diagnostics->setToolTip(tr("Copies what support needs to know about this counter, to paste "
                                 "into your message to them. It holds no password."));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
