#pragma once

#include "backup/BackupFolder.h"
#include "catalog/CatalogImporter.h"
#include "common/Clock.h"
#include "engine/VisitService.h"
#include "store/Store.h"
#include "users/UserStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace astro::test {

// A fresh store in its own temporary folder, with a clock the test moves, and the users of
// each role. Each test function makes its own: nothing is shared between tests.
class TestStore
{
public:
    explicit TestStore(const QDateTime& now = QDateTime(QDate(2026, 11, 16), QTime(15, 0),
                                                        Qt::UTC));

    Store& store() { return *m_store; }
    // Closes the store (a restore replaces the file of a store no one has open).
    void close() { m_store.reset(); }
    // A checked backup of the store, now, into its backup folder (fails the test if refused).
    BackupFile backUp(const QString& reason = QStringLiteral("daily"));
    Store* operator->() { return m_store.get(); }
    FixedClock& clock() { return *m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString dir() const { return m_dir.path(); }

    // Imports a catalog document (fails the test if it is refused).
    void importCatalog(const QByteArray& json);
    // The demo catalog, users, enrollments and history.
    void loadDemo();

    // Enrolls the small catalog's locations: LOC-A in PRG-DIST (DST-ON, "ON-1001"), PRG-RET,
    // PRG-DIRECT ("ACME-77"), PRG-HOLD (Temporary Holding), OFR-BOGO (DST-ON), OFR-REBATE;
    // LOC-B in PRG-DIST (DST-NY, "NY-55").
    void enrollDefaults();
    // A new customer "First Last" with a made-up phone.
    qint64 addCustomer(const QString& first = QStringLiteral("Hélène"),
                       const QString& last = QStringLiteral("Côté"));

    // Users created on first use; their location is `location`.
    Actor admin(const QString& location = QStringLiteral("LOC-A"));
    Actor manager(const QString& location = QStringLiteral("LOC-A"));
    Actor cashier(const QString& location = QStringLiteral("LOC-A"));

private:
    Actor user(const QString& name, Role role, const QString& location);

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Store> m_store;
};

// Overwrites most of the first page of `table` in the database file at `path`, as a failing disk
// would (the store must be closed).
void damageTable(const QString& path, const QString& table);

// Takes the closed store at `path` back to schema 7, as stores were before the totals per day
// (storage/DailyTotals): drops their triggers and tables, and what came after them. Returns how
// many of the totals' triggers it dropped; fails the test on an error.
int schema7(const QString& path);

// How many events the store's log holds whose type starts with `typePrefix` (all when empty);
// -1 when the log cannot be read.
qint64 eventCount(TestStore& ts, const QString& typePrefix = {});

// A file's permission bits (0600 for owner-only), or -1 when it does not exist.
int fileMode(const QString& path);

// A small, complete catalog for engine tests; tests/support/TestStore.cpp lists it.
QByteArray smallCatalog();
// The UPC-A (12 digits) of a product of the small catalog by its short name ("ANY-1", "LV-3").
QString upc(const char* name);

// A catalog (the small one by default) imported, and enrollDefaults().
void ready(TestStore& ts, const QByteArray& catalog = smallCatalog());
// A scan line for a small-catalog product by its short name.
ScanLine line(const char* name, int quantity = 1);

// Declares `var` as the value of a Result, failing the test when it is an error.
#define TAKE(var, expr)                                                                            \
    auto var##Result_ = (expr);                                                                    \
    ASTRO_VERIFY_OK(var##Result_);                                                                 \
    auto& var = var##Result_.value()

// Fails the current test with the error's message when `result` is an error.
#define ASTRO_VERIFY_OK(result)                                                                    \
    do {                                                                                           \
        const auto& astroResult_ = (result);                                                       \
        if (!astroResult_.ok())                                                                    \
            QFAIL(qPrintable(astroResult_.error().message));                                       \
    } while (false)

} // namespace astro::test
