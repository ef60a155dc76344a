#include "VisitService.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "domain/Permissions.h"
#include "engine/CardService.h"
#include "engine/OfferService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace astro {

namespace {

const QString visitColumns = QStringLiteral(
    "id, uuid, customer_id, location_id, user_id, transaction_id, started_at, finished_at, reason");

Visit visitFrom(const Row& r)
{
    Visit v;
    v.id = r[0].toLongLong();
    v.uuid = r[1].toString();
    v.customerId = r[2].toLongLong();
    v.locationId = r[3].toString();
    v.userId = r[4].toLongLong();
    v.transactionId = r[5].toString();
    v.startedAt = text::fromIsoUtc(r[6].toString());
    if (!r[7].isNull())
        v.finishedAt = text::fromIsoUtc(r[7].toString());
    v.reason = r[8].toString();
    return v;
}

bool runsOn(const QDate& from, const QDate& to, const QDate& day)
{
    return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
}

} // namespace

Result<ScanLine> ScanLine::parse(const QString& input)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([0-9 -]+?)\\s*(?:[xX*]\\s*(\\d+))?\\s*(?:@\\s*(\\d+(?:[.,]\\d{1,2})?))?\\s*$"));
    const auto m = pattern.match(input);
    if (!m.hasMatch())
        return makeError(ErrorCode::Invalid,
                         VisitService::tr("“%1” is not an item: write UPC, UPCxQUANTITY or "
                                          "UPCxQUANTITY@PRICE (for example 012345678905x2@12.99).")
                             .arg(input));
    ScanLine line;
    line.code = m.captured(1);
    if (!m.captured(2).isEmpty())
        line.quantity = m.captured(2).toInt();
    if (!m.captured(3).isEmpty()) {
        const QStringList parts = m.captured(3).split(QRegularExpression(QStringLiteral("[.,]")));
        qint64 cents = parts[0].toLongLong() * 100;
        if (parts.size() > 1)
            cents += parts[1].leftJustified(2, QLatin1Char('0')).toLongLong();
        line.priceCents = cents;
    }
    return line;
}

QStringList VisitService::exceptionReasons()
{
    return {QStringLiteral("new_item"), QStringLiteral("new_upc"),
            QStringLiteral("damaged_barcode"), QStringLiteral("catalog_missing")};
}

Result<Visit> VisitService::visit(qint64 id)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT %1 FROM visits WHERE id = ?").arg(visitColumns), {id});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no visit number %1.").arg(id));
    return visitFrom(**row);
}

Result<Visit> VisitService::open(const Actor& actor, qint64 customerId,
                                 const QString& transactionId)
{
    if (auto allowed = Permissions::check(actor, Permission::CheckOut); !allowed)
        return allowed.error();
    auto location = m_store.catalog().location(actor.locationId);
    if (!location)
        return location.error();
    if (!location->has_value())
        return makeError(ErrorCode::Invalid,
                         tr("Choose this counter's location before checking out customers."));
    auto customer = m_store.customers().get(customerId);
    if (!customer)
        return customer.error();
    if (customer->mergedInto)
        return makeError(ErrorCode::Conflict,
                         tr("%1 was merged into customer number %2; check out that customer.")
                             .arg(customer->displayName())
                             .arg(*customer->mergedInto));

    Visit v;
    v.uuid = text::newUuid();
    v.customerId = customerId;
    v.locationId = actor.locationId;
    v.userId = actor.userId;
    v.transactionId = transactionId.isEmpty() ? v.uuid : transactionId;
    v.startedAt = m_store.now();
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto id = db.insert(
        QStringLiteral("INSERT INTO visits (uuid, customer_id, location_id, "
                       "user_id, transaction_id, started_at) VALUES (?,?,?,?,?,?)"),
        {v.uuid, v.customerId, v.locationId, v.userId, v.transactionId, text::isoUtc(v.startedAt)});
    if (!id)
        return id.error();
    v.id = *id;
    auto e = m_store.events().append(actor, v.startedAt, QStringLiteral("visit.opened"),
                                     QJsonObject{{QStringLiteral("visit"), v.uuid},
                                                 {QStringLiteral("customer"), customer->uuid},
                                                 {QStringLiteral("transaction"), v.transactionId}});
    if (!e)
        return e.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return v;
}

