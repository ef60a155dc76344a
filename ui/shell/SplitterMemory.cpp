#include "SplitterMemory.h"

#include "ui/shell/WindowPlacement.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>

namespace astro::ui {

void SplitterMemory::keep(QSplitter* splitter, const QString& name)
{
    new SplitterMemory(splitter, name);
}

SplitterMemory::SplitterMemory(QSplitter* splitter, QString name)
    : QObject(splitter), m_splitter(splitter), m_name(std::move(name))
{
    splitter->installEventFilter(this);
    connect(splitter, &QSplitter::splitterMoved, this, &SplitterMemory::save);
}

QString SplitterMemory::settingsKey() const
{
    return QStringLiteral("splitters/%1/%2")
        .arg(WindowPlacement::screenKey(m_splitter->screen()), m_name);
}

bool SplitterMemory::eventFilter(QObject* watched, QEvent* event)
{
    // Shown (again, perhaps on another screen): what was left on that screen comes back.
    if (watched == m_splitter && event->type() == QEvent::Show)
        restore();
    return QObject::eventFilter(watched, event);
}

void SplitterMemory::restore()
{
    const QString key = settingsKey();
    if (key == m_restoredFor)
        return;
    m_restoredFor = key;
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void SplitterMemory::save()
{
    m_restoredFor = settingsKey();
    QSettings().setValue(m_restoredFor, m_splitter->saveState());
}

} // namespace astro::ui
