#include "Session.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

namespace astro::ui {

namespace {
const QString locationKey = QStringLiteral("counter_location");
}

Session::Session(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    auto saved = m_store.setting(locationKey);
    if (saved)
        m_locationId = *saved;
}

Actor Session::actor() const
{
    if (m_actor)
        return *m_actor;
    return Actor{0, QString(), Role::Cashier, m_locationId};
}

bool Session::allows(Permission permission) const
{
    return m_actor && Permissions::allows(m_actor->role, permission);
}

QString Session::locationName() const
{
    auto location = m_store.catalog().location(m_locationId);
    if (location && location->has_value())
        return (*location)->name;
    return m_locationId;
}

Status Session::setLocation(const QString& locationId)
{
    if (locationId == m_locationId)
        return {};
    if (auto s = m_store.setSetting(locationKey, locationId); !s)
        return s;
    m_locationId = locationId;
    if (m_actor)
        m_actor->locationId = locationId;
    emit locationChanged();
    emit changed();
    return {};
}

void Session::signIn(const Actor& actor)
{
    m_actor = actor;
    m_actor->locationId = m_locationId;
    emit signedIn();
    emit changed();
}

void Session::signOut()
{
    if (!m_actor)
        return;
    m_actor.reset();
    emit signedOut();
    emit changed();
}

} // namespace astro::ui
