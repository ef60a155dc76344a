#pragma once

#include "bridge/BridgeStatus.h"
#include "pos/PosUserStore.h"

#include <QDialog>
#include <QPointer>

#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace astro::bridge {
class BridgeService;
}

namespace astro::ui {

class Session;

// The POS bridge, for an Admin: whether it runs, its port on 127.0.0.1 (and the address a POS
// uses), the folder a POS drops its sales files in, whether the checkout follows the POS; what
// the bridge is doing now; and the POS accounts allowed to call it. Save stores the settings
// (and says so, or why the engine refused); an account is added, changed or removed at once.
class PosBridgeDialog : public QDialog
{
    Q_OBJECT

public:
    enum AccountColumn
    {
        NameColumn,
        ClientColumn,
        AddedColumn,
        ColumnCount
    };

    // `service`, when given, reports the bridge's state as it changes.
    explicit PosBridgeDialog(Session& session, bridge::BridgeService* service = nullptr,
                             QWidget* parent = nullptr);

    // Saves the settings through the engine; the dialog stays open to show what the bridge does.
    void save();
    void chooseFolder();
    void addAccount();
    void changePassword();
    // Asks first.
    void removeAccount();

    QCheckBox* enabledBox() const { return m_enabled; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* addressField() const { return m_address; }
    QLineEdit* folderField() const { return m_folder; }
    QPushButton* folderButton() const { return m_folderButton; }
    QCheckBox* followBox() const { return m_follow; }
    QTableView* accountsView() const { return m_accountsView; }
    QStandardItemModel* accountsModel() const { return m_accounts; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* passwordButton() const { return m_password; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* saveButton() const { return m_save; }
    QString statusText() const;
    // The engine's refusal, if the last action was refused.
    QString errorText() const;
    // What the last action did, when it worked.
    QString messageText() const;
    // The account dialog or the removal question open over this one, if any.
    QDialog* childDialog() const { return m_child; }

signals:
    // The settings were saved: the bridge starts, stops or moves as they now say.
    void saved();

public slots:
    void showStatus(const astro::bridge::BridgeStatus& status);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void loadAccounts(qint64 select = 0);
    void fitToContents();
    void updateAddress();
    void updateButtons();
    void showStatusText();
    void showMessage(const QString& text, bool error);
    void openChild(QDialog* dialog);
    int selectedRow() const;

    Session& m_session;
    QPointer<bridge::BridgeService> m_service;
    bridge::BridgeStatus m_status;
    std::vector<PosUser> m_accountList;
    QPointer<QDialog> m_child;
    QLabel* m_intro;
    QGroupBox* m_bridgeGroup;
    QCheckBox* m_enabled;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_folderButton;
    QLabel* m_folderNote;
    QCheckBox* m_follow;
    QLabel* m_followNote;
    QGroupBox* m_statusGroup;
    QLabel* m_state;
    QLabel* m_activity;
    QGroupBox* m_accountsGroup;
    QLabel* m_accountsNote;
    QStandardItemModel* m_accounts;
    QTableView* m_accountsView;
    QPushButton* m_add;
    QPushButton* m_password;
    QPushButton* m_remove;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
};

} // namespace astro::ui
