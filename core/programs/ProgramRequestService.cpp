#include "ProgramRequestService.h"

#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "domain/Permissions.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace astro {

namespace {

constexpr int maxTimeLimitMonths = 36;
constexpr int maxTextLength = 200;
constexpr int maxNotesLength = 2000;

const QString recordColumns =
    QStringLiteral("json, state, ticket, answer, created_at, created_by, sent_at");

QJsonArray arrayOf(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList listOf(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

QString offerTypeCode(ProgramRequest::OfferType type)
{
    return type == ProgramRequest::OfferType::Discount ? QStringLiteral("discount")
                                                       : QStringLiteral("free");
}

ProgramRequestRecord recordFrom(const Row& r)
{
    ProgramRequestRecord record;
    record.request = ProgramRequest::fromJson(QJsonDocument::fromJson(r[0].toByteArray()).object());
    record.state = r[1].toString();
    record.ticket = r[2].toString();
    record.answer = r[3].toString();
    record.createdAt = text::fromIsoUtc(r[4].toString());
    record.createdBy = r[5].toString();
    if (!r[6].isNull())
        record.sentAt = text::fromIsoUtc(r[6].toString());
    return record;
}

} // namespace

QJsonObject ProgramRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("request"), uuid},
                  // One line for the help desk, as the public form asked for it.
                  {QStringLiteral("brands"), brands.join(QStringLiteral(", "))},
                  {QStringLiteral("parent_company"), parentCompany},
                  {QStringLiteral("item_types"), arrayOf(itemTypes)},
                  {QStringLiteral("offer_type"), offerTypeCode(offerType)},
                  {QStringLiteral("buy"), buy},
                  {QStringLiteral("get"), get},
                  {QStringLiteral("categorize_by"), arrayOf(categorizeBy)},
                  {QStringLiteral("build_option"), buildOption},
                  {QStringLiteral("rule"), toCode(rule)},
                  {QStringLiteral("time_limit_months"), timeLimitMonths},
                  {QStringLiteral("fulfillment"), toCode(fulfillment)},
                  {QStringLiteral("distributor"), distributor},
                  {QStringLiteral("rep_name"), repName},
                  {QStringLiteral("rep_email"), repEmail},
                  {QStringLiteral("rep_phone"), repPhone},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("location"), locationId}};
    if (offerType == OfferType::Discount)
        o.insert(QStringLiteral("discount_percent"), discountPercent);
    return o;
}

