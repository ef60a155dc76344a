#pragma once

#include "ui/backoffice/BackOfficePage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace astro::ui {

class MessageStrip;
class Session;
class UserTableModel;

// The store's users (Admins): name, role and whether they can sign in; add a user, reset a
// PIN, change a role, disable or enable, unlock after too many wrong PINs — each confirmed, each
// done by the engine (which writes the audit log and the event, and keeps the last active Admin).
class UsersPage : public BackOfficePage
{
    Q_OBJECT

public:
    explicit UsersPage(Session& session, QWidget* parent = nullptr);

    bool selectUser(const QString& name);

    void addUser();
    void resetPin();
    void changeRole();
    // Disables the selected user, or enables them when disabled.
    void toggleActive();
    // Lets the selected user, locked out by too many wrong PINs, sign in again now.
    void unlock();

    UserTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* pinButton() const { return m_pin; }
    QPushButton* roleButton() const { return m_role; }
    QPushButton* activeButton() const { return m_active; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* lockNote() const { return m_lockNote; }
    MessageStrip* messageStrip() const { return m_strip; }

protected:
    void load() override;
    void userChanged() override { refresh(); }

private:
    void retranslate();
    void updateActions();
    // The selected user's row, or -1.
    int selectedRow() const;
    // After a change the engine accepted: the list, the selection and the other screens follow.
    void changed(const QString& userName, const QString& message);

    Session& m_session;
    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_roleHint;
    MessageStrip* m_strip;
    UserTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_pin;
    QPushButton* m_role;
    QPushButton* m_active;
    QPushButton* m_unlock;
    QLabel* m_lockNote;
};

} // namespace astro::ui
