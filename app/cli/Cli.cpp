#include "Cli.h"

#include "JsonViews.h"
#include "batches/BatchExport.h"
#include "batches/BatchService.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "credits/CreditService.h"
#include "customers/CustomerStore.h"
#include "demo/DemoStore.h"
#include "domain/Gtin.h"
#include "domain/Permissions.h"
#include "engine/CardService.h"
#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "report/BatchPdfWriter.h"
#include "storage/AuditLog.h"
#include "storage/EventLog.h"
#include "store/Store.h"
#include "sync/ConflictLog.h"
#include "sync/SyncEngine.h"
#include "users/UserStore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace astro::cli {

namespace {

const QStringList valueOptions = {QStringLiteral("db"),
                                  QStringLiteral("user"),
                                  QStringLiteral("pin"),
                                  QStringLiteral("location"),
                                  QStringLiteral("customer"),
                                  QStringLiteral("card"),
                                  QStringLiteral("upc"),
                                  QStringLiteral("email"),
                                  QStringLiteral("at"),
                                  QStringLiteral("reason"),
                                  QStringLiteral("transaction"),
                                  QStringLiteral("status"),
                                  QStringLiteral("manufacturer"),
                                  QStringLiteral("format"),
                                  QStringLiteral("out"),
                                  QStringLiteral("account"),
                                  QStringLiteral("note"),
                                  QStringLiteral("program"),
                                  QStringLiteral("distributor"),
                                  QStringLiteral("first"),
                                  QStringLiteral("last"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("limit"),
                                  QStringLiteral("offset"),
                                  QStringLiteral("qty"),
                                  QStringLiteral("redemption"),
                                  QStringLiteral("scan"),
                                  QStringLiteral("search"),
                                  QStringLiteral("role"),
                                  QStringLiteral("lang"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("admin-pin"),
                                  QStringLiteral("new-pin"),
                                  QStringLiteral("redeem-offer"),
                                  QStringLiteral("from"),
                                  QStringLiteral("to"),
                                  QStringLiteral("cadence"),
                                  QStringLiteral("exception-card"),
                                  QStringLiteral("exception-reason"),
                                  QStringLiteral("url"),
                                  QStringLiteral("sync-user"),
                                  QStringLiteral("client-id"),
                                  QStringLiteral("port"),
                                  QStringLiteral("sales-folder")};
const QStringList flagOptions = {QStringLiteral("json"),
                                 QStringLiteral("demo"),
                                 QStringLiteral("reselect"),
                                 QStringLiteral("unsent"),
                                 QStringLiteral("all"),
                                 QStringLiteral("help"),
                                 QStringLiteral("version"),
                                 QStringLiteral("allow-duplicate"),
                                 QStringLiteral("password-stdin"),
                                 QStringLiteral("no-verify"),
                                 QStringLiteral("enable"),
                                 QStringLiteral("disable"),
                                 QStringLiteral("follow"),
                                 QStringLiteral("no-follow")};

QString money(const Money& m)
{
    return m.format(QLocale());
}

QString shortTime(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

template <typename T> QJsonArray jsonArray(const std::vector<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(toJson(item));
    return a;
}

} // namespace

Cli::~Cli() = default;

QString Cli::usage()
{
    return tr("Usage: astro-counter-cli [--db FILE] [--json] [--user NAME --pin PIN] COMMAND ...\n"
              "\n"
              "Store\n"
              "  init [--demo] [--admin NAME --admin-pin PIN]   create the database (with the demo "
              "store)\n"
              "  catalog import FILE                            import a catalog document\n"
              "Customers\n"
              "  customer add --first F --last L [--phone P] [--email E] [--allow-duplicate]\n"
              "  customer find TEXT [--limit N] [--offset N]\n"
              "  customer show ID\n"
              "  customer merge KEEP_ID DUPLICATE_ID\n"
              "Checkout\n"
              "  scan --customer ID [--location L] [--at ISO-8601] [--reason R] [--transaction T]\n"
              "       [--redeem-offer OFFER[:UPC]] UPC[xQTY][@PRICE]...\n"
              "  void --scan ID\n"
              "  cards --customer ID\n"
              "  rewards --customer ID --card CARD\n"
              "  redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]\n"
              "  undo --redemption ID [--reselect]\n"
              "Retailer Free Goods Credit Batches\n"
              "  batches [--status open|closed|submitted|complete] [--manufacturer M] [--location "
              "L]\n"
              "  batch show|close|submit|complete ID\n"
              "  batch export ID --format csv|pdf --out FILE\n"
              "  batch cadence weekly|biweekly|monthly\n"
              "Distributor credits\n"
              "  credits [--status held|uncredited|credited|reconciled|declined] [--location L]\n"
              "  credit resubmit ID --account N [--note TEXT]\n"
              "  credit mark ID credited|reconciled|declined [--reason TEXT]\n"
              "Enrollment\n"
              "  enrollment list [--location L]\n"
              "  enrollment set --location L --program P [--distributor D] [--account N]\n"
              "  enrollment held\n"
              "  distributors eligible --location L --program P\n"
              "Administration\n"
              "  audit [--search TEXT] [--limit N]\n"
              "  user list | user add NAME --role ROLE --new-pin PIN | user pin NAME --new-pin "
              "PIN\n"
              "  user role NAME --role ROLE | user disable NAME | user enable NAME\n"
              "  events [--unsent] [--limit N]\n"
              "Sync with the Astro server\n"
              "  sync                                           send and receive changes now\n"
              "  sync setup --url URL --sync-user NAME [--client-id ID] [--password-stdin] "
              "[--no-verify]\n"
              "  sync status | sync conflicts [--all] | sync resolve ID\n"
              "POS bridge (Astro's API for a point of sale, on 127.0.0.1)\n"
              "  bridge [--port N] [--sales-folder DIR]          run it here until stopped\n"
              "  bridge settings [--enable|--disable] [--port N] [--sales-folder DIR]\n"
              "                  [--follow|--no-follow]\n"
              "  pos-user list | pos-user add NAME --client-id ID [--password-stdin]\n"
              "  pos-user password NAME [--password-stdin] | pos-user remove NAME\n"
              "\n"
              "Commands that change data need --user and --pin (or ASTRO_USER and ASTRO_PIN).\n"
              "The database defaults to %1.\n")
        .arg(Store::defaultPath());
}

bool Cli::needsGui(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("export")) &&
           (arguments.contains(QStringLiteral("pdf")) ||
            arguments.contains(QStringLiteral("--format=pdf")));
}

bool Cli::parse(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_args.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (name == QLatin1String("password")) {
            usageError(tr("A password is never given on the command line: use --password-stdin "
                          "or the environment variable ASTRO_SYNC_PASSWORD."));
            return false;
        }
        if (flagOptions.contains(name) && eq < 0) {
            m_args.flags << name;
        } else if (valueOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= arguments.size()) {
                    usageError(tr("The option --%1 needs a value.").arg(name));
                    return false;
                }
                value = arguments[++i];
            }
            m_args.options[name] << value;
        } else {
            usageError(tr("Unknown option --%1.").arg(name));
            return false;
        }
    }
    return true;
}

