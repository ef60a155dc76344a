#include "CommandContext.h"

#include "users/UserStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>

#include <cstdio>

namespace astro::cli {

CommandContext::CommandContext(QTextStream& out, QTextStream& err, const QCommandLineParser& parser,
                               QString dbPath)
    : m_out(out), m_err(err), m_parser(parser), m_positional(parser.positionalArguments()),
      m_dbPath(std::move(dbPath))
{}

CommandContext::~CommandContext() = default;

bool CommandContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CommandContext::option(const QString& name, const QString& fallback) const
{
    const QStringList values = m_parser.values(name);
    return values.isEmpty() ? fallback : values.last();
}

QStringList CommandContext::options(const QString& name) const
{
    return m_parser.values(name);
}

bool CommandContext::flag(const QString& name) const
{
    return m_parser.isSet(name);
}

bool CommandContext::requireOptions(const QStringList& names)
{
    for (const QString& name : names)
        if (option(name).isEmpty()) {
            usageError(tr("The option --%1 is required here.").arg(name));
            return false;
        }
    return true;
}

Result<qint64> CommandContext::idOption(const QString& name)
{
    bool ok = false;
    const qint64 id = option(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid,
                         tr("--%1 needs a number (got “%2”).").arg(name, option(name)));
    return id;
}

Result<qint64> CommandContext::idArgument(int index, const QString& what)
{
    bool ok = false;
    const qint64 id = positional(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid,
                         tr("Give the %1 number (got “%2”).").arg(what, positional(index)));
    return id;
}

bool CommandContext::openStore(bool mustExist)
{
    if (mustExist && !QFileInfo::exists(m_dbPath)) {
        fail(makeError(ErrorCode::NotFound,
                       tr("There is no database at %1. Create one with “astro-counter-cli init”.")
                           .arg(m_dbPath)));
        return false;
    }
    auto store = Store::open(m_dbPath);
    if (!store) {
        fail(store.error());
        return false;
    }
    m_store = std::move(store).value();
    return true;
}

QString CommandContext::location()
{
    const QString given = option(QStringLiteral("location"));
    if (!given.isEmpty())
        return given;
    auto saved = m_store->setting(QStringLiteral("counter_location"));
    return saved ? *saved : QString();
}

Result<Actor> CommandContext::signIn()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString name = option(QStringLiteral("user"), env.value(QStringLiteral("ASTRO_USER")));
    const QString pin = option(QStringLiteral("pin"), env.value(QStringLiteral("ASTRO_PIN")));
    if (name.isEmpty() || pin.isEmpty())
        return makeError(ErrorCode::Forbidden,
                         tr("This command changes data: sign in with --user NAME and --pin PIN "
                            "(or ASTRO_USER and ASTRO_PIN)."));
    return m_store->users().authenticate(name, pin, location());
}

int CommandContext::fail(const Error& error)
{
    if (json())
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("error"), error.message}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        m_err << QStringLiteral("astro-counter-cli: ") << error.message << Qt::endl;
    return error.code == ErrorCode::Forbidden ? Denied : Failed;
}

int CommandContext::failSync(const Error& error)
{
    const int code = fail(error);
    return error.code == ErrorCode::Network ? Offline : code;
}

int CommandContext::usageError(const QString& message)
{
    m_err << QStringLiteral("astro-counter-cli: ") << message << Qt::endl
          << tr("Run “astro-counter-cli --help” for the list of commands.") << Qt::endl;
    return Usage;
}

void CommandContext::print(const QJsonValue& json, const QString& text)
{
    if (this->json()) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << doc.toJson(QJsonDocument::Indented);
    } else if (!text.isEmpty()) {
        m_out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            m_out << Qt::endl;
    }
    m_out.flush();
}

void CommandContext::printLine(const QString& text)
{
    if (!json())
        m_out << text << Qt::endl;
}

QString CommandContext::money(const Money& m)
{
    return m.format(QLocale());
}

QString CommandContext::shortTime(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

Result<QString> CommandContext::secretInput(const QString& variable, const QString& missing)
{
    if (flag(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::Invalid, tr("Standard input cannot be read."));
        QByteArray line = in.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return makeError(ErrorCode::Invalid, tr("No password on standard input."));
        return QString::fromUtf8(line);
    }
    const QString password = QProcessEnvironment::systemEnvironment().value(variable);
    if (password.isEmpty())
        return makeError(ErrorCode::Invalid, missing);
    return password;
}

} // namespace astro::cli
