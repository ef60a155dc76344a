#include "StartupCheck.h"

#include "common/Log.h"
#include "storage/DamageMark.h"
#include "store/Store.h"
#include "ui/common/BackgroundReader.h"
#include "ui/shell/DailyBackup.h"
#include "ui/shell/DamageWarning.h"

#include <QWidget>

namespace astro::ui {

StartupCheck::StartupCheck(Store& store, DailyBackup* backups, QWidget* window, QObject* parent)
    : QObject(parent), m_store(store), m_backups(backups), m_window(window)
{}

StartupCheck::~StartupCheck() = default;

void StartupCheck::start()
{
    emit checking();
    m_reader = std::make_unique<BackgroundReader>(m_store.db().path(), m_store.clock());
    m_reader->read<QString>(
        [](Store& store) -> Result<QString> {
            auto problem = store.db().checkIntegrity();
            // A check the damage itself cut short has marked the store (Database::run).
            const QString marked = DamageMark::problem(store.db().path());
            if (!problem && !marked.isEmpty())
                return marked;
            return problem;
        },
        [this](Result<QString> problem) {
            if (!problem) {
                qCWarning(lcStorage).noquote()
                    << "the integrity check could not run:" << problem.error().message;
                emit finished(QString());
                return;
            }
            if (!problem->isEmpty() && m_window)
                DamageWarning::show(m_window, warningText(), *problem);
            emit finished(*problem);
        });
}

QString StartupCheck::warningText() const
{
    return DamageWarning::text(m_store.db().path(), m_backups);
}

} // namespace astro::ui