QString Cli::option(const QString& name, const QString& fallback) const
{
    const QStringList values = m_args.options.value(name);
    return values.isEmpty() ? fallback : values.last();
}

QStringList Cli::options(const QString& name) const
{
    return m_args.options.value(name);
}

bool Cli::requireOptions(const QStringList& names)
{
    for (const QString& name : names)
        if (option(name).isEmpty()) {
            usageError(tr("The option --%1 is required here.").arg(name));
            return false;
        }
    return true;
}

Result<qint64> Cli::idOption(const QString& name)
{
    bool ok = false;
    const qint64 id = option(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid,
                         tr("--%1 needs a number (got “%2”).").arg(name, option(name)));
    return id;
}

Result<qint64> Cli::idArgument(int index, const QString& what)
{
    bool ok = false;
    const qint64 id = positional(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Invalid,
                         tr("Give the %1 number (got “%2”).").arg(what, positional(index)));
    return id;
}

int Cli::fail(const Error& error)
{
    if (flag(QStringLiteral("json")))
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("error"), error.message}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    else
        m_err << QStringLiteral("astro-counter-cli: ") << error.message << Qt::endl;
    return error.code == ErrorCode::Forbidden ? Denied : Failed;
}

int Cli::failSync(const Error& error)
{
    const int code = fail(error);
    return error.code == ErrorCode::Network ? Offline : code;
}

int Cli::usageError(const QString& message)
{
    m_err << QStringLiteral("astro-counter-cli: ") << message << Qt::endl
          << tr("Run “astro-counter-cli --help” for the list of commands.") << Qt::endl;
    return Usage;
}

void Cli::print(const QJsonValue& json, const QString& text)
{
    if (flag(QStringLiteral("json"))) {
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << doc.toJson(QJsonDocument::Indented);
    } else if (!text.isEmpty()) {
        m_out << text;
        if (!text.endsWith(QLatin1Char('\n')))
            m_out << Qt::endl;
    }
    m_out.flush();
}

void Cli::printLine(const QString& text)
{
    if (!flag(QStringLiteral("json")))
        m_out << text << Qt::endl;
}

bool Cli::openStore(bool mustExist)
{
    if (mustExist && !QFileInfo::exists(m_dbPath)) {
        fail(makeError(ErrorCode::NotFound,
                       tr("There is no database at %1. Create one with “astro-counter-cli init”.")
                           .arg(m_dbPath)));
        return false;
    }
    auto store = Store::open(m_dbPath);
    if (!store) {
        fail(store.error());
        return false;
    }
    m_store = std::move(store).value();
    return true;
}

QString Cli::location()
{
    const QString given = option(QStringLiteral("location"));
    if (!given.isEmpty())
        return given;
    auto saved = m_store->setting(QStringLiteral("counter_location"));
    return saved ? *saved : QString();
}

Result<Actor> Cli::signIn()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString name = option(QStringLiteral("user"), env.value(QStringLiteral("ASTRO_USER")));
    const QString pin = option(QStringLiteral("pin"), env.value(QStringLiteral("ASTRO_PIN")));
    if (name.isEmpty() || pin.isEmpty())
        return makeError(ErrorCode::Forbidden,
                         tr("This command changes data: sign in with --user NAME and --pin PIN "
                            "(or ASTRO_USER and ASTRO_PIN)."));
    return m_store->users().authenticate(name, pin, location());
}

int Cli::run(const QStringList& arguments)
{
    if (!parse(arguments))
        return Usage;
    if (flag(QStringLiteral("version"))) {
        m_out << QStringLiteral("astro-counter-cli %1").arg(QStringLiteral(ASTRO_VERSION))
              << Qt::endl;
        return Ok;
    }
    if (flag(QStringLiteral("help")) || m_args.positional.isEmpty() ||
        positional(0) == QLatin1String("help")) {
        m_out << usage();
        return m_args.positional.isEmpty() && !flag(QStringLiteral("help")) ? Usage : Ok;
    }
    m_dbPath = option(QStringLiteral("db"), Store::defaultPath());

    const QString command = positional(0);
    using Handler = int (Cli::*)();
    static const QHash<QString, Handler> commands = {
        {QStringLiteral("init"), &Cli::cmdInit},
        {QStringLiteral("catalog"), &Cli::cmdCatalog},
        {QStringLiteral("customer"), &Cli::cmdCustomer},
        {QStringLiteral("scan"), &Cli::cmdScan},
        {QStringLiteral("void"), &Cli::cmdVoid},
        {QStringLiteral("cards"), &Cli::cmdCards},
        {QStringLiteral("rewards"), &Cli::cmdRewards},
        {QStringLiteral("redeem"), &Cli::cmdRedeem},
        {QStringLiteral("undo"), &Cli::cmdUndo},
        {QStringLiteral("batches"), &Cli::cmdBatches},
        {QStringLiteral("batch"), &Cli::cmdBatch},
        {QStringLiteral("credits"), &Cli::cmdCredits},
        {QStringLiteral("credit"), &Cli::cmdCredit},
        {QStringLiteral("enrollment"), &Cli::cmdEnrollment},
        {QStringLiteral("distributors"), &Cli::cmdDistributors},
        {QStringLiteral("audit"), &Cli::cmdAudit},
        {QStringLiteral("user"), &Cli::cmdUser},
        {QStringLiteral("events"), &Cli::cmdEvents},
        {QStringLiteral("sync"), &Cli::cmdSync},
        {QStringLiteral("bridge"), &Cli::cmdBridge},
        {QStringLiteral("pos-user"), &Cli::cmdPosUser},
    };
    const auto handler = commands.find(command);
    if (handler == commands.end())
        return usageError(tr("Unknown command “%1”.").arg(command));
    if (command != QLatin1String("init") && !openStore(true))
        return Failed;
    return (this->*handler.value())();
}

