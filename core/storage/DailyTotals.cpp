#include "DailyTotals.h"

#include "storage/Migrations.h"

namespace astro::DailyTotals {

namespace {

// What one history row adds to a totals table, written with {row} for NEW or OLD.
struct Contribution
{
    QString history; // the history table the triggers watch
    QString totals;  // the totals table they keep
    QStringList keys;
    QStringList keyValues;
    QStringList amounts;
    QStringList amountValues;
    QString counts;  // whether the row counts at all
    QString watched; // the columns whose change moves the row between totals
};

QString withRow(QString sql, const QString& row)
{
    return sql.replace(QStringLiteral("{row}"), row);
}

// Adds (sign 1) or takes away (sign -1) the row's share.
QString upsert(const Contribution& c, const QString& row, int sign)
{
    QStringList values;
    for (const QString& key : c.keyValues)
        values << withRow(key, row);
    QStringList sums;
    for (const QString& amount : c.amountValues)
        values << QStringLiteral("%1 * (%2)").arg(sign).arg(withRow(amount, row));
    for (const QString& amount : c.amounts)
        sums << QStringLiteral("%1 = %1 + excluded.%1").arg(amount);
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 WHERE %4 ON CONFLICT (%5) DO UPDATE SET "
                          "%6;")
        .arg(c.totals, (c.keys + c.amounts).join(QStringLiteral(", ")),
             values.join(QStringLiteral(", ")), withRow(c.counts, row),
             c.keys.join(QStringLiteral(", ")), sums.join(QStringLiteral(", ")));
}

QStringList triggers(const Contribution& c)
{
    const QString name = c.totals + QLatin1Char('_');
    const QString newRow = QStringLiteral("NEW");
    const QString oldRow = QStringLiteral("OLD");
    return {
        QStringLiteral("CREATE TRIGGER %1insert AFTER INSERT ON %2 BEGIN %3 END")
            .arg(name, c.history, upsert(c, newRow, 1)),
        QStringLiteral("CREATE TRIGGER %1update AFTER UPDATE OF %2 ON %3 BEGIN %4 %5 END")
            .arg(name, c.watched, c.history, upsert(c, oldRow, -1), upsert(c, newRow, 1)),
        QStringLiteral("CREATE TRIGGER %1delete AFTER DELETE ON %2 BEGIN %3 END")
            .arg(name, c.history, upsert(c, oldRow, -1)),
    };
}

const QString programOfCard =
    QStringLiteral("coalesce((SELECT program_id FROM program_cards WHERE id = {row}.card_id), '')");

Contribution punches()
{
    return {QStringLiteral("punches"),
            QStringLiteral("punch_days"),
            {QStringLiteral("day"), QStringLiteral("location_id"), QStringLiteral("program_id")},
            {QStringLiteral("substr({row}.at, 1, 10)"),
             QStringLiteral("coalesce((SELECT location_id FROM scans WHERE id = {row}.scan_id), "
                            "'')"),
             programOfCard},
            {QStringLiteral("units")},
            {QStringLiteral("{row}.quantity")},
            QStringLiteral("{row}.voided = 0 AND (SELECT voided_at FROM scans WHERE id = "
                           "{row}.scan_id) IS NULL"),
            QStringLiteral("voided, quantity, at, card_id, scan_id")};
}

Contribution rewards()
{
    return {QStringLiteral("rewards"),
            QStringLiteral("reward_days"),
            {QStringLiteral("day"), QStringLiteral("location_id"), QStringLiteral("program_id")},
            {QStringLiteral("substr({row}.earned_at, 1, 10)"),
             rewardLocationSql(QStringLiteral("{row}")), programOfCard},
            {QStringLiteral("rewards")},
            {QStringLiteral("1")},
            QStringLiteral("{row}.voided_at IS NULL"),
            QStringLiteral("voided_at, earned_at, card_id")};
}

Contribution redemptions()
{
    return {
        QStringLiteral("redemptions"),
        QStringLiteral("redemption_days"),
        {QStringLiteral("day"), QStringLiteral("location_id"), QStringLiteral("program_id"),
         QStringLiteral("manufacturer_id"), QStringLiteral("offer"),
         QStringLiteral("distributor_id"), QStringLiteral("credit_status")},
        {QStringLiteral("substr({row}.at, 1, 10)"), QStringLiteral("{row}.location_id"),
         QStringLiteral("{row}.program_id"), QStringLiteral("{row}.manufacturer_id"),
         QStringLiteral("{row}.offer_id IS NOT NULL AND {row}.offer_id <> ''"),
         QStringLiteral("coalesce({row}.distributor_id, '')"),
         QStringLiteral("{row}.credit_status")},
        {QStringLiteral("redemptions"), QStringLiteral("units"), QStringLiteral("cost_cents")},
        {QStringLiteral("1"), QStringLiteral("{row}.quantity"), QStringLiteral("{row}.cost_cents")},
        QStringLiteral("{row}.undone_at IS NULL"),
        QStringLiteral("undone_at, credit_status, distributor_id, quantity, cost_cents, at, "
                       "location_id, program_id, manufacturer_id, offer_id")};
}

// A scan voided (or its void taken back) moves all its counting punches at once.
const char* const scanVoidTrigger = R"SQL(
CREATE TRIGGER punch_days_scan_void AFTER UPDATE OF voided_at ON scans
WHEN (OLD.voided_at IS NULL) <> (NEW.voided_at IS NULL) BEGIN
INSERT INTO punch_days (day, location_id, program_id, units)
SELECT substr(pu.at, 1, 10), NEW.location_id, coalesce(c.program_id, ''),
       CASE WHEN NEW.voided_at IS NULL THEN 1 ELSE -1 END * sum(pu.quantity)
FROM punches pu LEFT JOIN program_cards c ON c.id = pu.card_id
WHERE pu.scan_id = NEW.id AND pu.voided = 0 GROUP BY 1, 2, 3
ON CONFLICT (day, location_id, program_id) DO UPDATE SET units = units + excluded.units;
END)SQL";