ProgramRequest ProgramRequest::fromJson(const QJsonObject& o)
{
    ProgramRequest r;
    r.uuid = o.value(QStringLiteral("request")).toString();
    for (const QString& brand :
         o.value(QStringLiteral("brands")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!brand.trimmed().isEmpty())
            r.brands << brand.trimmed();
    r.parentCompany = o.value(QStringLiteral("parent_company")).toString();
    r.itemTypes = listOf(o.value(QStringLiteral("item_types")));
    r.offerType = o.value(QStringLiteral("offer_type")).toString() == QLatin1String("discount")
                      ? OfferType::Discount
                      : OfferType::FreeGoods;
    r.buy = o.value(QStringLiteral("buy")).toInt();
    r.get = o.value(QStringLiteral("get")).toInt();
    r.discountPercent = o.value(QStringLiteral("discount_percent")).toInt();
    r.categorizeBy = listOf(o.value(QStringLiteral("categorize_by")));
    r.buildOption = o.value(QStringLiteral("build_option")).toString();
    r.rule =
        fromCode<RewardRule>(o.value(QStringLiteral("rule")).toString()).value_or(RewardRule::Any);
    r.timeLimitMonths = o.value(QStringLiteral("time_limit_months")).toInt();
    r.fulfillment = fromCode<Fulfillment>(o.value(QStringLiteral("fulfillment")).toString())
                        .value_or(Fulfillment::Retailer);
    r.distributor = o.value(QStringLiteral("distributor")).toString();
    r.repName = o.value(QStringLiteral("rep_name")).toString();
    r.repEmail = o.value(QStringLiteral("rep_email")).toString();
    r.repPhone = o.value(QStringLiteral("rep_phone")).toString();
    r.notes = o.value(QStringLiteral("notes")).toString();
    r.locationId = o.value(QStringLiteral("location")).toString();
    return r;
}

QStringList ProgramRequestService::problems(const ProgramRequest& r)
{
    QStringList out;
    QStringList brands;
    for (const QString& b : r.brands)
        if (!b.trimmed().isEmpty())
            brands << b.trimmed();
    if (brands.isEmpty())
        out << tr("Enter at least one brand.");
    else if (brands.join(QStringLiteral(", ")).size() > maxTextLength)
        out << tr("The brands are too long: at most %1 characters.").arg(maxTextLength);
    if (r.parentCompany.trimmed().isEmpty())
        out << tr("Enter the parent company (the company that makes the brand).");
    else if (r.parentCompany.trimmed().size() > maxTextLength)
        out << tr("The parent company is too long: at most %1 characters.").arg(maxTextLength);
    if (r.itemTypes.isEmpty())
        out << tr("Choose at least one type of item for the program.");
    for (const QString& type : r.itemTypes)
        if (!itemTypeCodes().contains(type))
            out << tr("“%1” is not a type of item.").arg(type);
    if (r.buy < 1)
        out << tr("Buy X: the customer must buy at least 1 item.");
    if (r.get < 1)
        out << tr("Get Y: the customer must get at least 1 item.");
    if (r.offerType == ProgramRequest::OfferType::Discount &&
        (r.discountPercent < 1 || r.discountPercent > 99))
        out << tr("The discount is 1% to 99% (100% is a free item: choose Free).");
    for (const QString& category : r.categorizeBy)
        if (!categoryCodes().contains(category))
            out << tr("“%1” is not a way to categorize cards.").arg(category);
    if (!buildOptions().contains(r.buildOption))
        out << tr("Choose a build option: A, B, C or D.");
    if (!rules().contains(r.rule))
        out << tr("The rule must be Least Value, Most Frequent, Purchased Prior or none.");
    if (r.timeLimitMonths < 0 || r.timeLimitMonths > maxTimeLimitMonths)
        out << tr("The time limit is 0 to %1 months (0: no limit).").arg(maxTimeLimitMonths);
    if (r.fulfillment != Fulfillment::Retailer)
        out << tr("Tracking programs are always Retailer Fulfilled.");
    if (r.distributor.trimmed().size() > maxTextLength)
        out << tr("The distributor is too long: at most %1 characters.").arg(maxTextLength);
    if (r.repName.trimmed().isEmpty())
        out << tr("Enter the brand rep's name: the store's credits are arranged with them.");
    else if (r.repName.trimmed().size() > maxTextLength)
        out << tr("The brand rep's name is too long: at most %1 characters.").arg(maxTextLength);
    const QString email = r.repEmail.trimmed();
    const QString phone = text::digitsOnly(r.repPhone);
    if (email.isEmpty() && r.repPhone.trimmed().isEmpty())
        out << tr("Enter the brand rep's email or phone.");
    if (!email.isEmpty() && (!CustomerStore::isEmail(email) || email.size() > maxTextLength))
        out << tr("“%1” is not an email address.").arg(email);
    if (!r.repPhone.trimmed().isEmpty() && (phone.size() < 10 || phone.size() > 15))
        out << tr("“%1” is not a phone number: give the 10 digits with the area code.")
                   .arg(r.repPhone.trimmed());
    if (r.notes.size() > maxNotesLength)
        out << tr("The notes are too long: at most %1 characters.")
                   .arg(QLocale().toString(maxNotesLength));
    return out;
}

Status ProgramRequestService::validate(const ProgramRequest& request)
{
    const QStringList found = problems(request);
    if (found.isEmpty())
        return {};
    return makeError(ErrorCode::Invalid, found.join(QLatin1Char('\n')));
}

Result<ProgramRequestRecord> ProgramRequestService::submit(const Actor& actor,
                                                           ProgramRequest request)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageEnrollment); !allowed)
        return allowed.error();
    if (auto valid = validate(request); !valid)
        return valid.error();
    QStringList brands;
    for (const QString& b : request.brands)
        if (!b.trimmed().isEmpty())
            brands << b.trimmed();
    request.brands = brands;
    request.parentCompany = request.parentCompany.trimmed();
    request.distributor = request.distributor.trimmed();
    request.repName = request.repName.trimmed();
    request.repEmail = request.repEmail.trimmed().toLower();
    request.repPhone = request.repPhone.trimmed();
    request.notes = request.notes.trimmed();
    if (request.offerType != ProgramRequest::OfferType::Discount)
        request.discountPercent = 0;
    request.uuid = text::newUuid();
    request.locationId = actor.locationId;

    ProgramRequestRecord record;
    record.request = request;
    record.state = pendingState();
    record.createdAt = m_store.now();
    record.createdBy = actor.userName;
    const QJsonObject json = request.toJson();

    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto s = db.execute(
            QStringLiteral("INSERT INTO program_requests (uuid, json, state, ticket, answer, "
                           "created_at, created_by) VALUES (?,?,?,'','',?,?)"),
            {request.uuid, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
             record.state, text::isoUtc(record.createdAt), record.createdBy});
        !s)
        return s.error();
    if (auto s = m_store.audit(actor, QStringLiteral("program_request:%1").arg(request.uuid),
                               QStringLiteral("requested"), QString(),
                               request.brands.join(QStringLiteral(", ")));
        !s)
        return s.error();
    // The other counters of the store list it too, with who asked.
    QJsonObject added = json;
    added.insert(QStringLiteral("requested_by"), actor.userName);
    if (auto e = m_store.events().append(actor, record.createdAt,
                                         QStringLiteral("program_request.added"), added);
        !e)
        return e.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return record;
}

Result<std::vector<ProgramRequestRecord>> ProgramRequestService::records(const QString& where,
                                                                         const QVariantList& binds)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT %1 FROM program_requests %2").arg(recordColumns, where), binds);
    if (!rows)
        return rows.error();
    std::vector<ProgramRequestRecord> out;
    out.reserve(rows->size());
    for (const Row& r : *rows)
        out.push_back(recordFrom(r));
    return out;
}

