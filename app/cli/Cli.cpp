#include "Cli.h"

#include "CommandContext.h"
#include "commands/AuditCommand.h"
#include "commands/BackupCommand.h"
#include "commands/BatchCommand.h"
#include "commands/BatchesCommand.h"
#include "commands/BridgeCommand.h"
#include "commands/CardsCommand.h"
#include "commands/CatalogCommand.h"
#include "commands/CreditCommand.h"
#include "commands/CreditsCommand.h"
#include "commands/CustomerCommand.h"
#include "commands/DistributorsCommand.h"
#include "commands/EnrollmentCommand.h"
#include "commands/EventsCommand.h"
#include "commands/InitCommand.h"
#include "commands/PosUserCommand.h"
#include "commands/RedeemCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/RewardsCommand.h"
#include "commands/ScanCommand.h"
#include "commands/SyncCommand.h"
#include "commands/UndoCommand.h"
#include "commands/UserCommand.h"
#include "commands/VoidCommand.h"
#include "store/Store.h"

#include <QCommandLineParser>

namespace astro::cli {

namespace {

const QCommandLineOption* find(const QList<QCommandLineOption>& options, const QString& name)
{
    for (const QCommandLineOption& option : options)
        if (option.names().contains(name))
            return &option;
    return nullptr;
}

// Every option of every command: enough to tell an option's value from the command's name
// before the command is known.
QList<QCommandLineOption> everyOption()
{
    QList<QCommandLineOption> all = Cli::globalOptions();
    const auto add = [&](const Command& command) {
        for (const QCommandLineOption& option : command.options())
            if (!find(all, option.names().constFirst()))
                all << option;
    };
    for (const auto& command : Cli::commands()) {
        add(*command);
        for (const auto& sub : command->subcommands())
            add(*sub);
    }
    return all;
}

} // namespace

QList<QCommandLineOption> Cli::globalOptions()
{
    return {QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("json")),
            QCommandLineOption(QStringLiteral("user"), QString(), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("pin"), QString(), QStringLiteral("PIN")),
            QCommandLineOption(QStringLiteral("location"), QString(), QStringLiteral("L")),
            QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE")),
            QCommandLineOption(QStringLiteral("help")),
            QCommandLineOption(QStringLiteral("version"))};
}

const std::vector<std::unique_ptr<Command>>& Cli::commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<InitCommand>());
        list.push_back(std::make_unique<CatalogCommand>());
        list.push_back(std::make_unique<CustomerCommand>());
        list.push_back(std::make_unique<ScanCommand>());
        list.push_back(std::make_unique<VoidCommand>());
        list.push_back(std::make_unique<CardsCommand>());
        list.push_back(std::make_unique<RewardsCommand>());
        list.push_back(std::make_unique<RedeemCommand>());
        list.push_back(std::make_unique<UndoCommand>());
        list.push_back(std::make_unique<BatchesCommand>());
        list.push_back(std::make_unique<BatchCommand>());
        list.push_back(std::make_unique<CreditsCommand>());
        list.push_back(std::make_unique<CreditCommand>());
        list.push_back(std::make_unique<EnrollmentCommand>());
        list.push_back(std::make_unique<DistributorsCommand>());
        list.push_back(std::make_unique<AuditCommand>());
        list.push_back(std::make_unique<UserCommand>());
        list.push_back(std::make_unique<EventsCommand>());
        list.push_back(std::make_unique<SyncCommand>());
        list.push_back(std::make_unique<BridgeCommand>());
        list.push_back(std::make_unique<PosUserCommand>());
        list.push_back(std::make_unique<BackupCommand>());
        list.push_back(std::make_unique<RestoreCommand>());
        return list;
    }();
    return all;
}

