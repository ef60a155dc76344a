#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "pos/SaleFile.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace astro {

class Store;

// What importing a sales file came to.
struct SaleImport
{
    int lines = 0;             // the file's sales lines: recorded now, or already before
    QStringList customerUuids; // the customers touched (customers.uuid), in file order
    // Why the file was refused, line by line; when there is any, nothing was recorded.
    std::vector<SaleProblem> refused;
    // Lines of items on no loyalty card or offer running here (a POS exports all its sales,
    // litter and toys too): not recorded, and no reason to refuse the file.
    std::vector<SaleProblem> skipped;

    bool recorded() const { return refused.empty(); }
    int recordedLines() const { return lines - int(skipped.size()); }
};

// Records one sales file whole or not at all, through Astro's public addTransactionBatch (one call
// per customer, in file order) inside one transaction: the same engine, rules and replay key as
// a POS calling the API, so that a file imported twice records nothing twice.
class SaleFileImporter
{
    Q_DECLARE_TR_FUNCTIONS(SaleFileImporter)

public:
    // `actor` is who the sales are recorded by: its location is where.
    SaleFileImporter(Store& store, Actor actor) : m_store(store), m_actor(std::move(actor)) {}

    // An error when the store failed (locked, damaged) or this counter cannot record sales (no
    // location, a role without checkout): nothing was recorded, and the same file may be tried
    // again. What the file or the engine refused comes back in `refused`.
    Result<SaleImport> import(const SaleFile& file);

private:
    // A customer named by the file, and the lines that are theirs.
    struct CustomerLines
    {
        qint64 id = 0;
        QString uuid;
        std::vector<const SaleLine*> lines;
    };

    // The customer a line names; nothing, with `refusal` saying why, when none or several match.
    Result<std::optional<qint64>> customerOf(const SaleLine& line, QString& refusal);
    Result<std::optional<qint64>> byContact(const QString& phone, const QString& email,
                                            QString& refusal);
    // Records one customer's lines; the lines the engine refused or skipped are added to `result`.
    Status record(const CustomerLines& customer, SaleImport& result);

    Store& m_store;
    Actor m_actor;
};

} // namespace astro