Result<std::vector<ProgramRequestRecord>> ProgramRequestService::list(int limit, int offset)
{
    return records(QStringLiteral("ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?"),
                   {limit, offset});
}

Result<qint64> ProgramRequestService::count()
{
    auto n = m_store.db().scalar(QStringLiteral("SELECT count(*) FROM program_requests"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::optional<ProgramRequestRecord>> ProgramRequestService::get(const QString& uuid)
{
    auto found = records(QStringLiteral("WHERE uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<ProgramRequestRecord>();
    return std::optional<ProgramRequestRecord>(found->front());
}

Result<std::vector<ProgramRequestRecord>> ProgramRequestService::unsent(int limit)
{
    return records(QStringLiteral("WHERE sent_at IS NULL ORDER BY created_at, rowid LIMIT ?"),
                   {limit});
}

Status ProgramRequestService::markSent(const QString& uuid, const QString& state,
                                       const QString& ticket, const QDateTime& at)
{
    return m_store.db().execute(
        QStringLiteral("UPDATE program_requests SET state = ?, ticket = CASE WHEN ? = '' THEN "
                       "ticket ELSE ? END, sent_at = ? WHERE uuid = ?"),
        {state.isEmpty() ? QStringLiteral("received") : state, ticket, ticket, text::isoUtc(at),
         uuid});
}

Status ProgramRequestService::applyAdded(const QJsonObject& payload, const QDateTime& at)
{
    const ProgramRequest request = ProgramRequest::fromJson(payload);
    if (request.uuid.isEmpty())
        return {}; // nothing to list it by
    // Marked sent: the counter where it was made sends it; the server's answer comes to all.
    return m_store.db().execute(
        QStringLiteral("INSERT OR IGNORE INTO program_requests (uuid, json, state, ticket, answer, "
                       "created_at, created_by, sent_at) VALUES (?,?,?,'','',?,?,?)"),
        {request.uuid,
         QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)),
         pendingState(), text::isoUtc(at), payload.value(QStringLiteral("requested_by")).toString(),
         text::isoUtc(at)});
}

Status ProgramRequestService::applyUpdate(const QString& uuid, const QString& state,
                                          const QString& ticket, const QString& answer)
{
    // The help desk answering means the request arrived, whatever this counter recorded.
    return m_store.db().execute(
        QStringLiteral("UPDATE program_requests SET state = CASE WHEN ? = '' THEN state ELSE ? "
                       "END, ticket = CASE WHEN ? = '' THEN ticket ELSE ? END, answer = CASE WHEN "
                       "? = '' THEN answer ELSE ? END, sent_at = coalesce(sent_at, ?) WHERE uuid "
                       "= ?"),
        {state, state, ticket, ticket, answer, answer, text::isoUtc(m_store.now()), uuid});
}

QStringList ProgramRequestService::itemTypeCodes()
{
    return {QStringLiteral("kibble"),       QStringLiteral("can"),   QStringLiteral("raw"),
            QStringLiteral("freeze_dried"), QStringLiteral("treat"), QStringLiteral("supplement"),
            QStringLiteral("other")};
}

QString ProgramRequestService::itemTypeLabel(const QString& code)
{
    if (code == QLatin1String("kibble"))
        return tr("Kibble");
    if (code == QLatin1String("can"))
        return tr("Cans");
    if (code == QLatin1String("raw"))
        return tr("Frozen raw");
    if (code == QLatin1String("freeze_dried"))
        return tr("Freeze-dried");
    if (code == QLatin1String("treat"))
        return tr("Treats");
    if (code == QLatin1String("supplement"))
        return tr("Supplements");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QStringList ProgramRequestService::categoryCodes()
{
    return {QStringLiteral("species"), QStringLiteral("food_type"), QStringLiteral("weight")};
}

QString ProgramRequestService::categoryLabel(const QString& code)
{
    if (code == QLatin1String("species"))
        return tr("Species");
    if (code == QLatin1String("food_type"))
        return tr("Food type");
    if (code == QLatin1String("weight"))
        return tr("Weight");
    return code;
}

QStringList ProgramRequestService::buildOptions()
{
    return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
}

QList<RewardRule> ProgramRequestService::rules()
{
    return {RewardRule::Any, RewardRule::LeastValue, RewardRule::MostFrequent,
            RewardRule::PurchasedPrior};
}

QString ProgramRequestService::stateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return tr("Waiting to be sent");
    if (state == QLatin1String("received"))
        return tr("Received by Astro");
    if (state == QLatin1String("in_progress"))
        return tr("In progress");
    if (state == QLatin1String("answered"))
        return tr("Answered");
    if (state == QLatin1String("built"))
        return tr("Program built");
    if (state == QLatin1String("declined"))
        return tr("Declined");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    return state;
}

QString ProgramRequestService::offerText(const ProgramRequest& r)
{
    if (r.offerType == ProgramRequest::OfferType::Discount)
        return tr("Buy %1, get %2 at %3% off").arg(r.buy).arg(r.get).arg(r.discountPercent);
    return tr("Buy %1, get %2 free").arg(r.buy).arg(r.get);
}

} // namespace astro
