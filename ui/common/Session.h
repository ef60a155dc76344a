#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Permissions.h"

#include <QObject>

#include <optional>

namespace astro {
class Store;
}

namespace astro::ui {

// Who is at the counter, and where: the signed-in user (as the engine's Actor, with the counter
// location) shared by every screen, plus a signal that data changed so views refresh.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(Store& store, QObject* parent = nullptr);

    Store& store() { return m_store; }

    bool isSignedIn() const { return m_actor.has_value(); }
    // The signed-in user; a blank Cashier when nobody is (every engine call then refuses).
    Actor actor() const;
    bool allows(Permission permission) const;

    // The counter's location (the store setting "counter_location").
    QString locationId() const { return m_locationId; }
    QString locationName() const;
    Status setLocation(const QString& locationId);

    void signIn(const Actor& actor);
    void signOut();

    // Called after every change the app makes, so the status bar and views catch up.
    void notifyChanged() { emit changed(); }

signals:
    void signedIn();
    void signedOut();
    void locationChanged();
    void changed();

private:
    Store& m_store;
    std::optional<Actor> m_actor;
    QString m_locationId;
};

} // namespace astro::ui