int Cli::cmdInit()
{
    const bool existed = QFileInfo::exists(m_dbPath);
    if (!openStore(false))
        return Failed;
    auto users = m_store->users().count();
    if (!users)
        return fail(users.error());
    if (flag(QStringLiteral("demo"))) {
        if (auto s = DemoStore::load(*m_store); !s)
            return fail(s.error());
    } else if (!option(QStringLiteral("admin")).isEmpty()) {
        if (*users > 0)
            return fail(makeError(ErrorCode::Conflict,
                                  tr("%1 already has users: sign in as an Admin and use "
                                     "“user add”.")
                                      .arg(m_dbPath)));
        auto added = m_store->users().add(Actor::system(), option(QStringLiteral("admin")),
                                          Role::Admin, option(QStringLiteral("admin-pin")));
        if (!added)
            return fail(added.error());
    } else if (existed && *users > 0) {
        printLine(tr("The database %1 is already set up.").arg(m_dbPath));
    }
    print(QJsonObject{{QStringLiteral("database"), m_dbPath},
                      {QStringLiteral("device"), m_store->deviceId()},
                      {QStringLiteral("demo"), flag(QStringLiteral("demo"))}},
          tr("Database ready: %1").arg(m_dbPath));
    return Ok;
}

int Cli::cmdCatalog()
{
    if (positional(1) != QLatin1String("import") || positional(2).isEmpty())
        return usageError(tr("Use: catalog import FILE"));
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    auto summary = CatalogImporter(*m_store).importFile(*actor, positional(2));
    if (!summary)
        return fail(summary.error());
    print(QJsonObject{{QStringLiteral("locations"), summary->locations},
                      {QStringLiteral("manufacturers"), summary->manufacturers},
                      {QStringLiteral("products"), summary->products},
                      {QStringLiteral("programs"), summary->programs},
                      {QStringLiteral("cards"), summary->cards},
                      {QStringLiteral("offers"), summary->offers},
                      {QStringLiteral("distributors"), summary->distributors}},
          tr("Imported %1 products, %2 programs with %3 cards, %4 offers and %5 distributors.")
              .arg(summary->products)
              .arg(summary->programs)
              .arg(summary->cards)
              .arg(summary->offers)
              .arg(summary->distributors));
    return Ok;
}

int Cli::cmdCustomer()
{
    CustomerStore& customers = m_store->customers();
    const QString sub = positional(1);
    if (sub == QLatin1String("add")) {
        auto actor = signIn();
        if (!actor)
            return fail(actor.error());
        const CustomerInput input{option(QStringLiteral("first")), option(QStringLiteral("last")),
                                  option(QStringLiteral("phone")), option(QStringLiteral("email"))};
        auto clean = CustomerStore::validate(input);
        if (!clean)
            return fail(clean.error());
        auto same = customers.sameContact(clean->phone, clean->email);
        if (!same)
            return fail(same.error());
        if (!same->empty() && !flag(QStringLiteral("allow-duplicate")))
            return fail(makeError(ErrorCode::Conflict,
                                  tr("%1 (customer %2) already has this phone or email. Add "
                                     "--allow-duplicate to add another account anyway.")
                                      .arg(same->front().displayName())
                                      .arg(same->front().id)));
        auto added = customers.add(*actor, input);
        if (!added)
            return fail(added.error());
        print(toJson(*added), tr("Added customer %1: %2").arg(added->id).arg(added->displayName()));
        return Ok;
    }
    if (sub == QLatin1String("find")) {
        const QString query = m_args.positional.mid(2).join(QLatin1Char(' '));
        if (query.trimmed().isEmpty())
            return usageError(tr("Use: customer find TEXT"));
        auto found =
            customers.find(query, option(QStringLiteral("limit"), QStringLiteral("20")).toInt(),
                           option(QStringLiteral("offset"), QStringLiteral("0")).toInt());
        if (!found)
            return fail(found.error());
        QString text;
        for (const Customer& c : *found)
            text += QStringLiteral("%1\t%2\t%3\t%4\n")
                        .arg(c.id)
                        .arg(c.lastName + QStringLiteral(", ") + c.firstName,
                             CustomerStore::formatPhone(c.phone), c.email);
        print(jsonArray(*found),
              found->empty() ? tr("No customer matches “%1”.").arg(query) : text);
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        auto id = idArgument(2, tr("customer"));
        if (!id)
            return fail(id.error());
        auto c = customers.get(*id);
        if (!c)
            return fail(c.error());
        auto cards = m_store->cards().cardsOf(*id);
        if (!cards)
            return fail(cards.error());
        auto redemptions = m_store->redemptions().ofCustomer(*id);
        if (!redemptions)
            return fail(redemptions.error());
        QJsonObject json = toJson(*c);
        json.insert(QStringLiteral("cards"), jsonArray(*cards));
        json.insert(QStringLiteral("redemptions"), jsonArray(*redemptions));
        QString text = tr("Customer %1: %2\nPhone: %3\nEmail: %4\n")
                           .arg(c->id)
                           .arg(c->displayName(), CustomerStore::formatPhone(c->phone), c->email);
        for (const CardView& v : *cards)
            text +=
                tr("  %1 — %2 of %3, %n reward(s) to redeem\n", nullptr, int(v.openRewards.size()))
                    .arg(v.card.title)
                    .arg(v.progress)
                    .arg(v.card.buy);
        for (const Redemption& r : *redemptions)
            text += tr("  redeemed %1: %2 (%3)%4\n")
                        .arg(shortTime(r.at), r.description, label(r.creditStatus),
                             r.undone() ? tr(" — undone") : QString());
        print(json, text);
        return Ok;
    }
    if (sub == QLatin1String("merge")) {
        auto keep = idArgument(2, tr("customer to keep"));
        auto duplicate = idArgument(3, tr("duplicate customer"));
        if (!keep)
            return fail(keep.error());
        if (!duplicate)
            return fail(duplicate.error());
        auto actor = signIn();
        if (!actor)
            return fail(actor.error());
        if (auto s = customers.merge(*actor, *keep, *duplicate); !s)
            return fail(s.error());
        print(QJsonObject{{QStringLiteral("kept"), *keep}, {QStringLiteral("merged"), *duplicate}},
              tr("Customer %1 was merged into %2.").arg(*duplicate).arg(*keep));
        return Ok;
    }
    return usageError(tr("Use: customer add|find|show|merge"));
}