const Command* Cli::command(const QString& name)
{
    for (const auto& command : commands())
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString Cli::usage()
{
    return tr("Usage: astro-counter-cli [--db FILE] [--json] [--user NAME --pin PIN] COMMAND ...\n"
              "\n"
              "Store\n"
              "  init [--demo] [--admin NAME --admin-pin PIN]   create the database (with the demo "
              "store)\n"
              "  catalog import FILE                            import a catalog document\n"
              "Customers\n"
              "  customer add --first F --last L [--phone P] [--email E] [--allow-duplicate]\n"
              "  customer find TEXT [--limit N] [--offset N]\n"
              "  customer show ID\n"
              "  customer merge KEEP_ID DUPLICATE_ID\n"
              "Checkout\n"
              "  scan --customer ID [--location L] [--at ISO-8601] [--reason R] [--transaction T]\n"
              "       [--redeem-offer OFFER[:UPC]]... [--email E]\n"
              "       [--exception-card CARD --exception-reason REASON] UPC[xQTY][@PRICE]...\n"
              "  void --scan ID\n"
              "  cards --customer ID\n"
              "  rewards --customer ID --card CARD\n"
              "  redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]\n"
              "  undo --redemption ID [--reselect]\n"
              "Retailer Free Goods Credit Batches\n"
              "  batches [--status open|closed|submitted|complete] [--manufacturer M] [--location "
              "L]\n"
              "          [--from DATE] [--to DATE]\n"
              "  batch show|close|submit|complete ID\n"
              "  batch export ID --format csv|pdf --out FILE\n"
              "  batch cadence weekly|biweekly|monthly\n"
              "Distributor credits\n"
              "  credits [--status held|uncredited|credited|reconciled|declined] [--location L]\n"
              "          [--distributor D] [--manufacturer M] [--limit N]\n"
              "  credit resubmit ID --account N [--note TEXT]\n"
              "  credit mark ID credited|reconciled|declined [--reason TEXT]\n"
              "Enrollment\n"
              "  enrollment list [--location L]\n"
              "  enrollment set --location L --program P [--distributor D] [--account N]\n"
              "  enrollment held [--location L]\n"
              "  distributors eligible --location L --program P\n"
              "Administration\n"
              "  audit [--search TEXT] [--limit N]\n"
              "  user list | user add NAME --role ROLE --new-pin PIN | user pin NAME --new-pin "
              "PIN\n"
              "  user role NAME --role ROLE | user disable NAME | user enable NAME\n"
              "  user unlock NAME\n"
              "  events [--unsent] [--limit N]\n"
              "Sync with the Astro server\n"
              "  sync                                           send and receive changes now\n"
              "  sync setup --url URL --sync-user NAME [--client-id ID] [--password-stdin] "
              "[--no-verify]\n"
              "  sync status | sync conflicts [--all] | sync resolve ID\n"
              "POS bridge (Astro's API for a point of sale, on 127.0.0.1)\n"
              "  bridge [--port N] [--sales-folder DIR]          run it here until stopped\n"
              "  bridge settings [--enable|--disable] [--port N] [--sales-folder DIR]\n"
              "                  [--follow|--no-follow]\n"
              "  pos-user list | pos-user add NAME --client-id ID [--password-stdin]\n"
              "  pos-user password NAME [--password-stdin] | pos-user remove NAME\n"
              "Backups\n"
              "  backup                                         back up now (a checked copy)\n"
              "  backup list | backup settings [--folder DIR] [--keep-days N]\n"
              "  restore FILE [--yes]                           put a backup back (close the app "
              "first)\n"
              "\n"
              "Commands that change data need --user and --pin (or ASTRO_USER and ASTRO_PIN).\n"
              "The database defaults to %1.\n")
        .arg(Store::defaultPath());
}

bool Cli::needsGui(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("export")) &&
           (arguments.contains(QStringLiteral("pdf")) ||
            arguments.contains(QStringLiteral("--format=pdf")));
}

int Cli::usageError(const QString& message)
{
    m_err << QStringLiteral("astro-counter-cli: ") << message << Qt::endl
          << tr("Run “astro-counter-cli --help” for the list of commands.") << Qt::endl;
    return CommandContext::Usage;
}

bool Cli::check(const QStringList& arguments, const QList<QCommandLineOption>& options,
                QStringList* positional)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            if (positional)
                *positional << a;
            continue;
        }
        QString name = a.mid(2);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0)
            name = name.left(eq);
        if (name == QLatin1String("password")) {
            usageError(tr("A password is never given on the command line: use --password-stdin "
                          "or the environment variable ASTRO_SYNC_PASSWORD."));
            return false;
        }
        const QCommandLineOption* option = find(options, name);
        const bool takesValue = option && !option->valueName().isEmpty();
        if (!option || (!takesValue && eq >= 0)) {
            usageError(tr("Unknown option --%1.").arg(name));
            return false;
        }
        if (takesValue && eq < 0) {
            if (i + 1 >= arguments.size()) {
                usageError(tr("The option --%1 needs a value.").arg(name));
                return false;
            }
            ++i;
        }
    }
    return true;
}

int Cli::run(const QStringList& arguments)
{
    QStringList positional;
    if (!check(arguments, everyOption(), &positional))
        return CommandContext::Usage;
    if (arguments.contains(QStringLiteral("--version"))) {
        m_out << QStringLiteral("astro-counter-cli %1").arg(QStringLiteral(ASTRO_VERSION))
              << Qt::endl;
        return CommandContext::Ok;
    }
    const bool help = arguments.contains(QStringLiteral("--help"));
    if (help || positional.isEmpty() || positional.constFirst() == QLatin1String("help")) {
        m_out << usage();
        return positional.isEmpty() && !help ? CommandContext::Usage : CommandContext::Ok;
    }
    const Command* command = Cli::command(positional.constFirst());
    if (!command)
        return usageError(tr("Unknown command “%1”.").arg(positional.constFirst()));
    const Command* chosen = command;
    if (const Command* sub = command->subcommand(positional.value(1)))
        chosen = sub;

    // Now only what this command declares: an option it does not read is refused.
    QList<QCommandLineOption> options = globalOptions();
    options << chosen->options();
    if (!check(arguments, options, nullptr))
        return CommandContext::Usage;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("astro-counter-cli")} + arguments))
        return usageError(parser.errorText());

    const QStringList db = parser.values(QStringLiteral("db"));
    CommandContext context(m_out, m_err, parser,
                           db.isEmpty() ? Store::defaultPath() : db.constLast());
    if (!command->createsStore() && !context.openStore(true))
        return CommandContext::Failed;
    if (chosen == command && !command->subcommands().empty() && !positional.value(1).isEmpty())
        return context.usageError(command->groupUsage());
    return chosen->execute(context);
}

} // namespace astro::cli
