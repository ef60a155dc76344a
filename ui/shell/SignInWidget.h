#pragma once

#include "ui/shell/SignInThrottle.h"

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace astro::ui {

class Session;
class UserListModel;

// The sign-in screen: pick your name, type your PIN. Wrong PINs slow the next try down, with
// a countdown. An empty store offers to create its first Admin.
class SignInWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SignInWidget(Session& session, QWidget* parent = nullptr);

    // Gets ready for the next person: fresh user list, `name` preselected (or nobody).
    void prepare(const QString& name = {});
    // Tries the selected user and the typed PIN.
    void attempt();

    SignInThrottle& throttle() { return m_throttle; }
    QListView* userList() const { return m_users; }
    QLineEdit* pinField() const { return m_pin; }
    QPushButton* signInButton() const { return m_signIn; }
    QString errorText() const;
    QString countdownText() const;

signals:
    void signedIn(const Actor& actor);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void setError(const QString& text);
    void updateWaiting();
    void updateEmptyStore();
    void createFirstUser();
    QString selectedName() const;

    Session& m_session;
    SignInThrottle m_throttle;
    UserListModel* m_model;
    QLabel* m_appName;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_whoLabel;
    QListView* m_users;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    QLabel* m_error;
    QLabel* m_countdown;
    QPushButton* m_signIn;
    QLabel* m_noUsers;
    QPushButton* m_firstUser;
    QLabel* m_location;
    QTimer* m_tick;
};

} // namespace astro::ui
