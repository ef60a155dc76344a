#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace astro::cli {

class CommandContext;

// One astro-counter-cli command (or a group of subcommands, like `customer add|find|…`): its
// name, its synopsis word for word as docs/cli.md writes it, and every option it reads. An
// option a command does not declare here is refused as unknown before it runs, and
// tests/cli/tst_cli_docs holds the declarations and docs/cli.md to each other.
class Command
{
public:
    virtual ~Command();

    const QString& name() const { return m_name; }
    const QString& synopsis() const { return m_synopsis; }
    // The options of this command alone; the global ones (--db, --json, …) are Cli's.
    const QList<QCommandLineOption>& options() const { return m_options; }
    QStringList optionNames() const;
    const std::vector<std::unique_ptr<Command>>& subcommands() const { return m_subcommands; }
    const Command* subcommand(const QString& name) const;

    // Runs with the arguments already checked against options(). For a group, this runs when no
    // subcommand is named (`sync`, `bridge`); the default says how to use the group.
    virtual int execute(CommandContext& context) const;
    // Whether the command works without a database (only `init`, which creates it).
    virtual bool createsStore() const { return false; }
    // The "Use: …" line shown when a group is given no or an unknown subcommand.
    virtual QString groupUsage() const { return {}; }

protected:
    Command(QString name, QString synopsis);
    void addOption(const QString& name, const QString& valueName = {});
    void addSubcommand(std::unique_ptr<Command> command);

private:
    QString m_name;
    QString m_synopsis;
    QList<QCommandLineOption> m_options;
    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace astro::cli
