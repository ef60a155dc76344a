#pragma once

#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace astro::ui {

// How the audit log reads, the same on the page and in its CSV export: the kinds of subject
// the filter offers, and subjects, fields and values in words rather than the codes the
// engine records ("credit_status: declined" reads "Credit status: Declined").
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    // A choice of the "kind" filter: a subject kind, narrowed to some fields for credits and
    // undos (both are recorded on a redemption).
    struct Kind
    {
        QString code;
        QString subjectKind;
        QStringList fields;
    };
    static const std::vector<Kind>& kinds();
    static QString kindLabel(const QString& code);
    // Narrows a filter to a kind's code (empty: any kind).
    static void applyKind(AuditFilter& filter, const QString& code);

    // Who: the user's name, or the app itself for what it did on its own (catalog, sync).
    static QString user(const QString& userName);
    // The kind an entry is of, among kinds() ("credit" for a redemption's credit status), or
    // its subject's own kind when none fits.
    static QString kindOf(const AuditEntry& e);
    // What was changed, by its own name: "Redemption 12", "Batch 3", the user's name; an
    // enrollment's "LOC-A/PRG-DIST" (the page shows the names of both).
    static QString name(const AuditEntry& e);
    static QString field(const AuditEntry& e);
    // A value in words; a distributor by its name when `distributors` (id → name) has it.
    static QString value(const AuditEntry& e, const QString& value,
                         const QHash<QString, QString>& distributors = {});
    // "old → new"; only the new value when there was none before.
    static QString change(const AuditEntry& e, const QHash<QString, QString>& distributors = {});
};

} // namespace astro::ui
