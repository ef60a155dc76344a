#pragma once

#include "Driver.h"

#include "common/Result.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

namespace guibench {

struct ScanConfig
{
    int scans = 500;
    int warmup = 30;
    int perVisit = 10;       // scans before the visit is finished and the next customer opened
    quint64 seed = 20261207; // picks the customers and UPCs
    Credentials cashier;
};

// Every timed scan, in milliseconds.
struct ScanFigures
{
    std::vector<double> totalMs;   // Enter pressed → widgets updated and the window painted
    std::vector<double> handledMs; // Enter pressed → the key event handled (engine and models)
    std::vector<double> paintMs;   // then: the event loop's pending work and the repaint
    std::vector<double> cpuMs;     // the GUI thread's CPU time of the whole
    std::vector<double> openMs;    // a customer chosen → their cards and visit painted
    int products = 0;              // UPCs the scans are drawn from
    int customers = 0;             // customers opened (visits)
    int refused = 0;               // scans the engine refused (not in the figures)
    QString firstRefusal;
    double cardRows = 0; // rows of the cards list at a scan, on average
    QSize windowSize;
};

// The scan as the cashier sees it: the real MainWindow on the store, a cashier signed in by the
// sign-in screen, customers opened at the checkout, UPCs typed into the scan field as a scanner
// types them, then Enter.
class ScanBench
{
public:
    ScanBench(astro::Store& store, QString path, ScanConfig config);

    astro::Result<ScanFigures> run();

private:
    astro::Status pickProducts();
    qint64 nextCustomer();
    astro::Status openCustomer(astro::ui::MainWindow& window, bool timed);
    astro::Status finishVisit(astro::ui::MainWindow& window);
    // One scan; false when the engine refused it (the strip says why).
    astro::Result<bool> scanOnce(astro::ui::MainWindow& window, const QString& upc, bool timed);

    astro::Store& m_store;
    QString m_path;
    ScanConfig m_config;
    QStringList m_upcs;
    qint64 m_maxCustomer = 0;
    quint64 m_state;
    ScanFigures m_figures;
    qint64 m_cardRowsSum = 0;
};

} // namespace guibench