int Cli::cmdScan()
{
    if (!requireOptions({QStringLiteral("customer")}))
        return Usage;
    const QStringList items = m_args.positional.mid(1);
    if (items.isEmpty())
        return usageError(tr("Give at least one item: UPC[xQTY][@PRICE]."));
    auto customerId = idOption(QStringLiteral("customer"));
    if (!customerId)
        return fail(customerId.error());
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());

    QDateTime at;
    if (!option(QStringLiteral("at")).isEmpty()) {
        at = QDateTime::fromString(option(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!at.isValid())
            return fail(
                makeError(ErrorCode::Invalid,
                          tr("--at needs an ISO-8601 time, like 2026-11-22T14:05:00-05:00.")));
    }
    // Everything is checked before anything is recorded: a typo in the third item must not
    // leave the first two punched without the rest.
    auto customer = m_store->customers().get(*customerId);
    if (!customer)
        return fail(customer.error());
    const QDate day = (at.isValid() ? at : m_store->now()).toLocalTime().date();
    std::vector<ScanLine> lines;
    QHash<QString, int> unitsPerCard;
    for (const QString& item : items) {
        auto line = ScanLine::parse(item);
        if (!line)
            return fail(line.error());
        line->at = at;
        line->exceptionCardId = option(QStringLiteral("exception-card"));
        line->exceptionReason = option(QStringLiteral("exception-reason"));
        auto product = m_store->visits().checkLine(*actor, *line);
        if (!product)
            return fail(product.error());
        if (line->exceptionCardId.isEmpty()) {
            QStringList warnings;
            QString refusal;
            auto cards =
                m_store->visits().punchableCards(*product, location(), day, warnings, refusal);
            if (!cards)
                return fail(cards.error());
            auto offers = m_store->offers().runningOffersFor(product->id, location(), day);
            if (!offers)
                return fail(offers.error());
            if (cards->empty() && offers->isEmpty())
                return fail(makeError(ErrorCode::NotFound, refusal));
            for (const ProgramCard& card : *cards)
                unitsPerCard[card.title] += line->quantity;
        } else {
            unitsPerCard[line->exceptionCardId] += line->quantity;
        }
        lines.push_back(*line);
    }
    if (option(QStringLiteral("reason")).trimmed().isEmpty())
        for (auto it = unitsPerCard.cbegin(); it != unitsPerCard.cend(); ++it)
            if (it.value() > 1)
                return fail(makeError(
                    ErrorCode::Invalid,
                    VisitService::tr("This visit adds %1 punches to “%2”: give a reason (for "
                                     "example, converting a paper card).")
                            .arg(it.value())
                            .arg(it.key()) +
                        QLatin1Char(' ') + tr("Use --reason.")));

    auto visit = m_store->visits().open(*actor, *customerId, option(QStringLiteral("transaction")));
    if (!visit)
        return fail(visit.error());
    QJsonArray scans;
    QString text;
    int failures = 0;
    for (const ScanLine& line : lines) {
        auto outcome = m_store->visits().scan(*actor, visit->id, line);
        if (!outcome) {
            ++failures;
            m_err << QStringLiteral("astro-counter-cli: ") << outcome.error().message << Qt::endl;
            continue;
        }
        scans.append(toJson(*outcome));
        text += tr("%1 ×%2\n").arg(outcome->product.description).arg(outcome->quantity);
        for (const CardPunch& p : outcome->punches) {
            text += tr("  %1: %2 of %3").arg(p.cardTitle).arg(p.progress).arg(p.buy);
            if (p.rewardsEarned > 0)
                text += tr(" — reward earned!");
            text += QLatin1Char('\n');
        }
        for (const QString& w : outcome->warnings)
            text += QStringLiteral("  ! %1\n").arg(w);
    }
    QJsonArray offersRedeemed;
    for (const QString& spec : options(QStringLiteral("redeem-offer"))) {
        const QString offerId = spec.section(QLatin1Char(':'), 0, 0);
        const QString upc = spec.section(QLatin1Char(':'), 1);
        auto redeemed = m_store->offers().redeem(*actor, visit->id, offerId, upc,
                                                 option(QStringLiteral("email")));
        if (!redeemed) {
            ++failures;
            m_err << QStringLiteral("astro-counter-cli: ") << redeemed.error().message << Qt::endl;
            continue;
        }
        offersRedeemed.append(toJson(*redeemed));
        text += tr("Offer redeemed: %1 (%2)\n").arg(redeemed->programTitle, redeemed->description);
    }
    auto offers = m_store->offers().inVisit(visit->id);
    if (offers)
        for (const OfferChance& c : *offers)
            if (c.available > 0)
                text += tr("Offer available in this visit: %1 (use --redeem-offer %2)\n")
                            .arg(c.offer.title, c.offer.id);
    if (auto s = m_store->visits().finish(*actor, visit->id, option(QStringLiteral("reason")));
        !s) {
        // Leave nothing half-done: what was scanned is kept and voided, visibly, in the log.
        auto recorded = m_store->visits().scans(visit->id);
        if (recorded)
            for (const ScanRecord& r : *recorded)
                (void)m_store->visits().voidScan(*actor, r.id);
        (void)m_store->visits().finish(*actor, visit->id,
                                       tr("Cancelled: %1").arg(s.error().message));
        return fail(s.error());
    }
    QJsonObject json{{QStringLiteral("visit"), visit->id},
                     {QStringLiteral("transaction"), visit->transactionId},
                     {QStringLiteral("scans"), scans},
                     {QStringLiteral("offers_redeemed"), offersRedeemed}};
    if (offers)
        json.insert(QStringLiteral("offers"), jsonArray(*offers));
    print(json, text);
    return failures ? Failed : Ok;
}

int Cli::cmdVoid()
{
    auto scanId = idOption(QStringLiteral("scan"));
    if (!scanId)
        return fail(scanId.error());
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    if (auto s = m_store->visits().voidScan(*actor, *scanId); !s)
        return fail(s.error());
    print(QJsonObject{{QStringLiteral("voided"), *scanId}}, tr("Scan %1 voided.").arg(*scanId));
    return Ok;
}

int Cli::cmdCards()
{
    auto id = idOption(QStringLiteral("customer"));
    if (!id)
        return fail(id.error());
    auto customer = m_store->customers().get(*id);
    if (!customer)
        return fail(customer.error());
    auto cards = m_store->cards().cardsOf(*id);
    if (!cards)
        return fail(cards.error());
    QString text;
    for (const CardView& v : *cards) {
        text += QStringLiteral("%1\t%2\t%3/%4")
                    .arg(v.card.id, v.card.title)
                    .arg(v.progress)
                    .arg(v.card.buy);
        if (!v.openRewards.empty())
            text += QLatin1Char('\t') +
                    tr("%n reward(s) to redeem", nullptr, int(v.openRewards.size()));
        if (v.expiredUnits > 0)
            text += QLatin1Char('\t') + tr("%n expired", nullptr, v.expiredUnits);
        text += QLatin1Char('\n');
    }
    print(jsonArray(*cards),
          cards->empty() ? tr("%1 has no punches yet.").arg(customer->displayName()) : text);
    return Ok;
}

