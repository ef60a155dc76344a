#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace astro::cli {

// astro-counter-cli: the engine, headless, for admins, scripts and POS integrations. Finds the
// command, checks the arguments against what it declares and runs it. Every command and its
// output are documented in docs/cli.md.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    int run(const QStringList& arguments);

    static QString usage();
    // Whether these arguments need a GUI application object (PDF export).
    static bool needsGui(const QStringList& arguments);
    // The options every command accepts, before or after its name (--db, --json, …).
    static QList<QCommandLineOption> globalOptions();
    // Every command, in the order of docs/cli.md.
    static const std::vector<std::unique_ptr<Command>>& commands();
    static const Command* command(const QString& name);

private:
    // Checks `arguments` against `options`; false (after a usage message) when one is unknown
    // or lacks its value. `positional` receives the arguments that are not options.
    bool check(const QStringList& arguments, const QList<QCommandLineOption>& options,
               QStringList* positional);
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace astro::cli