Result<std::vector<ProgramCard>>
VisitService::punchableCards(const Product& product, const QString& locationId, const QDate& day,
                             QStringList& warnings, QString& refusal)
{
    auto candidates = m_store.catalog().cardsForProduct(product.id);
    if (!candidates)
        return candidates.error();
    std::vector<ProgramCard> punchable;
    QStringList notEnrolled;
    QStringList notRunning;
    for (const ProgramCard& card : *candidates) {
        auto program = m_store.catalog().program(card.programId);
        if (!program)
            return program.error();
        if (!program->has_value())
            continue;
        const Program& p = **program;
        if (!p.active || !runsOn(p.availableFrom, p.availableTo, day) ||
            !runsOn(card.availableFrom, card.availableTo, day)) {
            notRunning << card.title;
            continue;
        }
        auto enrollment = m_store.enrollment().get(locationId, p.id);
        if (!enrollment)
            return enrollment.error();
        if (!enrollment->has_value()) {
            notEnrolled << p.title;
            continue;
        }
        if ((*enrollment)->held()) {
            const QString warning =
                tr("“%1” is in Temporary Holding at this location: the punch counts, but its "
                   "credits are held until a Manager chooses a distributor.")
                    .arg(p.title);
            if (!warnings.contains(warning))
                warnings << warning;
        }
        punchable.push_back(card);
    }
    if (punchable.empty()) {
        const QString item =
            QStringLiteral("%1 (%2)").arg(product.description, Gtin::displayOf(product.gtin));
        if (candidates->empty())
            refusal = tr("%1 is not on any frequent buyer card.").arg(item);
        else if (!notEnrolled.isEmpty())
            refusal = tr("%1 is on “%2”, which this location is not enrolled in.")
                          .arg(item, notEnrolled.first());
        else
            refusal =
                tr("%1 is on “%2”, which is not running on %3.")
                    .arg(item, notRunning.first(), QLocale().toString(day, QLocale::ShortFormat));
    }
    return punchable;
}

Result<Product> VisitService::checkLine(const Actor& actor, const ScanLine& line)
{
    if (auto allowed = Permissions::check(actor, Permission::CheckOut); !allowed)
        return allowed.error();
    auto gtin = Gtin::parse(line.code);
    if (!gtin)
        return gtin.error();
    auto found = m_store.catalog().productByGtin(gtin->gtin14());
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("No product has the UPC %1. Check the number, or search the item by "
                            "name.")
                             .arg(gtin->display()));
    const Product product = **found;
    if (!product.active)
        return makeError(ErrorCode::Invalid,
                         tr("%1 was withdrawn from the catalog.").arg(product.description));
    if (line.quantity < 1 || line.quantity > 999)
        return makeError(ErrorCode::Invalid, tr("The quantity must be from 1 to 999."));
    if (line.priceCents && *line.priceCents < 0)
        return makeError(ErrorCode::Invalid, tr("The price cannot be negative."));
    if (line.at.isValid() && line.at.toUTC() > m_store.now().addSecs(300))
        return makeError(ErrorCode::Invalid,
                         tr("The sale time %1 is in the future; check the POS clock.")
                             .arg(QLocale().toString(line.at.toLocalTime(), QLocale::ShortFormat)));
    if (!line.exceptionCardId.isEmpty()) {
        if (auto allowed = Permissions::check(actor, Permission::AddException); !allowed)
            return allowed.error();
        if (!exceptionReasons().contains(line.exceptionReason))
            return makeError(ErrorCode::Invalid,
                             tr("Choose why this item is added by hand: %1.")
                                 .arg(exceptionReasons().join(QStringLiteral(", "))));
    }
    return product;
}

