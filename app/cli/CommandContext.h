#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "domain/Actor.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace astro::cli {

// What every command shares: its parsed arguments, the store, signing in, printing text or
// JSON, exit codes and secrets read from standard input or the environment.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    enum Exit
    {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        Denied = 3,
        Offline = 4 // the sync server could not be reached; nothing was lost, try again later
    };

    CommandContext(QTextStream& out, QTextStream& err, const QCommandLineParser& parser,
                   QString dbPath);
    ~CommandContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool json() const;

    // Options declared by the running command or globally; the last value given wins.
    QString option(const QString& name, const QString& fallback = {}) const;
    QStringList options(const QString& name) const;
    bool flag(const QString& name) const;
    // Positional arguments: 0 is the command, 1 its subcommand (if any), …
    QString positional(int index) const { return m_positional.value(index); }
    QStringList positionals(int from) const { return m_positional.mid(from); }
    bool requireOptions(const QStringList& names);
    Result<qint64> idOption(const QString& name);
    Result<qint64> idArgument(int index, const QString& what);

    const QString& dbPath() const { return m_dbPath; }
    bool openStore(bool mustExist);
    Store& store() { return *m_store; }
    void closeStore() { m_store.reset(); }
    Result<Actor> signIn();
    QString location();

    int fail(const Error& error);
    // As fail(), with Offline when the server could not be reached.
    int failSync(const Error& error);
    int usageError(const QString& message);
    void print(const QJsonValue& json, const QString& text);
    void printLine(const QString& text);
    static QString money(const Money& m);
    // A time in the locale's short format, in local time; empty when not valid.
    static QString shortTime(const QDateTime& at);
    // A password from standard input (--password-stdin) or the environment `variable`.
    Result<QString> secretInput(const QString& variable, const QString& missing);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    const QCommandLineParser& m_parser;
    QStringList m_positional;
    QString m_dbPath;
    std::unique_ptr<Store> m_store;
};

} // namespace astro::cli
