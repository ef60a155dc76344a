#pragma once

// The POS bridge's GUI tests share this: a counter window with the app's own bridge (off until
// its settings say otherwise), a free port to turn it on at.

#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/MessageStrip.h"

#include "bridge/BridgeService.h"
#include "customers/CustomerStore.h"
#include "pos/BridgeSettings.h"

#include <QTcpServer>

#include <memory>

namespace astro::test {

// A counter with the small catalog at LOC-A, the app's POS bridge (off until its settings say
// otherwise) and `user` signed in with the checkout on screen.
struct PosCounter
{
    TestStore ts;
    std::unique_ptr<bridge::BridgeService> bridge;
    std::unique_ptr<ui::MainWindow> window;
    ui::CheckoutWidget* checkout = nullptr;

    explicit PosCounter(const QString& user = QStringLiteral("Test Cashier"),
                        const QDateTime& now = QDateTime(QDate(2026, 11, 16), QTime(15, 0),
                                                         Qt::UTC))
        : ts(now)
    {
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.cashier();
        ts.manager();
        ts.admin();
        bridge = std::make_unique<bridge::BridgeService>(ts.path());
        window = std::make_unique<ui::MainWindow>(ts.store());
        window->setBridgeService(bridge.get());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        checkout = window->checkout();
        typeSignIn(*window, user, QStringLiteral("1234"));
        if (QDialog* warning = window->holdingWarning())
            warning->close();
    }
    ~PosCounter()
    {
        window.reset();
        bridge.reset();
    }

    QString uuidOf(qint64 customer) { return ts->customers().get(customer).value().uuid; }
    int progressOf(const QString& cardId) const
    {
        const int row = checkout->cardsModel()->rowOfCard(cardId);
        return row < 0 ? -1 : checkout->cardsModel()->cardAt(row).progress;
    }
    QString strip() const { return checkout->messageStrip()->text(); }
    // What the app's bridge says when a POS call touched this customer.
    void touched(const QString& uuid, bool recorded)
    {
        emit bridge->customerTouched(uuid, recorded);
    }
    void setFollow(bool on)
    {
        BridgeSettings settings = BridgeSettings::load(ts.store()).value();
        settings.followPos = on;
        const Status saved = settings.save(ts.store(), ts.admin());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    }
};

// A port no one listens on now.
inline int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return probe.serverPort();
}

} // namespace astro::test