Result<ScanOutcome> VisitService::scan(const Actor& actor, qint64 visitId, const ScanLine& line)
{
    // One transaction from the first read: the reads share one snapshot instead of opening one
    // each, and what they found still holds when the scan is written.
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    // The catalog's answers are remembered from scan to scan while it does not change.
    CatalogMemo::Scope remembered(m_store.catalog().memo());
    auto checked = checkLine(actor, line);
    if (!checked)
        return checked.error();
    const Product product = *checked;
    auto v = visit(visitId);
    if (!v)
        return v.error();
    if (!v->open())
        return makeError(ErrorCode::Conflict, tr("This visit is finished; start a new one."));
    const QDateTime now = m_store.now();
    const QDateTime at = line.at.isValid() ? line.at.toUTC() : now;
    const QDate day = at.toLocalTime().date();

    QStringList warnings;
    QString refusal;
    std::vector<ProgramCard> cards;
    const bool exception = !line.exceptionCardId.isEmpty();
    if (exception) {
        auto card = m_store.catalog().card(line.exceptionCardId);
        if (!card)
            return card.error();
        if (!card->has_value())
            return makeError(ErrorCode::NotFound,
                             tr("There is no program card %1.").arg(line.exceptionCardId));
        auto enrollment = m_store.enrollment().get(v->locationId, (*card)->programId);
        if (!enrollment)
            return enrollment.error();
        if (!enrollment->has_value())
            return makeError(
                ErrorCode::Invalid,
                tr("This location is not enrolled in the program of “%1”.").arg((*card)->title));
        cards.push_back(**card);
    } else {
        auto punchable = punchableCards(product, v->locationId, day, warnings, refusal);
        if (!punchable)
            return punchable.error();
        cards = std::move(punchable).value();
    }
    auto offers = m_store.offers().runningOffersFor(product.id, v->locationId, day);
    if (!offers)
        return offers.error();
    if (cards.empty() && offers->isEmpty())
        return makeError(ErrorCode::NotFound, refusal);

    ScanOutcome out;
    out.product = product;
    out.quantity = line.quantity;
    out.unitPriceCents = line.priceCents.value_or(product.price.cents);
    out.at = at;
    out.offerIds = *offers;
    out.warnings = warnings;
    // Read before writing: a write on this connection makes the memo look again.
    for (const ProgramCard& card : cards) {
        auto program = m_store.catalog().program(card.programId);
        if (!program)
            return program.error();
        auto enrollment = m_store.enrollment().get(v->locationId, card.programId);
        if (!enrollment)
            return enrollment.error();
        CardPunch punch;
        punch.cardId = card.id;
        punch.cardTitle = card.title;
        punch.programId = card.programId;
        punch.programTitle = program->has_value() ? (*program)->title : QString();
        punch.units = line.quantity;
        punch.buy = card.buy;
        punch.held = enrollment->has_value() && (*enrollment)->held();
        out.punches.push_back(punch);
    }

    const QString scanUuid = line.uuid.isEmpty() ? text::newUuid() : line.uuid;
    const QString atText = text::isoUtc(at);
    auto scanId = db.insert(
        QStringLiteral("INSERT INTO scans (uuid, visit_id, customer_id, product_id, quantity, "
                       "unit_price_cents, at, location_id, user_id, exception_reason) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?)"),
        {scanUuid, v->id, v->customerId, product.id, line.quantity, out.unitPriceCents, atText,
         v->locationId, actor.userId, exception ? line.exceptionReason : QString()});
    if (!scanId)
        return scanId.error();
    out.scanId = *scanId;
    QJsonArray punchedCards;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const ProgramCard& card = cards[i];
        if (auto s =
                db.execute(QStringLiteral("INSERT INTO punches (scan_id, customer_id, card_id, "
                                          "product_id, quantity, unit_price_cents, at) VALUES "
                                          "(?,?,?,?,?,?,?)"),
                           {*scanId, v->customerId, card.id, product.id, line.quantity,
                            out.unitPriceCents, atText});
            !s)
            return s.error();
        auto settled = m_store.cards().reconcile(actor, v->customerId, card);
        if (!settled)
            return settled.error();
        out.punches[i].progress = settled->progress;
        out.punches[i].rewardsEarned = settled->rewardsAdded;
        punchedCards.append(card.id);
    }
    auto customerUuid = m_store.customers().uuidOf(v->customerId);
    if (!customerUuid)
        return customerUuid.error();
    auto e = m_store.events().append(
        actor, at, QStringLiteral("scan.added"),
        QJsonObject{
            {QStringLiteral("scan"), scanUuid},
            {QStringLiteral("visit"), v->uuid},
            {QStringLiteral("transaction"), v->transactionId},
            {QStringLiteral("customer"), *customerUuid},
            {QStringLiteral("item_code"), product.gtin},
            {QStringLiteral("item_qty"), line.quantity},
            {QStringLiteral("item_amount_cents"), out.unitPriceCents},
            {QStringLiteral("location"), v->locationId},
            {QStringLiteral("cards"), punchedCards},
            {QStringLiteral("exception_reason"), exception ? line.exceptionReason : QString()}});
    if (!e)
        return e.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return out;
}