int Cli::cmdRewards()
{
    if (!requireOptions({QStringLiteral("customer"), QStringLiteral("card")}))
        return Usage;
    auto id = idOption(QStringLiteral("customer"));
    if (!id)
        return fail(id.error());
    auto choice = m_store->redemptions().choices(*id, option(QStringLiteral("card")));
    if (!choice)
        return fail(choice.error());
    QString text =
        tr("%1 — %2\n%3\n")
            .arg(choice->card.title, label(choice->card.rule), explanation(choice->card.rule));
    if (!choice->limitReached.isEmpty())
        text += choice->limitReached + QLatin1Char('\n');
    for (const Product& p : choice->items)
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(Gtin::displayOf(p.gtin), p.description, money(p.price));
    print(toJson(*choice), text);
    return Ok;
}

int Cli::cmdRedeem()
{
    if (!requireOptions(
            {QStringLiteral("customer"), QStringLiteral("card"), QStringLiteral("upc")}))
        return Usage;
    auto id = idOption(QStringLiteral("customer"));
    if (!id)
        return fail(id.error());
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    RedeemRequest request;
    request.customerId = *id;
    request.cardId = option(QStringLiteral("card"));
    request.code = option(QStringLiteral("upc"));
    request.quantity = option(QStringLiteral("qty"), QStringLiteral("1")).toInt();
    request.email = option(QStringLiteral("email"));
    auto r = m_store->redemptions().redeem(*actor, request);
    if (!r)
        return fail(r.error());
    print(toJson(*r), tr("Redeemed %1 (redemption %2): %3.")
                          .arg(r->description)
                          .arg(r->id)
                          .arg(label(r->creditStatus)));
    return Ok;
}

int Cli::cmdUndo()
{
    auto id = idOption(QStringLiteral("redemption"));
    if (!id)
        return fail(id.error());
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    const UndoMode mode =
        flag(QStringLiteral("reselect")) ? UndoMode::RemoveAndReselect : UndoMode::RemoveOnly;
    if (auto s = m_store->redemptions().undo(*actor, *id, mode); !s)
        return fail(s.error());
    print(QJsonObject{{QStringLiteral("undone"), *id}}, tr("Redemption %1 undone.").arg(*id));
    return Ok;
}

int Cli::cmdBatches()
{
    BatchFilter filter;
    if (!option(QStringLiteral("status")).isEmpty()) {
        filter.status = fromCode<BatchStatus>(option(QStringLiteral("status")));
        if (!filter.status)
            return usageError(tr("--status is open, closed, submitted or complete."));
    }
    filter.manufacturerId = option(QStringLiteral("manufacturer"));
    filter.locationId = option(QStringLiteral("location"));
    filter.from = QDate::fromString(option(QStringLiteral("from")), Qt::ISODate);
    filter.to = QDate::fromString(option(QStringLiteral("to")), Qt::ISODate);
    auto batches = m_store->batches().list(filter);
    if (!batches)
        return fail(batches.error());
    QString text;
    for (const Batch& b : *batches)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                    .arg(b.id)
                    .arg(b.manufacturerName, b.locationName, label(b.status),
                         tr("%n line(s)", nullptr, b.lineCount), money(b.total));
    print(jsonArray(*batches), batches->empty() ? tr("No batches.") : text);
    return Ok;
}

