#include "SettingsDialog.h"

#include "ui/common/AppSettings.h"
#include "ui/common/Language.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "batches/BatchService.h"
#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace astro::ui {

SettingsDialog::SettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_counterGroup(new QGroupBox(this)),
      m_databaseLabel(new QLabel(this)), m_database(new QLineEdit(this)),
      m_databaseButton(new QPushButton(this)), m_databaseNote(new QLabel(this)),
      m_databaseInUse(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_idleLabel(new QLabel(this)), m_idle(new QSpinBox(this)),
      m_burstLabel(new QLabel(this)), m_burst(new QSpinBox(this)), m_burstNote(new QLabel(this)),
      m_storeGroup(new QGroupBox(this)), m_locationLabel(new QLabel(this)),
      m_location(new QComboBox(this)), m_cadenceLabel(new QLabel(this)),
      m_cadence(new QComboBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
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
    m_idle->setRange(1, 240);
    m_idle->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_burst->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_burst->setRange(10, 500);
    m_burst->setSingleStep(5);
    Theme::setRole(m_error, "error");
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(m_counterGroup);
    layout->addWidget(m_storeGroup);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Never smaller than what the labels need, in any language.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(620);

    connect(m_databaseButton, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Only the parts the signed-in role may change are shown at all.
    m_storeGroup->setVisible(m_session.allows(Permission::ManageSettings));
    m_cadence->setVisible(m_session.allows(Permission::ManageBatches));
    m_cadenceLabel->setVisible(m_session.allows(Permission::ManageBatches));
    retranslate();
    load();
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

void SettingsDialog::load()
{
    m_initialDatabase = AppSettings::databasePath();
    m_database->setText(m_initialDatabase.isEmpty() ? m_session.store().db().path()
                                                    : m_initialDatabase);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::current())));
    m_idle->setValue(AppSettings::idleLockMinutes());
    m_burst->setValue(AppSettings::scannerBurstMs());

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
    const QVariant cadence = m_cadence->currentData();
    m_cadence->clear();
    for (BatchCadence c : {BatchCadence::Weekly, BatchCadence::BiWeekly, BatchCadence::Monthly})
        m_cadence->addItem(label(c), toCode(c));
    if (cadence.isValid())
        m_cadence->setCurrentIndex(qMax(0, m_cadence->findData(cadence)));
    m_save->setText(tr("Save"));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