Status VisitService::voidScan(const Actor& actor, qint64 scanId)
{
    Database& db = m_store.db();
    auto row = db.selectOne(QStringLiteral("SELECT s.visit_id, s.voided_at, s.uuid, s.customer_id "
                                           "FROM scans s WHERE s.id = ?"),
                            {scanId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no scan number %1.").arg(scanId));
    auto v = visit((**row)[0].toLongLong());
    if (!v)
        return v.error();
    if (auto allowed = Permissions::check(actor, v->open() ? Permission::CheckOut
                                                           : Permission::UndoAfterVisit);
        !allowed)
        return allowed;
    if (!(**row)[1].isNull())
        return makeError(ErrorCode::Conflict, tr("This scan was already voided."));
    const qint64 customerId = (**row)[3].toLongLong();

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("UPDATE scans SET voided_at = ? WHERE id = ?"),
                            {text::isoUtc(m_store.now()), scanId});
        !s)
        return s;
    if (auto s =
            db.execute(QStringLiteral("UPDATE punches SET voided = 1 WHERE scan_id = ?"), {scanId});
        !s)
        return s;
    if (auto s = reconcileCardsOf(actor, customerId, scanId); !s)
        return s;
    if (auto s = m_store.offers().checkVisitStillEarns(v->id); !s)
        return s;
    auto e = m_store.events().append(actor, m_store.now(), QStringLiteral("scan.voided"),
                                     QJsonObject{{QStringLiteral("scan"), (**row)[2].toString()},
                                                 {QStringLiteral("visit"), v->uuid}});
    if (!e)
        return e.error();
    return transaction.commit();
}

Status VisitService::reconcileCardsOf(const Actor& actor, qint64 customerId, qint64 scanId)
{
    auto cards = m_store.db().select(
        QStringLiteral("SELECT card_id FROM punches WHERE scan_id = ?"), {scanId});
    if (!cards)
        return cards.error();
    for (const Row& card : *cards)
        if (auto r = m_store.cards().reconcile(actor, customerId, card[0].toString()); !r)
            return r.error();
    return {};
}

