#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace astro::ui {

class Session;

// The counter's settings. Everyone: language, idle lock, scanner timing and the database file
// (used from the next start). Managers and Admins also: the counter's location and how often
// retailer batches close.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Session& session, QWidget* parent = nullptr);

    // Saves and applies; stays open and says why when the engine refuses something.
    void accept() override;

    QGroupBox* storeGroup() const { return m_storeGroup; }
    QComboBox* languageBox() const { return m_language; }
    QSpinBox* idleBox() const { return m_idle; }
    QSpinBox* burstBox() const { return m_burst; }
    QComboBox* locationBox() const { return m_location; }
    QComboBox* cadenceBox() const { return m_cadence; }
    QString errorText() const;

signals:
    // The counter's own preferences changed (idle lock, scanner timing).
    void applied();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void chooseDatabase();

    Session& m_session;
    QGroupBox* m_counterGroup;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QPushButton* m_databaseButton;
    QLabel* m_databaseNote;
    QLabel* m_databaseInUse;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_idleLabel;
    QSpinBox* m_idle;
    QLabel* m_burstLabel;
    QSpinBox* m_burst;
    QLabel* m_burstNote;
    QGroupBox* m_storeGroup;
    QLabel* m_locationLabel;
    QComboBox* m_location;
    QLabel* m_cadenceLabel;
    QComboBox* m_cadence;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QString m_initialDatabase;
};

} // namespace astro::ui
