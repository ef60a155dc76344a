#pragma once

#include "common/Money.h"
#include "domain/Enums.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace astro {

// The catalog's value types, as the catalog document and the database hold them.

struct Location
{
    QString id;
    QString name;
    QString address;
    QString city;
    QString postalCode;
    QString phone;
    QString region;  // state or province code
    QString country; // "US" or "CA"
    bool master = false;
};

struct Manufacturer
{
    QString id;
    QString name;
};

struct Product
{
    qint64 id = 0;
    QString gtin; // GTIN-14
    QString description;
    QString manufacturerId;
    QString species;
    QString foodType;
    SizeClass sizeClass = SizeClass::S;
    int weightGrams = 0;
    Money price;
    bool active = true;
};

struct Program
{
    QString id;
    QString manufacturerId;
    QString title;
    QString description;
    ProgramKind kind = ProgramKind::FrequentBuyer;
    Fulfillment fulfillment = Fulfillment::Distributor;
    QDate availableFrom;
    QDate availableTo;
    QString terms;
    QStringList regions;
    bool active = true;
};

struct ProgramCard
{
    QString id;
    QString programId;
    QString title;
    QString description;
    QDate availableFrom;
    QDate availableTo;
    int buy = 1;
    int get = 1;
    RewardRule rule = RewardRule::Any;
    int timeLimitMonths = 0; // 0: no limit
    std::optional<int> maxPerCustomer;
    std::optional<int> maxPerProgram;
    std::array<Money, 4> costBySize{}; // indexed by SizeClass

    Money costFor(SizeClass size) const { return costBySize[std::size_t(size)]; }
};

struct Offer
{
    QString id;
    QString manufacturerId;
    QString title;
    QString description;
    OfferKind kind = OfferKind::FreeGood;
    int buy = 1;
    int get = 1;
    Money rebate;
    int limitPerCustomer = 1;
    std::optional<int> capUnits;
    std::optional<qint64> capCents;
    bool requiresEmail = false;
    Fulfillment fulfillment = Fulfillment::Distributor;
    QDate availableFrom;
    QDate availableTo;
    QStringList regions;
    bool active = true;
};

struct Distributor
{
    QString id;
    QString name;
    QStringList states;
    QStringList provinces;
    QStringList restrictedLocations;
    QStringList manufacturers;
    QStringList programs; // program and offer ids it agreed to fulfill
    bool requiresAccountNumber = true;
    bool temporaryHolding = false;

    static QString temporaryHoldingId() { return QStringLiteral("TEMP-HOLDING"); }
};

} // namespace astro
