#include "Command.h"

#include "CommandContext.h"

namespace astro::cli {

Command::Command(QString name, QString synopsis)
    : m_name(std::move(name)), m_synopsis(std::move(synopsis))
{}

Command::~Command() = default;

QStringList Command::optionNames() const
{
    QStringList names;
    for (const QCommandLineOption& option : m_options)
        names << option.names();
    return names;
}

const Command* Command::subcommand(const QString& name) const
{
    for (const auto& command : m_subcommands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

int Command::execute(CommandContext& context) const
{
    return context.usageError(groupUsage());
}

void Command::addOption(const QString& name, const QString& valueName)
{
    m_options.append(QCommandLineOption(name, QString(), valueName));
}

void Command::addSubcommand(std::unique_ptr<Command> command)
{
    m_subcommands.push_back(std::move(command));
}

} // namespace astro::cli