int Cli::cmdBatch()
{
    const QString sub = positional(1);
    if (sub == QLatin1String("cadence")) {
        const auto cadence = fromCode<BatchCadence>(positional(2));
        if (!cadence)
            return usageError(tr("Use: batch cadence weekly|biweekly|monthly"));
        auto actor = signIn();
        if (!actor)
            return fail(actor.error());
        if (auto s = m_store->batches().setCadence(*actor, *cadence); !s)
            return fail(s.error());
        print(QJsonObject{{QStringLiteral("cadence"), toCode(*cadence)}},
              tr("New batches now follow a %1 cadence.").arg(label(*cadence).toLower()));
        return Ok;
    }
    auto id = idArgument(2, tr("batch"));
    if (!id)
        return fail(id.error());
    if (sub == QLatin1String("show")) {
        auto report = BatchExport::report(*m_store, *id);
        if (!report)
            return fail(report.error());
        QJsonObject json = toJson(report->batch);
        json.insert(QStringLiteral("line_items"), jsonArray(report->lines));
        QString text = tr("Batch %1 — %2 — %3 — %4\n")
                           .arg(report->batch.id)
                           .arg(report->batch.manufacturerName, report->batch.locationName,
                                label(report->batch.status));
        for (const BatchLine& l : report->lines)
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(shortTime(l.redeemedAt), l.customerName, l.description)
                        .arg(l.quantity)
                        .arg(money(l.cost));
        text += tr("Total: %1\n").arg(money(report->batch.total));
        print(json, text);
        return Ok;
    }
    if (sub == QLatin1String("export")) {
        if (!requireOptions({QStringLiteral("format"), QStringLiteral("out")}))
            return Usage;
        const QString format = option(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
            return usageError(tr("--format is csv or pdf."));
        auto actor = signIn();
        if (!actor)
            return fail(actor.error());
        if (auto allowed = Permissions::check(*actor, Permission::ManageBatches); !allowed)
            return fail(allowed.error());
        auto report = BatchExport::report(*m_store, *id);
        if (!report)
            return fail(report.error());
        const QString out = option(QStringLiteral("out"));
        const Status written =
            format == QLatin1String("csv")
                ? BatchExport::writeFileAtomically(out, BatchExport::csv(*report))
                : BatchPdfWriter::write(*report, out, QLocale());
        if (!written)
            return fail(written.error());
        if (auto s = BatchExport::markExported(*m_store, *actor, *id); !s)
            return fail(s.error());
        print(QJsonObject{{QStringLiteral("batch"), *id},
                          {QStringLiteral("file"), out},
                          {QStringLiteral("lines"), int(report->lines.size())}},
              tr("Batch %1 exported to %2 (%n line(s)).", nullptr, int(report->lines.size()))
                  .arg(*id)
                  .arg(out));
        return Ok;
    }
    using Transition = Status (BatchService::*)(const Actor&, qint64);
    static const QHash<QString, Transition> transitions = {
        {QStringLiteral("close"), &BatchService::close},
        {QStringLiteral("submit"), &BatchService::submit},
        {QStringLiteral("complete"), &BatchService::complete}};
    const auto transition = transitions.find(sub);
    if (transition == transitions.end())
        return usageError(tr("Use: batch show|export|close|submit|complete ID"));
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    if (auto s = (m_store->batches().*transition.value())(*actor, *id); !s)
        return fail(s.error());
    auto batch = m_store->batches().get(*id);
    if (!batch)
        return fail(batch.error());
    print(toJson(*batch), tr("Batch %1 is now %2.").arg(*id).arg(label(batch->status).toLower()));
    return Ok;
}

int Cli::cmdCredits()
{
    CreditFilter filter;
    if (!option(QStringLiteral("status")).isEmpty()) {
        filter.status = fromCode<CreditStatus>(option(QStringLiteral("status")));
        if (!filter.status)
            return usageError(
                tr("--status is held, uncredited, credited, reconciled or declined."));
    }
    filter.locationId = option(QStringLiteral("location"));
    filter.distributorId = option(QStringLiteral("distributor"));
    filter.manufacturerId = option(QStringLiteral("manufacturer"));
    filter.limit = option(QStringLiteral("limit"), QStringLiteral("500")).toInt();
    auto credits = m_store->credits().list(filter);
    if (!credits)
        return fail(credits.error());
    QString text;
    for (const Redemption& r : *credits)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                    .arg(r.id)
                    .arg(shortTime(r.at),
                         r.distributorName.isEmpty() ? label(r.fulfillment) : r.distributorName,
                         r.programTitle, r.description, label(r.creditStatus),
                         r.declineReason.isEmpty() ? r.accountNumber : r.declineReason);
    print(jsonArray(*credits), credits->empty() ? tr("No credits.") : text);
    return Ok;
}

int Cli::cmdCredit()
{
    const QString sub = positional(1);
    auto id = idArgument(2, tr("redemption"));
    if (!id)
        return fail(id.error());
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    Status done;
    if (sub == QLatin1String("resubmit")) {
        if (!requireOptions({QStringLiteral("account")}))
            return Usage;
        done = m_store->credits().resubmit(*actor, *id, option(QStringLiteral("account")),
                                           option(QStringLiteral("note")));
    } else if (sub == QLatin1String("mark")) {
        const QString status = positional(3);
        if (status == QLatin1String("credited"))
            done = m_store->credits().markCredited(*actor, *id);
        else if (status == QLatin1String("reconciled"))
            done = m_store->credits().markReconciled(*actor, *id);
        else if (status == QLatin1String("declined"))
            done = m_store->credits().markDeclined(*actor, *id, option(QStringLiteral("reason")));
        else
            return usageError(tr("Use: credit mark ID credited|reconciled|declined"));
    } else {
        return usageError(tr("Use: credit resubmit|mark ID ..."));
    }
    if (!done)
        return fail(done.error());
    auto r = m_store->redemptions().get(*id);
    if (!r)
        return fail(r.error());
    print(toJson(*r),
          tr("Redemption %1 is now %2.").arg(*id).arg(label(r->creditStatus).toLower()));
    return Ok;
}

int Cli::cmdEnrollment()
{
    const QString sub = positional(1);
    if (sub == QLatin1String("list") || sub == QLatin1String("held")) {
        auto list = sub == QLatin1String("held")
                        ? m_store->enrollment().held(option(QStringLiteral("location")))
                        : m_store->enrollment().list(option(QStringLiteral("location")));
        if (!list)
            return fail(list.error());
        QString text;
        for (const Enrollment& e : *list)
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(e.locationId, e.subjectId, e.title,
                             e.distributorName.isEmpty() ? label(e.fulfillment) : e.distributorName,
                             e.accountNumber);
        print(jsonArray(*list), list->empty() ? tr("No enrollments.") : text);
        return Ok;
    }
    if (sub == QLatin1String("set")) {
        if (!requireOptions({QStringLiteral("location"), QStringLiteral("program")}))
            return Usage;
        auto actor = signIn();
        if (!actor)
            return fail(actor.error());
        auto released = m_store->enrollment().set(
            *actor, option(QStringLiteral("location")), option(QStringLiteral("program")),
            option(QStringLiteral("distributor")), option(QStringLiteral("account")));
        if (!released)
            return fail(released.error());
        auto now = m_store->enrollment().get(option(QStringLiteral("location")),
                                             option(QStringLiteral("program")));
        if (!now || !now->has_value())
            return fail(now ? makeError(ErrorCode::NotFound, QString()) : now.error());
        QJsonObject json = toJson(**now);
        json.insert(QStringLiteral("released"), *released);
        QString text = tr("%1 at %2: %3 %4")
                           .arg((*now)->title, (*now)->locationId, (*now)->distributorName,
                                (*now)->accountNumber);
        if (*released > 0)
            text += QLatin1Char('\n') +
                    tr("%n held redemption(s) sent to the distributor.", nullptr, *released);
        print(json, text);
        return Ok;
    }
    return usageError(tr("Use: enrollment list|set|held"));
}

int Cli::cmdDistributors()
{
    if (positional(1) != QLatin1String("eligible") ||
        !requireOptions({QStringLiteral("location"), QStringLiteral("program")}))
        return usageError(tr("Use: distributors eligible --location L --program P"));
    auto list = m_store->enrollment().eligibleDistributors(option(QStringLiteral("location")),
                                                           option(QStringLiteral("program")));
    if (!list)
        return fail(list.error());
    QString text;
    for (const Distributor& d : *list)
        text += QStringLiteral("%1\t%2\n").arg(d.id, d.name);
    print(jsonArray(*list),
          list->empty() ? tr("This program has no distributor to choose.") : text);
    return Ok;
}

int Cli::cmdAudit()
{
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    if (auto allowed = Permissions::check(*actor, Permission::ViewReports); !allowed)
        return fail(allowed.error());
    AuditFilter filter;
    filter.text = option(QStringLiteral("search"));
    filter.limit = option(QStringLiteral("limit"), QStringLiteral("100")).toInt();
    auto entries = m_store->auditLog().entries(filter);
    if (!entries)
        return fail(entries.error());
    QString text;
    for (const AuditEntry& e : *entries)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5 → %6\n")
                    .arg(shortTime(e.at), e.userName, e.subject, e.field, e.oldValue, e.newValue);
    print(jsonArray(*entries), entries->empty() ? tr("The audit log is empty.") : text);
    return Ok;
}

int Cli::cmdUser()
{
    UserStore& users = m_store->users();
    const QString sub = positional(1);
    if (sub == QLatin1String("list")) {
        auto list = users.list(true);
        if (!list)
            return fail(list.error());
        QString text;
        for (const User& u : *list)
            text += QStringLiteral("%1\t%2\t%3\n")
                        .arg(u.name, label(u.role), u.active ? tr("active") : tr("disabled"));
        print(jsonArray(*list), text);
        return Ok;
    }
    const QString name = positional(2);
    if (name.isEmpty())
        return usageError(tr("Use: user list|add|pin|role|disable|enable NAME"));
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    if (sub == QLatin1String("add")) {
        const auto role = fromCode<Role>(option(QStringLiteral("role")));
        if (!role || !requireOptions({QStringLiteral("new-pin")}))
            return usageError(tr("Use: user add NAME --role cashier|manager|admin --new-pin PIN"));
        auto added = users.add(*actor, name, *role, option(QStringLiteral("new-pin")));
        if (!added)
            return fail(added.error());
        print(toJson(*added), tr("Added %1 (%2).").arg(added->name, label(added->role)));
        return Ok;
    }
    auto target = users.byName(name);
    if (!target)
        return fail(target.error());
    if (!target->has_value())
        return fail(makeError(ErrorCode::NotFound, tr("There is no user named %1.").arg(name)));
    const qint64 userId = (*target)->id;
    Status done;
    if (sub == QLatin1String("pin")) {
        if (!requireOptions({QStringLiteral("new-pin")}))
            return Usage;
        done = users.setPin(*actor, userId, option(QStringLiteral("new-pin")));
    } else if (sub == QLatin1String("role")) {
        const auto role = fromCode<Role>(option(QStringLiteral("role")));
        if (!role)
            return usageError(tr("--role is cashier, manager or admin."));
        done = users.setRole(*actor, userId, *role);
    } else if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        done = users.setActive(*actor, userId, sub == QLatin1String("enable"));
    else
        return usageError(tr("Use: user list|add|pin|role|disable|enable NAME"));
    if (!done)
        return fail(done.error());
    auto after = users.byName(name);
    print(after && after->has_value() ? toJson(**after) : QJsonObject(),
          tr("%1 updated.").arg(name));
    return Ok;
}

int Cli::cmdEvents()
{
    const int limit = option(QStringLiteral("limit"), QStringLiteral("50")).toInt();
    auto events = flag(QStringLiteral("unsent")) ? m_store->events().unsent(limit)
                                                 : m_store->events().recent(limit);
    if (!events)
        return fail(events.error());
    auto unsent = m_store->events().unsentCount();
    QJsonArray array;
    QString text;
    for (const Event& e : *events) {
        array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("uuid"), e.uuid},
                                 {QStringLiteral("device"), e.deviceId},
                                 {QStringLiteral("at"), text::isoUtc(e.at)},
                                 {QStringLiteral("type"), e.type},
                                 {QStringLiteral("payload"), e.payload},
                                 {QStringLiteral("sent"), e.sent}});
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(e.seq)
                    .arg(shortTime(e.at), e.type, e.sent ? tr("sent") : tr("waiting"));
    }
    if (unsent)
        text += tr("%n event(s) waiting to be sent.", nullptr, int(*unsent));
    print(array, text);
    return Ok;
}

