#include "BridgeSettings.h"

#include "domain/Permissions.h"
#include "store/Store.h"

namespace astro {

namespace {

const QString enabledKey = QStringLiteral("pos_bridge_enabled");
const QString portKey = QStringLiteral("pos_bridge_port");
const QString folderKey = QStringLiteral("pos_sales_folder");
const QString followKey = QStringLiteral("pos_follow");

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

Status BridgeSettings::validatePort(int port)
{
    if (port < 1024 || port > 65535)
        return makeError(ErrorCode::Invalid,
                         tr("Choose a port from 1024 to 65535 for the POS bridge."));
    return {};
}

Result<BridgeSettings> BridgeSettings::load(Store& store)
{
    BridgeSettings settings;
    auto enabled = store.setting(enabledKey, flag(false));
    auto port = store.setting(portKey, QString::number(defaultPort));
    auto folder = store.setting(folderKey);
    auto follow = store.setting(followKey, flag(false));
    for (const auto* r : {&enabled, &port, &folder, &follow})
        if (!*r)
            return r->error();
    settings.enabled = *enabled == flag(true);
    bool ok = false;
    settings.port = port->toInt(&ok);
    if (!ok || !validatePort(settings.port))
        settings.port = defaultPort;
    settings.salesFolder = *folder;
    settings.followPos = *follow == flag(true);
    return settings;
}

Status BridgeSettings::save(Store& store, const Actor& actor) const
{
    if (auto allowed = Permissions::check(actor, Permission::ManageSync); !allowed)
        return allowed;
    if (auto s = validatePort(port); !s)
        return s;
    auto current = load(store);
    if (!current)
        return current.error();
    const QList<std::pair<QString, std::pair<QString, QString>>> changes{
        {enabledKey, {flag(current->enabled), flag(enabled)}},
        {portKey, {QString::number(current->port), QString::number(port)}},
        {folderKey, {current->salesFolder, salesFolder.trimmed()}},
        {followKey, {flag(current->followPos), flag(followPos)}}};
    Transaction transaction(store.db());
    if (!transaction.started())
        return transaction.started();
    for (const auto& [key, values] : changes) {
        if (values.first == values.second)
            continue;
        if (auto s = store.setSetting(key, values.second); !s)
            return s;
        if (auto s =
                store.audit(actor, QStringLiteral("settings"), key, values.first, values.second);
            !s)
            return s;
    }
    return transaction.commit();
}

} // namespace astro
