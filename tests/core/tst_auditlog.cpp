// The audit log's reads: the search (whatever the case and accents), the user, the kind of
// subject, the days, and keyset paging that never shifts as the log grows.
#include "TestStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

Actor named(const QString& name)
{
    return Actor{1, name, Role::Admin, QStringLiteral("LOC-A")};
}

void append(TestStore& ts, const Actor& who, const QString& subject, const QString& field,
            const QString& before, const QString& after)
{
    // The audit log is written inside the caller's transaction.
    Database& db = ts->db();
    if (!db.begin() || !ts->auditLog().append(who, ts->now(), subject, field, before, after) ||
        !db.commit())
        qFatal("audit append failed");
}

QStringList subjectsOf(TestStore& ts, const AuditFilter& filter)
{
    auto entries = ts->auditLog().entries(filter);
    if (!entries)
        qFatal("audit read failed: %s", qPrintable(entries.error().message));
    QStringList out;
    for (const AuditEntry& e : *entries)
        out << e.subject + QLatin1Char('/') + e.field;
    return out;
}

// A log with one entry of each kind, newest last: a day apart each.
void fill(TestStore& ts)
{
    ts.clock().set(QDateTime(QDate(2026, 11, 10), QTime(15, 0), Qt::UTC));
    const Actor eloise = named(QStringLiteral("Éloïse Bérubé"));
    const Actor sam = named(QStringLiteral("Sam"));
    const auto next = [&] {
        ts.clock().advance(24 * 3600);
    };
    append(ts, eloise, u"enrollment:LOC-A/PRG-X"_qs, u"account_number"_qs, u"ON-1"_qs, u"ÉTÉ-2"_qs);
    next();
    append(ts, sam, u"redemption:7"_qs, u"credit_status"_qs, u"uncredited"_qs, u"credited"_qs);
    next();
    append(ts, sam, u"redemption:8"_qs, u"undone"_qs, u"Sac"_qs, u"remove_only"_qs);
    next();
    append(ts, eloise, u"settings"_qs, u"batch_cadence"_qs, u"weekly"_qs, u"monthly"_qs);
    next();
    append(ts, sam, u"program_request:ab_c"_qs, u"requested"_qs, {}, u"Œuvre 50%"_qs);
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void searchIgnoresCaseAndAccents()
    {
        TestStore ts;
        fill(ts);
        const auto find = [&](const QString& text) {
            AuditFilter f;
            f.text = text;
            return subjectsOf(ts, f);
        };
        const QStringList eloise{u"settings/batch_cadence"_qs,
                                 u"enrollment:LOC-A/PRG-X/account_number"_qs};
        QCOMPARE(find(u"Éloïse"_qs), eloise);
        QCOMPARE(find(u"éloïse"_qs), eloise);
        QCOMPARE(find(u"ELOISE"_qs), eloise);
        QCOMPARE(find(u"été-2"_qs), QStringList{u"enrollment:LOC-A/PRG-X/account_number"_qs});
        QCOMPARE(find(u"œuvre"_qs), QStringList{u"program_request:ab_c/requested"_qs});
        // Literal: "%" and "_" are not wildcards.
        QCOMPARE(find(u"50%"_qs), QStringList{u"program_request:ab_c/requested"_qs});
        QCOMPARE(find(u"b_c"_qs), QStringList{u"program_request:ab_c/requested"_qs});
        QCOMPARE(find(u"a_c"_qs), QStringList());
        QCOMPARE(find(QString()).size(), 5);
    }

    void filtersByUserKindFieldsAndDays()
    {
        TestStore ts;
        fill(ts);
        AuditFilter sam;
        sam.userName = u"Sam"_qs;
        QCOMPARE(subjectsOf(ts, sam),
                 (QStringList{u"program_request:ab_c/requested"_qs, u"redemption:8/undone"_qs,
                              u"redemption:7/credit_status"_qs}));

        AuditFilter credits;
        credits.subjectKind = u"redemption"_qs;
        credits.fields = QStringList{u"credit_status"_qs, u"account_number"_qs};
        QCOMPARE(subjectsOf(ts, credits), QStringList{u"redemption:7/credit_status"_qs});
        AuditFilter redemptions;
        redemptions.subjectKind = u"redemption"_qs;
        QCOMPARE(subjectsOf(ts, redemptions).size(), 2);
        // A kind is the whole word before the colon; "settings" has no colon at all.
        AuditFilter settings;
        settings.subjectKind = u"settings"_qs;
        QCOMPARE(subjectsOf(ts, settings), QStringList{u"settings/batch_cadence"_qs});
        AuditFilter partial;
        partial.subjectKind = u"redemp"_qs;
        QCOMPARE(subjectsOf(ts, partial), QStringList());

        AuditFilter days;
        days.from = QDateTime(QDate(2026, 11, 11), QTime(0, 0), Qt::UTC);
        days.to = QDateTime(QDate(2026, 11, 12), QTime(23, 59), Qt::UTC);
        QCOMPARE(subjectsOf(ts, days),
                 (QStringList{u"redemption:8/undone"_qs, u"redemption:7/credit_status"_qs}));
        TAKE(n, ts->auditLog().count(days));
        QCOMPARE(n, qint64(2));
    }

    void keysetPagesDoNotShift()
    {
        TestStore ts;
        fill(ts);
        AuditFilter page;
        page.limit = 2;
        TAKE(first, ts->auditLog().entries(page));
        QCOMPARE(first.size(), std::size_t(2));
        // An entry added meanwhile would push an OFFSET page by one; a keyset page stays put.
        append(ts, named(u"Sam"_qs), u"batch:3"_qs, u"status"_qs, u"open"_qs, u"closed"_qs);
        page.beforeId = first.back().id;
        page.beforeAt = first.back().at;
        TAKE(second, ts->auditLog().entries(page));
        QCOMPARE(second.size(), std::size_t(2));
        QVERIFY(second.front().id < first.back().id);
        page.beforeId = second.back().id;
        page.beforeAt = second.back().at;
        TAKE(third, ts->auditLog().entries(page));
        QCOMPARE(third.size(), std::size_t(1));
        QCOMPARE(third.front().subject, u"enrollment:LOC-A/PRG-X"_qs);
        TAKE(all, ts->auditLog().count({}));
        QCOMPARE(all, qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
