#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace astro {

class Store;

// How the counter's POS bridge runs (docs/pos-bridge.md), kept in the store's settings: off by
// default; an Admin turns it on and picks the loopback port, the folder where a POS drops its
// sales files, and whether the checkout follows the customer the POS is ringing up.
struct BridgeSettings
{
    Q_DECLARE_TR_FUNCTIONS(BridgeSettings)

public:
    static constexpr int defaultPort = 8417;

    bool enabled = false;
    int port = defaultPort;
    QString salesFolder; // empty: no watched folder
    bool followPos = false;

    static Result<BridgeSettings> load(Store& store);
    // Admins only; every change is in the audit log.
    Status save(Store& store, const Actor& actor) const;
    static Status validatePort(int port);
};

} // namespace astro
