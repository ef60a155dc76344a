#include "ScannerInputFilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTimer>
#include <QWidget>

namespace astro::ui {

ScannerInputFilter::ScannerInputFilter(QObject* parent)
    : QObject(parent), m_replayTimer(new QTimer(this))
{
    m_replayTimer->setSingleShot(true);
    m_replayTimer->setInterval(m_burstMs);
    connect(m_replayTimer, &QTimer::timeout, this, &ScannerInputFilter::replay);
}

ScannerInputFilter::~ScannerInputFilter() = default;

void ScannerInputFilter::setBurstMs(int ms)
{
    m_burstMs = qMax(1, ms);
    m_replayTimer->setInterval(m_burstMs);
}

void ScannerInputFilter::watch(QWidget* root)
{
    m_root = root;
    watchTree(root);
}

void ScannerInputFilter::watchTree(QWidget* widget)
{
    // Dialogs opened over the screen keep the keyboard as it is.
    if (widget != m_root && widget->isWindow())
        return;
    widget->removeEventFilter(this);
    widget->installEventFilter(this);
    for (QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        watchTree(child);
}

bool ScannerInputFilter::isDigitKey(const QKeyEvent* key) const
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    return mods == Qt::NoModifier && key->text().size() == 1 && key->text().front().isDigit() &&
           key->text().front().unicode() < 128;
}

bool ScannerInputFilter::isEnterKey(const QKeyEvent* key) const
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

void ScannerInputFilter::replay()
{
    m_replayTimer->stop();
    std::vector<HeldKey> held;
    held.swap(m_held);
    m_replaying = true;
    for (HeldKey& h : held)
        if (h.receiver)
            QCoreApplication::sendEvent(h.receiver, h.event.get());
    m_replaying = false;
}

bool ScannerInputFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ChildAdded) {
        auto* child = static_cast<QChildEvent*>(event)->child();
        if (child->isWidgetType())
            watchTree(static_cast<QWidget*>(child));
        return false;
    }
    if (m_replaying)
        return false;
    // A click or a move elsewhere ends a pause in typing: what was held goes through first.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::FocusOut) {
        if (!m_held.empty())
            replay();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    if (auto* widget = qobject_cast<QWidget*>(watched);
        widget && m_root && widget->window() != m_root->window())
        return false;

    auto* key = static_cast<QKeyEvent*>(event);
    const qint64 gap = m_sinceLastKey.isValid() ? m_sinceLastKey.elapsed() : m_burstMs + 1;
    const bool inBurst = !m_held.empty() && gap <= m_burstMs;

    if (isDigitKey(key)) {
        // A pause since the held digits: they were typed by a person.
        if (!m_held.empty() && !inBurst)
            replay();
        m_held.push_back(HeldKey{
            watched, std::make_unique<QKeyEvent>(key->type(), key->key(), key->modifiers(),
                                                 key->nativeScanCode(), key->nativeVirtualKey(),
                                                 key->nativeModifiers(), key->text(),
                                                 key->isAutoRepeat(), ushort(key->count()))});
        m_sinceLastKey.start();
        m_replayTimer->start();
        return true;
    }

    if (isEnterKey(key) && inBurst && int(m_held.size()) >= m_minimumLength) {
        QString code;
        for (const HeldKey& h : m_held)
            code += h.event->text();
        m_held.clear();
        m_replayTimer->stop();
        m_sinceLastKey.invalidate();
        emit scanned(code);
        return true;
    }

    // Anything else ends a burst: what was held goes through first, in order.
    if (!m_held.empty())
        replay();
    return false;
}

} // namespace astro::ui
