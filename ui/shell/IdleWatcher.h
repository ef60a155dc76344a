#pragma once

#include <QObject>

class QTimer;

namespace astro::ui {

// Notices when nobody has touched the keyboard or mouse for a while (the counter left
// unattended), so the app can lock itself.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(int ms);
    int timeout() const;
    // Only a signed-in session can go idle.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Counts as activity (e.g. after a successful sign-in).
    void poke();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    bool m_active = false;
};

} // namespace astro::ui
