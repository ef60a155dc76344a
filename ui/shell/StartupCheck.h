#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QWidget;

namespace astro {
class Store;
}

namespace astro::ui {

class BackgroundReader;
class DailyBackup;

// SQLite's check of the store (Database::checkIntegrity), once after the app starts, on a thread
// and connection of its own (about 2 s for a chain's 2.5 GB store): a damaged store is marked,
// so nothing more is recorded into it, and said at once, with the last good backup and how to
// put it back.
class StartupCheck : public QObject
{
    Q_OBJECT

public:
    // `window` shows the warning (none in tests); `backups` names the last good backup.
    StartupCheck(Store& store, DailyBackup* backups, QWidget* window, QObject* parent = nullptr);
    ~StartupCheck() override;

    void start();
    // The warning shown for a damaged store (SQLite's words for the problem are its details).
    QString warningText() const;

signals:
    // The check started (the status bar says so while it runs).
    void checking();
    // The check is over: `problem` is empty for a whole store.
    void finished(const QString& problem);

private:
    Store& m_store;
    QPointer<DailyBackup> m_backups;
    QPointer<QWidget> m_window;
    std::unique_ptr<BackgroundReader> m_reader;
};

} // namespace astro::ui
