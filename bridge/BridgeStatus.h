#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace astro::bridge {

// What the POS bridge is doing, for the status bar and Settings.
struct BridgeStatus
{
    enum class State
    {
        Off,       // turned off in Settings
        Listening, // answering on 127.0.0.1:port
        Failed,    // could not start (port taken, folder unusable): `error` says why
    };
    State state = State::Off;
    int port = 0;
    QString error; // translated
    QString salesFolder;
    qint64 calls = 0; // answered since the bridge started
    QDateTime lastCall;
    QString lastFile; // translated: the last sales file imported or rejected, and why
};

} // namespace astro::bridge

Q_DECLARE_METATYPE(astro::bridge::BridgeStatus)
