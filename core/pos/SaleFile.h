#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace astro {

// One sale line of a POS's sales file (docs/pos-bridge.md, "Sales files").
struct SaleLine
{
    int line = 0;          // where it starts in the file; the header is line 1
    QString transactionId; // the POS's line id: the key that makes a replayed file harmless
    QDateTime soldAt;
    // Exactly one is filled: the id the POS added the customer with, 10 digits, or lower case.
    QString customerId;
    QString phone;
    QString email;
    QString upc;
    int quantity = 0;
    std::optional<Money> price; // checked only: the public call has no price, the catalog's is kept
};

// What is wrong with a sales file: on a line (1 is the header), or with the file as a whole (0).
struct SaleProblem
{
    int line = 0;
    QString message; // translated
};

// Reads one sales file exported by a POS: UTF-8 CSV (RFC 4180) with a header naming its columns.
// Every line is checked on its own, so that a rejected file says everything that is wrong at
// once rather than one line per attempt.
class SaleFile
{
    Q_DECLARE_TR_FUNCTIONS(SaleFile)

public:
    static constexpr qint64 maxBytes = 20 * 1024 * 1024;
    static constexpr int maxLines = 50000;
    static constexpr int maxQuantity = 999; // what the engine accepts on one scan

    // An error only when the file cannot be read now (it may still be open in the POS: try
    // again later); what is wrong inside it comes back in problems().
    static Result<SaleFile> read(const QString& path);
    static SaleFile parse(const QByteArray& data);

    bool ok() const { return m_problems.empty(); }
    const std::vector<SaleLine>& lines() const { return m_lines; }
    const std::vector<SaleProblem>& problems() const { return m_problems; }

    // "Line 4: quantity …", one problem a line, in file order.
    static QString describe(const std::vector<SaleProblem>& problems);

private:
    struct Columns;

    void readRecords(const QString& text);
    bool readHeader(int line, const QStringList& names, Columns& columns);
    void readLine(int line, const QStringList& fields, const Columns& columns);
    void problem(int line, const QString& message) { m_problems.push_back({line, message}); }

    std::vector<SaleLine> m_lines;
    std::vector<SaleProblem> m_problems;
    QHash<QString, int> m_lineOfId; // transaction_id -> the line it is first on
};

} // namespace astro
