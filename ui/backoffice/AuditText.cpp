#include "AuditText.h"

#include "domain/Enums.h"

#include <QDateTime>
#include <QLocale>

namespace astro::ui {

namespace {

QString subjectKindOf(const QString& subject)
{
    return subject.section(QLatin1Char(':'), 0, 0);
}

// The label of a code a value may hold, or the value itself.
template <typename E> QString labelOf(const QString& code)
{
    const std::optional<E> v = fromCode<E>(code);
    return v ? label(*v) : code;
}

} // namespace

const std::vector<AuditText::Kind>& AuditText::kinds()
{
    static const std::vector<Kind> all{
        {QStringLiteral("enrollment"), QStringLiteral("enrollment"), {}},
        {QStringLiteral("credit"),
         QStringLiteral("redemption"),
         {QStringLiteral("credit_status"), QStringLiteral("account_number")}},
        {QStringLiteral("undo"), QStringLiteral("redemption"), {QStringLiteral("undone")}},
        {QStringLiteral("batch"), QStringLiteral("batch"), {}},
        {QStringLiteral("user"), QStringLiteral("user"), {}},
        {QStringLiteral("customer"), QStringLiteral("customer"), {}},
        {QStringLiteral("settings"), QStringLiteral("settings"), {}},
        {QStringLiteral("program_request"), QStringLiteral("program_request"), {}},
        {QStringLiteral("sync_conflict"), QStringLiteral("sync_conflict"), {}},
    };
    return all;
}

QString AuditText::kindLabel(const QString& code)
{
    if (code == QLatin1String("enrollment"))
        return tr("Enrollment");
    if (code == QLatin1String("credit"))
        return tr("Distributor credit");
    if (code == QLatin1String("undo"))
        return tr("Redemption undone");
    if (code == QLatin1String("redemption"))
        return tr("Redemption");
    if (code == QLatin1String("batch"))
        return tr("Batch");
    if (code == QLatin1String("user"))
        return tr("User");
    if (code == QLatin1String("customer"))
        return tr("Customer");
    if (code == QLatin1String("settings"))
        return tr("Settings");
    if (code == QLatin1String("program_request"))
        return tr("Program request");
    if (code == QLatin1String("sync_conflict"))
        return tr("Sync conflict");
    return code;
}

void AuditText::applyKind(AuditFilter& filter, const QString& code)
{
    filter.subjectKind.clear();
    filter.fields.clear();
    for (const Kind& k : kinds())
        if (k.code == code) {
            filter.subjectKind = k.subjectKind;
            filter.fields = k.fields;
        }
}

QString AuditText::user(const QString& userName)
{
    // Actor::system()'s name.
    if (userName == QLatin1String("system"))
        return tr("Automatic");
    return userName;
}

QString AuditText::kindOf(const AuditEntry& e)
{
    const QString subjectKind = subjectKindOf(e.subject);
    for (const Kind& k : kinds())
        if (k.subjectKind == subjectKind && (k.fields.isEmpty() || k.fields.contains(e.field)))
            return k.code;
    return subjectKind;
}

QString AuditText::name(const AuditEntry& e)
{
    const QString kind = subjectKindOf(e.subject);
    const QString id = e.subject.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("redemption"))
        return tr("Redemption %1").arg(id);
    if (kind == QLatin1String("batch"))
        return tr("Batch %1").arg(id);
    if (kind == QLatin1String("customer"))
        return tr("Customer %1").arg(id);
    if (kind == QLatin1String("settings"))
        return tr("Store settings");
    if (kind == QLatin1String("program_request"))
        return tr("Request %1").arg(id.left(8));
    if (kind == QLatin1String("sync_conflict"))
        return tr("Conflict %1").arg(id);
    return id.isEmpty() ? e.subject : id;
}

QString AuditText::field(const AuditEntry& e)
{
    const QString& f = e.field;
    if (f == QLatin1String("credit_status"))
        return tr("Credit status");
    if (f == QLatin1String("account_number"))
        return tr("Account number");
    if (f == QLatin1String("distributor"))
        return tr("Distributor");
    if (f == QLatin1String("enrolled"))
        return tr("Enrolled");
    if (f == QLatin1String("status"))
        return tr("Status");
    if (f == QLatin1String("batch_cadence"))
        return tr("Batch cadence");
    if (f == QLatin1String("sync_server"))
        return tr("Sync server");
    if (f == QLatin1String("user"))
        return tr("Added");
    if (f == QLatin1String("role"))
        return tr("Role");
    if (f == QLatin1String("active"))
        return tr("Active");
    if (f == QLatin1String("pin"))
        return tr("PIN");
    if (f == QLatin1String("undone"))
        return tr("Undone");
    if (f == QLatin1String("merged"))
        return tr("Merged");
    if (f == QLatin1String("requested"))
        return tr("Requested");
    if (f == QLatin1String("resolved"))
        return tr("Resolved");
    if (f == QLatin1String("sign_in"))
        return tr("Sign-in");
    if (f == QLatin1String("lockout"))
        return tr("Sign-in locked");
    return f;
}

QString AuditText::value(const AuditEntry& e, const QString& v,
                         const QHash<QString, QString>& distributors)
{
    const QString& f = e.field;
    const QString kind = subjectKindOf(e.subject);
    if (f == QLatin1String("credit_status"))
        return labelOf<CreditStatus>(v);
    if (f == QLatin1String("status") && kind == QLatin1String("batch"))
        return labelOf<BatchStatus>(v);
    if (f == QLatin1String("batch_cadence"))
        return labelOf<BatchCadence>(v);
    if (f == QLatin1String("role") || (f == QLatin1String("user") && kind == QLatin1String("user")))
        return labelOf<Role>(v);
    if (f == QLatin1String("active") || f == QLatin1String("pin") || f == QLatin1String("undone")) {
        if (v == QLatin1String("yes"))
            return tr("Yes");
        if (v == QLatin1String("no"))
            return tr("No");
        if (v == QLatin1String("reset"))
            return tr("Reset");
        if (v == QLatin1String("remove_only"))
            return tr("Removed only");
        if (v == QLatin1String("remove_and_reselect"))
            return tr("Removed and reselected");
    }
    if (f == QLatin1String("sign_in")) {
        if (v == QLatin1String("wrong_pin"))
            return tr("Wrong PIN");
        if (v == QLatin1String("locked"))
            return tr("Refused: locked");
    }
    if (f == QLatin1String("lockout")) {
        if (v == QLatin1String("unlocked"))
            return tr("Unlocked");
        // Otherwise the end of the lock, as stored (UTC): shown in local time.
        const QDateTime until = QDateTime::fromString(v, Qt::ISODate);
        if (until.isValid())
            return tr("Until %1")
                .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    if (f == QLatin1String("distributor") || f == QLatin1String("enrolled")) {
        if (v == QLatin1String("TEMP-HOLDING"))
            return tr("Temporary Holding");
        // Enrolled in a retailer or direct program: there is no distributor to name.
        if (v.isEmpty() && f == QLatin1String("enrolled"))
            return tr("Yes");
        return distributors.value(v, v);
    }
    return v;
}

QString AuditText::change(const AuditEntry& e, const QHash<QString, QString>& distributors)
{
    // Nothing before (a first enrollment, a user added): only the new value.
    const QString before = e.oldValue.isEmpty() ? QString() : value(e, e.oldValue, distributors);
    const QString after = value(e, e.newValue, distributors);
    if (before.isEmpty())
        return after;
    return tr("%1 → %2").arg(before, after);
}

} // namespace astro::ui
