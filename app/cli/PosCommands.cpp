// The POS bridge's commands (docs/cli.md, "POS bridge"): run it headless, change its settings,
// manage the POS accounts.
#include "BridgeHost.h"
#include "Cli.h"
#include "common/Text.h"
#include "pos/BridgeSettings.h"
#include "pos/PosUserStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace astro::cli {

namespace {

QJsonObject toJson(const PosUser& user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("client_id"), user.clientId},
            {QStringLiteral("created_at"), text::isoUtc(user.createdAt)}};
}

QJsonObject toJson(const BridgeSettings& settings)
{
    return {{QStringLiteral("enabled"), settings.enabled},
            {QStringLiteral("port"), settings.port},
            {QStringLiteral("sales_folder"), settings.salesFolder},
            {QStringLiteral("follow_pos"), settings.followPos}};
}

} // namespace

int Cli::cmdBridge()
{
    const QString sub = positional(1);
    if (sub.isEmpty())
        return bridgeRun();
    if (sub == QLatin1String("settings"))
        return bridgeSettings();
    return usageError(tr("Use: bridge [settings]"));
}

int Cli::bridgeRun()
{
    auto settings = BridgeSettings::load(*m_store);
    if (!settings)
        return fail(settings.error());
    // Run here whether or not the desktop app has it on: the command is the choice.
    settings->enabled = true;
    if (!option(QStringLiteral("port")).isEmpty())
        settings->port = option(QStringLiteral("port")).toInt();
    // Port 0: any free port (the line printed says which), for scripts and tests.
    if (settings->port != 0)
        if (auto s = BridgeSettings::validatePort(settings->port); !s)
            return fail(s.error());
    if (!option(QStringLiteral("sales-folder")).isEmpty())
        settings->salesFolder = option(QStringLiteral("sales-folder"));
    // The host opens its own connection: this one would only hold the file open.
    const QString path = m_store->db().path();
    m_store.reset();

    bridge::BridgeHost host(path);
    QObject::connect(&host, &bridge::BridgeHost::logged, &host, [this](const QString& line) {
        if (flag(QStringLiteral("json")))
            print(QJsonObject{{QStringLiteral("at"), text::isoUtc(QDateTime::currentDateTimeUtc())},
                              {QStringLiteral("message"), line}},
                  line);
        else
            printLine(line);
        m_out.flush();
    });
    host.apply(*settings);
    if (host.status().state != bridge::BridgeStatus::State::Listening)
        return fail(makeError(ErrorCode::Conflict, host.status().error));
    // Until SIGTERM or Ctrl+C: every answer was committed before it was sent, so stopping at
    // any moment loses nothing.
    QCoreApplication::exec();
    return Ok;
}

int Cli::bridgeSettings()
{
    auto settings = BridgeSettings::load(*m_store);
    if (!settings)
        return fail(settings.error());
    const bool changes = flag(QStringLiteral("enable")) || flag(QStringLiteral("disable")) ||
                         flag(QStringLiteral("follow")) || flag(QStringLiteral("no-follow")) ||
                         !option(QStringLiteral("port")).isEmpty() ||
                         !options(QStringLiteral("sales-folder")).isEmpty();
    if (changes) {
        auto actor = signIn();
        if (!actor)
            return fail(actor.error());
        if (flag(QStringLiteral("enable")) || flag(QStringLiteral("disable")))
            settings->enabled = flag(QStringLiteral("enable"));
        if (flag(QStringLiteral("follow")) || flag(QStringLiteral("no-follow")))
            settings->followPos = flag(QStringLiteral("follow"));
        if (!option(QStringLiteral("port")).isEmpty()) {
            bool ok = false;
            settings->port = option(QStringLiteral("port")).toInt(&ok);
            if (!ok)
                return usageError(tr("--port is a number from 1024 to 65535."));
        }
        if (!options(QStringLiteral("sales-folder")).isEmpty())
            settings->salesFolder = option(QStringLiteral("sales-folder"));
        if (auto s = settings->save(*m_store, *actor); !s)
            return fail(s.error());
    }
    print(toJson(*settings),
          tr("POS bridge: %1, port %2, sales folder %3, follow the POS: %4")
              .arg(settings->enabled ? tr("on") : tr("off"))
              .arg(settings->port)
              .arg(settings->salesFolder.isEmpty() ? tr("none") : settings->salesFolder)
              .arg(settings->followPos ? tr("yes") : tr("no")));
    return Ok;
}

int Cli::cmdPosUser()
{
    PosUserStore accounts(*m_store);
    const QString sub = positional(1);
    if (sub == QLatin1String("list")) {
        auto list = accounts.list();
        if (!list)
            return fail(list.error());
        QJsonArray json;
        QString text;
        for (const PosUser& u : *list) {
            json.append(toJson(u));
            text += QStringLiteral("%1\t%2\n").arg(u.name, u.clientId);
        }
        print(json, text);
        return Ok;
    }
    const QString name = positional(2);
    if (name.isEmpty() || (sub != QLatin1String("add") && sub != QLatin1String("password") &&
                           sub != QLatin1String("remove")))
        return usageError(tr("Use: pos-user list|add|password|remove NAME"));
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    const QString missing = tr("Give the POS account's password on standard input with "
                               "--password-stdin, or in the environment variable "
                               "ASTRO_POS_PASSWORD.");
    if (sub == QLatin1String("add")) {
        if (!requireOptions({QStringLiteral("client-id")}))
            return Usage;
        auto password = secretInput(QStringLiteral("ASTRO_POS_PASSWORD"), missing);
        if (!password)
            return fail(password.error());
        auto added = accounts.add(*actor, name, *password, option(QStringLiteral("client-id")));
        if (!added)
            return fail(added.error());
        print(toJson(*added),
              tr("Added the POS account %1 (client id %2).").arg(added->name, added->clientId));
        return Ok;
    }
    auto list = accounts.list();
    if (!list)
        return fail(list.error());
    const auto found = std::find_if(list->cbegin(), list->cend(), [&](const PosUser& u) {
        return u.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
    });
    if (found == list->cend())
        return fail(
            makeError(ErrorCode::NotFound, tr("There is no POS account named %1.").arg(name)));
    if (sub == QLatin1String("password")) {
        auto password = secretInput(QStringLiteral("ASTRO_POS_PASSWORD"), missing);
        if (!password)
            return fail(password.error());
        if (auto s = accounts.setPassword(*actor, found->id, *password); !s)
            return fail(s.error());
        print(toJson(*found), tr("Changed the password of the POS account %1.").arg(found->name));
        return Ok;
    }
    if (auto s = accounts.remove(*actor, found->id); !s)
        return fail(s.error());
    print(toJson(*found), tr("Removed the POS account %1.").arg(found->name));
    return Ok;
}

} // namespace astro::cli
