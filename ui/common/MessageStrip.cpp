#include "MessageStrip.h"

#include "ui/common/ClampedLabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>

namespace astro::ui {

namespace {
const char* kindName(MessageStrip::Kind kind)
{
    switch (kind) {
    case MessageStrip::Kind::Success:
        return "success";
    case MessageStrip::Kind::Warning:
        return "warning";
    case MessageStrip::Kind::Error:
        return "error";
    case MessageStrip::Kind::Info:
        break;
    }
    return "info";
}

QStyle::StandardPixmap iconFor(MessageStrip::Kind kind)
{
    switch (kind) {
    case MessageStrip::Kind::Success:
        return QStyle::SP_DialogApplyButton;
    case MessageStrip::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageStrip::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageStrip::Kind::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

MessageStrip::MessageStrip(QWidget* parent, int fixedLines)
    : QFrame(parent), m_icon(new QLabel(this)),
      m_text(fixedLines > 0 ? new ClampedLabel(fixedLines, this) : new QLabel(this)),
      m_flashTimer(new QTimer(this)), m_fixedHeight(fixedLines > 0)
{
    setObjectName(QStringLiteral("messageStrip"));
    m_text->setObjectName(QStringLiteral("messageText"));
    if (!m_fixedHeight) {
        m_text->setWordWrap(true);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_flashTimer->setInterval(140);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        const bool on = !property("flash").toBool();
        setFlash(on);
        if (!on && --m_flashesLeft <= 0)
            m_flashTimer->stop();
    });
    clear();
}

void MessageStrip::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    setVisible(m_fixedHeight || !text.isEmpty());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 6;
    m_icon->setPixmap(style()->standardIcon(iconFor(kind), nullptr, this).pixmap(size, size));
    m_icon->setVisible(!text.isEmpty());
    setProperty("kind", QString::fromLatin1(kindName(kind)));
    setFlash(false);
    if (kind == Kind::Error || kind == Kind::Warning) {
        QApplication::beep();
        m_flashesLeft = 2;
        setFlash(true);
        m_flashTimer->start();
    }
}

void MessageStrip::clear()
{
    m_flashTimer->stop();
    m_kind = Kind::Info;
    m_text->clear();
    m_icon->clear();
    m_icon->hide();
    setProperty("kind", QStringLiteral("empty"));
    setFlash(false);
    // A strip of fixed height keeps its room, empty.
    setVisible(m_fixedHeight);
}

QString MessageStrip::text() const
{
    return m_text->text();
}

QStringList MessageStrip::visibleLines() const
{
    if (const auto* clamped = dynamic_cast<const ClampedLabel*>(m_text))
        return clamped->visibleLines();
    return m_text->text().split(QLatin1Char('\n'));
}

void MessageStrip::setFlash(bool on)
{
    setProperty("flash", on);
    // Dynamic properties only restyle after a re-polish.
    style()->unpolish(this);
    style()->polish(this);
    update();
}

} // namespace astro::ui