Status VisitService::reduceScan(const Actor& actor, qint64 scanId, int units)
{
    Database& db = m_store.db();
    auto row = db.selectOne(
        QStringLiteral("SELECT s.quantity, s.voided_at, s.customer_id, s.uuid FROM scans s WHERE "
                       "s.id = ?"),
        {scanId});
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no scan number %1.").arg(scanId));
    if (auto allowed = Permissions::check(actor, Permission::UndoAfterVisit); !allowed)
        return allowed;
    if (!(**row)[1].isNull())
        return makeError(ErrorCode::Conflict, tr("This scan was already voided."));
    const int quantity = (**row)[0].toInt();
    if (units < 1 || units >= quantity)
        return makeError(
            ErrorCode::Invalid,
            tr("Take 1 to %1 units off this line, or void it whole.").arg(quantity - 1));
    const qint64 customerId = (**row)[2].toLongLong();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const char* sql : {"UPDATE scans SET quantity = quantity - ? WHERE id = ?",
                            "UPDATE punches SET quantity = quantity - ? WHERE scan_id = ?"})
        if (auto s = db.execute(QString::fromLatin1(sql), {units, scanId}); !s)
            return s;
    if (auto s = reconcileCardsOf(actor, customerId, scanId); !s)
        return s;
    auto e = m_store.events().append(actor, m_store.now(), QStringLiteral("scan.reduced"),
                                     QJsonObject{{QStringLiteral("scan"), (**row)[3].toString()},
                                                 {QStringLiteral("units"), units}});
    if (!e)
        return e.error();
    return transaction.commit();
}

Result<std::vector<ScanRecord>> VisitService::scans(qint64 visitId)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT s.id, s.product_id, s.quantity, s.unit_price_cents, s.at, "
                       "s.voided_at IS NOT NULL, s.exception_reason, (SELECT group_concat(card_id) "
                       "FROM punches WHERE scan_id = s.id) FROM scans s WHERE s.visit_id = ? ORDER "
                       "BY s.id"),
        {visitId});
    if (!rows)
        return rows.error();
    std::vector<ScanRecord> out;
    for (const Row& r : *rows) {
        ScanRecord s;
        s.id = r[0].toLongLong();
        auto product = m_store.catalog().product(r[1].toLongLong());
        if (!product)
            return product.error();
        if (product->has_value())
            s.product = **product;
        s.quantity = r[2].toInt();
        s.unitPriceCents = r[3].toLongLong();
        s.at = text::fromIsoUtc(r[4].toString());
        s.voided = r[5].toBool();
        s.exceptionReason = r[6].toString();
        s.cardIds = r[7].toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.push_back(s);
    }
    return out;
}

Result<std::vector<MultiPurchase>> VisitService::multiPurchases(qint64 visitId)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT pu.card_id, c.title, sum(pu.quantity) FROM punches pu JOIN scans s "
                       "ON s.id = pu.scan_id JOIN program_cards c ON c.id = pu.card_id WHERE "
                       "s.visit_id = ? AND pu.voided = 0 GROUP BY pu.card_id HAVING "
                       "sum(pu.quantity) > 1 ORDER BY c.title"),
        {visitId});
    if (!rows)
        return rows.error();
    std::vector<MultiPurchase> out;
    for (const Row& r : *rows)
        out.push_back(MultiPurchase{r[0].toString(), r[1].toString(), r[2].toInt()});
    return out;
}

Status VisitService::finish(const Actor& actor, qint64 visitId, const QString& reasonIn)
{
    if (auto allowed = Permissions::check(actor, Permission::CheckOut); !allowed)
        return allowed;
    auto v = visit(visitId);
    if (!v)
        return v.error();
    if (!v->open())
        return makeError(ErrorCode::Conflict, tr("This visit is already finished."));
    const QString reason = reasonIn.simplified();
    auto multi = multiPurchases(visitId);
    if (!multi)
        return multi.error();
    if (!multi->empty() && reason.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("This visit adds %1 punches to “%2”: give a reason (for example, "
                            "converting a paper card).")
                             .arg(multi->front().units)
                             .arg(multi->front().cardTitle));
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    const QDateTime now = m_store.now();
    if (auto s = db.execute(QStringLiteral("UPDATE visits SET finished_at = ?, reason = ? WHERE "
                                           "id = ?"),
                            {text::isoUtc(now), reason, visitId});
        !s)
        return s;
    auto e = m_store.events().append(
        actor, now, QStringLiteral("visit.finished"),
        QJsonObject{{QStringLiteral("visit"), v->uuid}, {QStringLiteral("reason"), reason}});
    if (!e)
        return e.error();
    return transaction.commit();
}

} // namespace astro