int Cli::cmdSync()
{
    const QString sub = positional(1);
    if (sub.isEmpty())
        return syncRun();
    if (sub == QLatin1String("setup"))
        return syncSetup();
    if (sub == QLatin1String("status"))
        return syncStatus();
    if (sub == QLatin1String("conflicts"))
        return syncConflicts();
    if (sub == QLatin1String("resolve"))
        return syncResolve();
    return usageError(tr("Use: sync [setup|status|conflicts|resolve ID]"));
}

Result<QString> Cli::syncPassword()
{
    return secretInput(QStringLiteral("ASTRO_SYNC_PASSWORD"),
                       tr("Give the sync password on standard input with --password-stdin, or "
                          "in the environment variable ASTRO_SYNC_PASSWORD."));
}

Result<QString> Cli::secretInput(const QString& variable, const QString& missing)
{
    if (flag(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::Invalid, tr("Standard input cannot be read."));
        QByteArray line = in.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return makeError(ErrorCode::Invalid, tr("No password on standard input."));
        return QString::fromUtf8(line);
    }
    const QString password = QProcessEnvironment::systemEnvironment().value(variable);
    if (password.isEmpty())
        return makeError(ErrorCode::Invalid, missing);
    return password;
}

int Cli::syncSetup()
{
    if (!requireOptions({QStringLiteral("url"), QStringLiteral("sync-user")}))
        return Usage;
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    // The sync server and its password are an Admin's (Managers change the store's settings).
    if (auto allowed = Permissions::check(*actor, Permission::ManageSync); !allowed)
        return fail(allowed.error());
    auto current = sync::SyncConfig::load(*m_store);
    if (!current)
        return fail(current.error());
    sync::SyncConfig config;
    config.url = QUrl(option(QStringLiteral("url")), QUrl::StrictMode);
    config.username = option(QStringLiteral("sync-user")).trimmed();
    config.clientId = option(QStringLiteral("client-id"), current->clientId);
    auto password = syncPassword();
    if (!password)
        return fail(password.error());
    const bool verify = !flag(QStringLiteral("no-verify"));
    sync::SyncEngine engine(*m_store);
    if (verify && !flag(QStringLiteral("json")))
        m_err << tr("Checking the user name and password with %1…").arg(config.url.toString())
              << Qt::endl;
    if (auto s = engine.configure(*actor, config, *password, verify); !s)
        return failSync(s.error());
    const bool secure = engine.credentialsSecure();
    QString text = tr("Sync set up: %1 as %2.").arg(config.url.toString(), config.username);
    text += QLatin1Char('\n') + (verify ? tr("The server accepted the user name and password.")
                                        : tr("The password was not checked (--no-verify)."));
    text += QLatin1Char('\n') +
            (secure ? tr("The password is kept in the system keychain.")
                    : tr("No keychain answered: the password is kept in this database's settings, "
                         "readable by whoever can read the database file."));
    print(QJsonObject{{QStringLiteral("url"), config.url.toString()},
                      {QStringLiteral("username"), config.username},
                      {QStringLiteral("client_id"), config.clientId},
                      {QStringLiteral("verified"), verify},
                      {QStringLiteral("credentials"),
                       secure ? QStringLiteral("keychain") : QStringLiteral("settings")}},
          text);
    return Ok;
}

