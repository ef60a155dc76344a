#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QRandomGenerator>

#include <optional>

namespace astro::server {

namespace {

Error usageError(const QString& message)
{
    return makeError(ErrorCode::Invalid, message);
}

std::optional<double> share(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return std::nullopt;
    return value;
}

} // namespace

QString ServerOptions::usage()
{
    return QStringLiteral(
        "Usage: astro-server --port N [--listen ADDRESS] [--db FILE] [--catalog FILE]\n"
        "                    [--accounts FILE] [--fail-share P] [--delay-ms N]\n"
        "                    [--cut-share P] [--garbage-share P] [--seed N]\n"
        "\n"
        "The reference Astro server (docs/sync-protocol.md). Speaks plain HTTP: put a reverse\n"
        "proxy that terminates TLS in front of it for counters on other computers.\n"
        "  --port N           TCP port; 0 picks a free one (printed on the first line)\n"
        "  --listen ADDRESS   an IPv4 or IPv6 address to listen on (default: 127.0.0.1)\n"
        "  --db FILE          the server's SQLite database (default: %1)\n"
        "                     with several accounts, one file each, in FILE's folder:\n"
        "                     <FILE's base name>-<account id>.sqlite\n"
        "  --catalog FILE     the catalog document to serve (default: the demo catalog)\n"
        "  --accounts FILE    the retailer accounts, users and client ids (default: the demo\n"
        "                     account, demo / demo); keep it readable only by this user\n"
        "Fault injection, for tests:\n"
        "  --fail-share P     answer a share P (0-1) of calls with 500 or 503\n"
        "  --garbage-share P  answer a share P of calls with a body that is not JSON\n"
        "  --cut-share P      for a share P of event pushes, commit, then cut the connection\n"
        "  --delay-ms N       wait N ms before answering\n"
        "  --seed N           seed of the random choices, for repeatable runs\n");
}

QList<QCommandLineOption> ServerOptions::declaredOptions()
{
    const auto value = [](const char* name, const char* valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(),
                                  QString::fromLatin1(valueName));
    };
    return {QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}),
            QCommandLineOption(QStringLiteral("version")),
            value("port", "N"),
            value("listen", "ADDRESS"),
            value("db", "FILE"),
            value("catalog", "FILE"),
            value("accounts", "FILE"),
            value("fail-share", "P"),
            value("garbage-share", "P"),
            value("cut-share", "P"),
            value("delay-ms", "N"),
            value("seed", "N")};
}

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments)
{
    const QList<QCommandLineOption> declared = declaredOptions();
    const auto find = [&](const QString& name) -> const QCommandLineOption* {
        for (const QCommandLineOption& option : declared)
            if (option.names().contains(name))
                return &option;
        return nullptr;
    };
    // First in our words (the parser's own messages name options differently), then parsed.
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("-h"))
            continue;
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--"))
            return usageError(QStringLiteral("Unexpected argument \"%1\".").arg(a));
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
        const QCommandLineOption* option = find(name);
        const bool takesValue = option && !option->valueName().isEmpty();
        if (!option || name == QLatin1String("h") || (!takesValue && eq >= 0))
            return usageError(QStringLiteral("Unknown option --%1.").arg(name));
        if (takesValue && eq < 0) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("The option --%1 needs a value.").arg(name));
            ++i;
        }
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(declared);
    if (!parser.parse(QStringList{QStringLiteral("astro-server")} + arguments))
        return usageError(parser.errorText());

    ServerOptions o;
    o.help = parser.isSet(QStringLiteral("help"));
    o.version = parser.isSet(QStringLiteral("version"));
    // Every value given is checked, the last one kept, as the command line reads.
    for (const QCommandLineOption& option : declared) {
        const QString name = option.names().constLast();
        for (const QString& value : parser.values(name)) {
            bool ok = true;
            if (name == QLatin1String("port")) {
                const uint port = value.toUInt(&ok);
                ok = ok && port <= 65535;
                o.port = quint16(port);
            } else if (name == QLatin1String("db")) {
                o.dbPath = value;
            } else if (name == QLatin1String("catalog")) {
                o.catalogPath = value;
            } else if (name == QLatin1String("accounts")) {
                o.accountsPath = value;
                ok = !value.isEmpty();
            } else if (name == QLatin1String("listen")) {
                // An address literal only: a host name could resolve to anything.
                ok = o.listen.setAddress(value);
            } else if (name == QLatin1String("delay-ms")) {
                o.faults.delayMs = value.toInt(&ok);
                ok = ok && o.faults.delayMs >= 0;
            } else if (name == QLatin1String("seed")) {
                o.faults.seed = value.toUInt(&ok);
            } else {
                const auto p = share(value);
                ok = p.has_value();
                if (name == QLatin1String("fail-share"))
                    o.faults.failShare = p.value_or(0);
                else if (name == QLatin1String("cut-share"))
                    o.faults.cutShare = p.value_or(0);
                else
                    o.faults.garbageShare = p.value_or(0);
            }
            if (!ok)
                return usageError(
                    QStringLiteral("The value \"%1\" of --%2 is not valid.").arg(value, name));
        }
    }
    if (!parser.isSet(QStringLiteral("port")) && !o.help && !o.version)
        return usageError(QStringLiteral("--port is required (0 picks a free port)."));
    if (!parser.isSet(QStringLiteral("seed")))
        o.faults.seed = QRandomGenerator::system()->generate();
    return o;
}

} // namespace astro::server
