#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace astro {

class Store;

// Fills an empty store with the demo: the demo catalog, users, enrollments, customers and
// their history, replayed through the engine at past dates (docs/catalog-format.md, "The demo
// store file").
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(DemoStore)

public:
    static Status load(Store& store);
    static Status load(Store& store, const QByteArray& catalogJson, const QByteArray& storeJson);
    // Only the demo store's enrollments: the reference server's demo account.
    static Status enroll(Store& store);
};

} // namespace astro
