#include "SqliteStatements.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

#include <sqlite3.h>

namespace astro {

namespace {

// Qt's SQLite driver binds these as SQL NULL.
bool isNullValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(v.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(v.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid*>(v.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)),
                               SQLITE_TRANSIENT);
}

int bindOne(sqlite3_stmt* statement, int index, const QVariant& v)
{
    if (v.typeId() == QMetaType::QString) {
        // A null QString would be stored as SQL NULL; the schema means "" for absent text.
        const QString& text = *static_cast<const QString*>(v.constData());
        if (text.isNull())
            return sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
        // The bound list outlives the statement's run (see run()).
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    if (isNullValue(v))
        return sqlite3_bind_null(statement, index);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(v.constData());
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::QDateTime:
        return bindText(statement, index, v.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(statement, index, v.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    default:
        return bindText(statement, index, v.toString());
    }
}

} // namespace

QVariant SqlRow::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB: {
        const void* data = sqlite3_column_blob(m_statement, column);
        return QByteArray(static_cast<const char*>(data),
                          sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // a null text, as Qt's driver gives
    default:
        return text(column);
    }
}

QString SqlRow::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

bool SqlRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqlRow::columns() const
{
    return sqlite3_column_count(m_statement);
}

qint64 SqlRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqlRow::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QVariantList SqlRow::values() const
{
    const int count = columns();
    QVariantList row;
    row.reserve(count);
    for (int c = 0; c < count; ++c)
        row.append(value(c));
    return row;
}

SqliteStatements::~SqliteStatements()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

bool SqliteStatements::fail(int code, const QString& text)
{
    m_errorCode = code;
    m_errorText = text;
    return false;
}

sqlite3_stmt* SqliteStatements::prepared(const QString& sql)
{
    if (sqlite3_stmt* known = m_statements.value(sql))
        return known;
    sqlite3_stmt* statement = nullptr;
    const void* tail = nullptr;
    const int code = sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * sizeof(QChar)),
                                          SQLITE_PREPARE_PERSISTENT, &statement, &tail);
    if (code != SQLITE_OK) {
        fail(sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)));
        sqlite3_finalize(statement);
        return nullptr;
    }
    const auto* end = reinterpret_cast<const QChar*>(sql.utf16() + sql.size());
    for (const auto* c = static_cast<const QChar*>(tail); c && c < end; ++c)
        if (!c->isSpace() && *c != QLatin1Char(';')) {
            sqlite3_finalize(statement);
            fail(SQLITE_MISUSE, QStringLiteral("Unable to execute multiple statements at a time"));
            return nullptr;
        }
    if (!statement) { // only a comment or spaces: nothing to run, as an error like Qt's
        fail(SQLITE_MISUSE, QStringLiteral("No statement in: %1").arg(sql));
        return nullptr;
    }
    m_statements.insert(sql, statement);
    return statement;
}

bool SqliteStatements::bind(sqlite3_stmt* statement, const QVariantList& binds)
{
    if (sqlite3_bind_parameter_count(statement) != binds.size())
        return fail(SQLITE_RANGE, QStringLiteral("Parameter count mismatch"));
    for (int i = 0; i < binds.size(); ++i)
        if (const int code = bindOne(statement, i + 1, binds[i]); code != SQLITE_OK)
            return fail(code, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return true;
}

bool SqliteStatements::run(const QString& sql, const QVariantList& binds, const RowSink& sink)
{
    sqlite3_stmt* statement = prepared(sql);
    if (!statement)
        return false;
    bool ok = bind(statement, binds);
    while (ok) {
        const int code = sqlite3_step(statement);
        if (code == SQLITE_DONE)
            break;
        if (code != SQLITE_ROW) {
            ok = fail(sqlite3_extended_errcode(m_handle),
                      QString::fromUtf8(sqlite3_errmsg(m_handle)));
            break;
        }
        if (sink)
            sink(SqlRow(statement));
    }
    // Reset ends the statement's read (or write) at once; the binds pointed into `binds`.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (!ok) { // prepared afresh next time
        m_statements.remove(sql);
        sqlite3_finalize(statement);
    }
    return ok;
}

qint64 SqliteStatements::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int SqliteStatements::changes() const
{
    return sqlite3_changes(m_handle);
}

} // namespace astro
