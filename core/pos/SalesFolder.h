#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "pos/SaleFileImporter.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;

namespace astro {

class Store;

// The POS bridge's watched folder (docs/pos-bridge.md, "Sales files"): imports each *.csv a POS
// drops there once it has stopped changing, then moves it to done/, or to rejected/ with a
// <name>.reasons.txt saying why. A storage failure (or a counter that cannot record sales yet)
// leaves the file in place to be tried again.
// Imports run on this object's thread, with its store: give it a thread of its own (and a store
// opened there) when a blocked event loop would matter.
class SalesFolder : public QObject
{
    Q_OBJECT

public:
    // `store` outlives this; `actor` is who the imports act as (its location is where sales are
    // recorded).
    SalesFolder(Store& store, Actor actor, QObject* parent = nullptr);
    ~SalesFolder() override;

    // Watches `folder` (creating it and its done/ and rejected/ if needed) and imports what is
    // already there. A translated error when the folder cannot be used.
    Status watch(const QString& folder);
    void stop();
    // Looks at the folder now (tests call this instead of waiting for the watcher).
    void scanNow();

    // How often the folder is looked at when the watcher says nothing (a network share may
    // never say anything), and how soon a file that just changed is looked at again.
    static constexpr int pollMs = 5000;
    static constexpr int settleMs = 1000;

signals:
    // `fileName` is the name in the folder, without its path.
    void imported(const QString& fileName, int lines, const QStringList& customerUuids);
    void rejected(const QString& fileName, const QString& reasons);
    void failed(const QString& fileName, const QString& error); // will be retried

private:
    // A file's size and time at the last look: a file is read only when they did not change
    // between two looks, since the POS may still be writing it.
    struct Look
    {
        qint64 size = -1;
        QDateTime modified;
        bool failed = false; // it stayed in the folder after an attempt
    };
    enum class Outcome
    {
        Moved,       // to done/ or rejected/
        Failed,      // this file could not be read or moved: the others may be fine
        StoreFailed, // the store refused: every other file would wait for it the same way
    };

    // `retryFailed`: whether files that failed are tried again. The periodic poll and scanNow()
    // retry; a look because something changed in the folder (often our own moves) does not, so
    // that a locked store is not waited for at every change.
    void look(bool retryFailed);
    Outcome importFile(const QString& fileName);
    Outcome moveToDone(const QString& fileName, const SaleImport& result);
    Outcome moveToRejected(const QString& fileName, const QString& reasons);
    // A free name for `fileName` in `subfolder`: the same name, or with the time added.
    QString freeTarget(const QString& subfolder, const QString& fileName) const;

    Store& m_store;
    Actor m_actor;
    QString m_folder; // empty: not watching
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_poll;
    QTimer m_settle;
    QHash<QString, Look> m_looks;
    bool m_scanning = false;
    int m_generation = 0; // changes at every stop(): a look in progress then ends
};

} // namespace astro