int Cli::syncRun()
{
    auto config = sync::SyncConfig::load(*m_store);
    if (!config)
        return fail(config.error());
    if (!config->configured())
        return fail(makeError(ErrorCode::Invalid,
                              tr("Sync is not set up. An Admin sets it up with “astro-counter-cli "
                                 "sync setup --url URL --sync-user NAME” or in the app's "
                                 "settings.")));
    const bool json = flag(QStringLiteral("json"));
    sync::SyncEngine engine(*m_store);
    auto report = engine.run([&](const QString& step) {
        if (!json)
            m_err << step << Qt::endl;
    });
    if (!report) {
        const int code = failSync(report.error());
        if (code == Offline && !json)
            if (auto waiting = m_store->events().unsentCount(); waiting && *waiting > 0)
                m_err << tr("Nothing was lost: %n change(s) wait to be sent at the next sync.",
                            nullptr, int(*waiting))
                      << Qt::endl;
        return code;
    }
    QString text =
        tr("Sync finished at %1.").arg(shortTime(report->finishedAt)) + QLatin1Char('\n');
    text += tr("Sent: %1").arg(report->pushed) + QLatin1Char('\n');
    text += tr("Already on the server: %1").arg(report->duplicates) + QLatin1Char('\n');
    text += tr("Conflicts flagged: %1").arg(report->conflicts) + QLatin1Char('\n');
    text += tr("Received: %1").arg(report->pulled) + QLatin1Char('\n');
    text += tr("Catalog entries updated: %1").arg(report->catalogEntries) + QLatin1Char('\n');
    text += tr("Program requests sent: %1").arg(report->programRequests) + QLatin1Char('\n');
    text += tr("Sent to Astro: %1").arg(report->publicCalls) + QLatin1Char('\n');
    text += tr("Refused by Astro: %1").arg(report->refused) + QLatin1Char('\n');
    if (!report->extensions)
        text += tr("This server has only Astro's public endpoints: other counters' changes, the "
                   "catalog and program requests were not exchanged.") +
                QLatin1Char('\n');
    auto open = sync::ConflictLog(*m_store).openCount();
    if (open && *open > 0)
        text += tr("%n sync conflict(s) wait for a Manager: see “sync conflicts”.", nullptr,
                   int(*open)) +
                QLatin1Char('\n');
    QJsonObject answer = toJson(*report);
    answer.insert(QStringLiteral("open_conflicts"), open ? *open : 0);
    print(answer, text);
    return Ok;
}

int Cli::syncStatus()
{
    auto config = sync::SyncConfig::load(*m_store);
    if (!config)
        return fail(config.error());
    auto waiting = m_store->events().unsentCount();
    if (!waiting)
        return fail(waiting.error());
    auto open = sync::ConflictLog(*m_store).openCount();
    if (!open)
        return fail(open.error());
    auto last = m_store->setting(QStringLiteral("sync/last_success"));
    if (!last)
        return fail(last.error());
    const QDateTime lastSuccess = last->isEmpty() ? QDateTime() : text::fromIsoUtc(*last);
    const bool secure = sync::SyncEngine(*m_store).credentialsSecure();

    QString text;
    if (config->configured()) {
        text += tr("Server: %1").arg(config->url.toString()) + QLatin1Char('\n');
        text += tr("Sync user: %1").arg(config->username) + QLatin1Char('\n');
        text += tr("Client id: %1").arg(config->clientId) + QLatin1Char('\n');
    } else {
        text += tr("Sync is not set up.") + QLatin1Char('\n');
    }
    text += (secure ? tr("Password kept in: the system keychain")
                    : tr("Password kept in: this database's settings (no keychain answered)")) +
            QLatin1Char('\n');
    text += tr("Changes waiting to be sent: %1").arg(*waiting) + QLatin1Char('\n');
    text += tr("Last successful sync: %1")
                .arg(lastSuccess.isValid() ? shortTime(lastSuccess) : tr("never")) +
            QLatin1Char('\n');
    text += tr("Open conflicts: %1").arg(*open) + QLatin1Char('\n');
    print(
        QJsonObject{{QStringLiteral("configured"), config->configured()},
                    {QStringLiteral("url"), config->url.toString()},
                    {QStringLiteral("username"), config->username},
                    {QStringLiteral("client_id"), config->clientId},
                    {QStringLiteral("credentials"),
                     secure ? QStringLiteral("keychain") : QStringLiteral("settings")},
                    {QStringLiteral("events_waiting"), *waiting},
                    {QStringLiteral("last_success"),
                     lastSuccess.isValid() ? QJsonValue(text::isoUtc(lastSuccess)) : QJsonValue()},
                    {QStringLiteral("open_conflicts"), *open}},
        text);
    return Ok;
}

int Cli::syncConflicts()
{
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    if (auto allowed = Permissions::check(*actor, Permission::ManageCredits); !allowed)
        return fail(allowed.error());
    const bool all = flag(QStringLiteral("all"));
    auto conflicts = sync::ConflictLog(*m_store).list(!all);
    if (!conflicts)
        return fail(conflicts.error());
    QString text;
    for (const sync::SyncConflict& c : *conflicts) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(c.id)
                    .arg(shortTime(c.at), sync::ConflictLog::describeKind(c.kind),
                         c.customerName.isEmpty() ? c.customerUuid : c.customerName, c.message);
        if (c.resolved())
            text += QLatin1Char('\t') +
                    tr("resolved by %1 on %2").arg(c.resolvedBy, shortTime(c.resolvedAt));
        text += QLatin1Char('\n');
    }
    if (conflicts->empty())
        text = all ? tr("No sync conflicts.") : tr("No open sync conflicts.");
    print(jsonArray(*conflicts), text);
    return Ok;
}

int Cli::syncResolve()
{
    auto id = idArgument(2, tr("conflict"));
    if (!id)
        return fail(id.error());
    auto actor = signIn();
    if (!actor)
        return fail(actor.error());
    if (auto s = sync::ConflictLog(*m_store).resolve(*actor, *id); !s)
        return fail(s.error());
    print(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("resolved"), true}},
          tr("Sync conflict %1 is marked resolved.").arg(*id));
    return Ok;
}

} // namespace astro::cli
