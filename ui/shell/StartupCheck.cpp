#include "StartupCheck.h"

#include "common/Log.h"
#include "store/Store.h"
#include "ui/common/BackgroundReader.h"
#include "ui/shell/DailyBackup.h"

#include <QLocale>
#include <QMessageBox>

namespace astro::ui {

StartupCheck::StartupCheck(Store& store, DailyBackup* backups, QWidget* window, QObject* parent)
    : QObject(parent), m_store(store), m_backups(backups), m_window(window)
{}

StartupCheck::~StartupCheck() = default;

void StartupCheck::start()
{
    m_reader = std::make_unique<BackgroundReader>(m_store.db().path(), m_store.clock());
    m_reader->read<QString>(
        [](Store& store) { return Result<QString>(store.db().integrityProblem(true)); },
        [this](Result<QString> problem) {
            const QString found = problem ? *problem : problem.error().message;
            if (!found.isEmpty()) {
                qCCritical(lcStorage).noquote()
                    << "the database" << m_store.db().path() << "is damaged:" << found;
                if (m_window) {
                    auto* box = new QMessageBox(QMessageBox::Critical, tr("Damaged database"),
                                                warningText(found), QMessageBox::Ok, m_window);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
            }
            emit finished(found);
        });
}

QString StartupCheck::warningText(const QString& problem) const
{
    QString text = tr("The database %1 is damaged (%2). What is recorded now may be lost.")
                       .arg(m_store.db().path(), problem);
    const auto newest = m_backups ? m_backups->lastGood() : std::nullopt;
    if (newest)
        text += QStringLiteral("\n\n") +
                tr("The last good backup is from %1. Close Astro Counter, then put it back: "
                   "astro-counter-cli restore %2 --yes")
                    .arg(QLocale().toString(newest->at.toLocalTime(), QLocale::ShortFormat),
                         newest->path);
    else
        text += QStringLiteral("\n\n") +
                tr("There is no backup to put back: call support before recording more.");
    return text;
}

} // namespace astro::ui
