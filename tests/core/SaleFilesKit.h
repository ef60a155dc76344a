#pragma once

// What the sales-file tests share: sample files on the demo store's products and customers, and a
// counter (the demo store) watching a folder of its own.
#include "TestStore.h"

#include "customers/CustomerStore.h"
#include "pos/SaleFile.h"
#include "pos/SaleFileImporter.h"
#include "pos/SalesFolder.h"
#include "wire/PublicApi.h"
#include "wire/WireNames.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace salefiles {

using namespace astro;
using namespace astro::test;

inline const QByteArray header =
    "transaction_id,sold_at,customer_id,phone,email,upc,quantity,price\n";

// Demo products at the Toronto store: on the large dog kibble card, the treats card (Northwind
// club) and the cans card.
const char* const kibble = "084721100287";
const char* const treats = "084721103509";
const char* const cans = "084721102809";
// A well-formed UPC that the demo catalog does not have.
const char* const unknownUpc = "012345678905";

// Two demo customers, Hélène Côté by phone and Marc-André Bélanger by email.
inline QByteArray goodFile(const QByteArray& idPrefix = "T")
{
    return header + idPrefix + "-1,2026-11-15T14:05:00,,416-555-0123,," + kibble + ",1,79.99\n" +
           idPrefix + "-2,2026-11-15T14:05:00,,416-555-0123,," + treats + ",2,\n" + idPrefix +
           "-3,2026-11-16T09:30:00-05:00,,,MA.Belanger@example.ca," + cans + ",6,3.79\n";
}

inline void writeFile(const QString& path, const QByteArray& data, QIODevice::OpenMode mode = {})
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | mode), qPrintable(f.errorString()));
    QCOMPARE(f.write(data), data.size());
}

inline QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

inline bool hasProblem(const std::vector<SaleProblem>& problems, int line, const QString& text)
{
    for (const SaleProblem& p : problems)
        if (p.line == line && p.message.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

inline QString describe(const std::vector<SaleProblem>& problems)
{
    return SaleFile::describe(problems);
}

// A demo store, a cashier at the Toronto store and a watched folder in the store's folder.
struct Counter
{
    TestStore ts;
    Actor cashier;
    QString folder;
    SalesFolder sales;
    QSignalSpy imported;
    QSignalSpy rejected;
    QSignalSpy failed;

    Counter()
        : ts(), cashier(prepare(ts)), folder(ts.dir() + QStringLiteral("/pos-sales")),
          sales(ts.store(), cashier), imported(&sales, &SalesFolder::imported),
          rejected(&sales, &SalesFolder::rejected), failed(&sales, &SalesFolder::failed)
    {}

    static Actor prepare(TestStore& ts)
    {
        ts.loadDemo();
        return ts.cashier(QStringLiteral("LOC-TORONTO"));
    }

    QString path(const QString& name) const { return folder + QLatin1Char('/') + name; }
    QString done() const { return folder + QStringLiteral("/done"); }
    QString rejectedDir() const { return folder + QStringLiteral("/rejected"); }

    int count(const char* sql)
    {
        auto n = ts->db().scalar(QString::fromLatin1(sql));
        return n ? n->toInt() : -1;
    }
    QString uuidByPhone(const QString& phone)
    {
        auto found = ts->customers().sameContact(phone, {});
        return found && found->size() == 1 ? found->front().uuid : QString();
    }
    // The two looks a file needs before it is read.
    void settle()
    {
        sales.scanNow();
        sales.scanNow();
    }
};

} // namespace salefiles
