#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace astro::cli {

// astro-counter-cli: the engine, headless, for admins, scripts and POS integrations.
// Every command and its output are documented in docs/cli.md.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit
    {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        Denied = 3,
        Offline = 4 // the sync server could not be reached; nothing was lost, try again later
    };

    Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    ~Cli();
    int run(const QStringList& arguments);

    static QString usage();
    // Whether these arguments need a GUI application object (PDF export).
    static bool needsGui(const QStringList& arguments);

private:
    struct Parsed
    {
        QStringList positional;
        QHash<QString, QStringList> options;
        QStringList flags;
    };

    bool parse(const QStringList& arguments);
    QString option(const QString& name, const QString& fallback = {}) const;
    QStringList options(const QString& name) const;
    bool flag(const QString& name) const { return m_args.flags.contains(name); }
    QString positional(int index) const { return m_args.positional.value(index); }
    bool requireOptions(const QStringList& names);
    Result<qint64> idOption(const QString& name);
    Result<qint64> idArgument(int index, const QString& what);

    bool openStore(bool mustExist);
    Result<Actor> signIn();
    QString location();

    int fail(const Error& error);
    // As fail(), with Offline when the server could not be reached.
    int failSync(const Error& error);
    int usageError(const QString& message);
    void print(const QJsonValue& json, const QString& text);
    void printLine(const QString& text);

    int cmdInit();
    int cmdCatalog();
    int cmdCustomer();
    int cmdScan();
    int cmdVoid();
    int cmdCards();
    int cmdRewards();
    int cmdRedeem();
    int cmdUndo();
    int cmdBatches();
    int cmdBatch();
    int cmdCredits();
    int cmdCredit();
    int cmdEnrollment();
    int cmdDistributors();
    int cmdAudit();
    int cmdUser();
    int cmdEvents();
    int cmdSync();
    // The POS bridge (PosCommands.cpp).
    int cmdBridge();
    int cmdPosUser();
    int bridgeRun();
    int bridgeSettings();
    int syncSetup();
    int syncRun();
    int syncStatus();
    int syncConflicts();
    int syncResolve();
    Result<QString> syncPassword();
    // A password from standard input (--password-stdin) or the environment `variable`.
    Result<QString> secretInput(const QString& variable, const QString& missing);

    QTextStream& m_out;
    QTextStream& m_err;
    Parsed m_args;
    std::unique_ptr<Store> m_store;
    QString m_dbPath;
};

} // namespace astro::cli