const char* const tables = R"SQL(
CREATE TABLE punch_days (
    day TEXT NOT NULL, location_id TEXT NOT NULL, program_id TEXT NOT NULL,
    units INTEGER NOT NULL, PRIMARY KEY (day, location_id, program_id)) WITHOUT ROWID;
CREATE TABLE reward_days (
    day TEXT NOT NULL, location_id TEXT NOT NULL, program_id TEXT NOT NULL,
    rewards INTEGER NOT NULL, PRIMARY KEY (day, location_id, program_id)) WITHOUT ROWID;
CREATE TABLE redemption_days (
    day TEXT NOT NULL, location_id TEXT NOT NULL, program_id TEXT NOT NULL,
    manufacturer_id TEXT NOT NULL, offer INTEGER NOT NULL, distributor_id TEXT NOT NULL,
    credit_status TEXT NOT NULL, redemptions INTEGER NOT NULL, units INTEGER NOT NULL,
    cost_cents INTEGER NOT NULL, PRIMARY KEY (day, location_id, program_id, manufacturer_id,
    offer, distributor_id, credit_status)) WITHOUT ROWID
)SQL";

const char* const fills = R"SQL(
INSERT INTO punch_days (day, location_id, program_id, units)
SELECT substr(pu.at, 1, 10), s.location_id, coalesce(c.program_id, ''), sum(pu.quantity)
FROM punches pu JOIN scans s ON s.id = pu.scan_id LEFT JOIN program_cards c ON c.id = pu.card_id
WHERE pu.voided = 0 AND s.voided_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO redemption_days (day, location_id, program_id, manufacturer_id, offer,
    distributor_id, credit_status, redemptions, units, cost_cents)
SELECT substr(at, 1, 10), location_id, program_id, manufacturer_id,
       offer_id IS NOT NULL AND offer_id <> '', coalesce(distributor_id, ''), credit_status,
       count(*), sum(quantity), sum(cost_cents)
FROM redemptions WHERE undone_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7
)SQL";

// The history added up into the (empty) tables.
QStringList fillStatements()
{
    return Migrations::statementsOf(fills)
           << QStringLiteral("INSERT INTO reward_days (day, location_id, program_id, rewards) "
                             "SELECT substr(w.earned_at, 1, 10), %1, coalesce(c.program_id, "
                             "''), count(*) FROM rewards w LEFT JOIN program_cards c ON c.id = "
                             "w.card_id WHERE w.voided_at IS NULL GROUP BY 1, 2, 3")
                  .arg(rewardLocationSql(QStringLiteral("w")));
}

} // namespace

QString rewardLocationSql(const QString& reward)
{
    return QStringLiteral("coalesce((SELECT s.location_id FROM punches pu JOIN scans s ON s.id = "
                          "pu.scan_id WHERE pu.customer_id = %1.customer_id AND pu.card_id = "
                          "%1.card_id AND pu.at = %1.earned_at ORDER BY pu.id LIMIT 1), '')")
        .arg(reward);
}

QStringList migration()
{
    QStringList statements = Migrations::statementsOf(tables) + fillStatements();
    for (const Contribution& c : {punches(), rewards(), redemptions()})
        statements << triggers(c);
    statements << QString::fromUtf8(scanVoidTrigger).trimmed();
    return statements;
}

QStringList rebuild()
{
    return QStringList{QStringLiteral("DELETE FROM punch_days"),
                       QStringLiteral("DELETE FROM reward_days"),
                       QStringLiteral("DELETE FROM redemption_days")} +
           fillStatements();
}

} // namespace astro::DailyTotals
