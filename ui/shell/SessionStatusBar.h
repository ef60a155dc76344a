#pragma once

#include <QStatusBar>

class QLabel;
class QPushButton;
class QTimer;

namespace astro::ui {

class Session;

// The bottom line: where the counter is, who is signed in, how many changes wait to be sent to
// Astro, and a warning when a program sits in Temporary Holding here.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(Session& session, QWidget* parent = nullptr);

    void refresh();

    QString locationText() const;
    QString userText() const;
    QString syncText() const;
    QString heldText() const;
    bool heldWarningShown() const;

signals:
    void heldWarningClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    Session& m_session;
    QLabel* m_location;
    QLabel* m_user;
    QLabel* m_sync;
    QPushButton* m_held;
    QTimer* m_timer;
};

} // namespace astro::ui
