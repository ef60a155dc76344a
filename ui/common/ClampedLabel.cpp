#include "ClampedLabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

namespace astro::ui {

namespace {
// The text as wrapped at `width` by `font`, each line's text.
QStringList wrapped(const QString& text, const QFont& font, int width)
{
    QString flow = text;
    flow.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(flow, font);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << flow.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    for (QString& line : lines) {
        line.remove(QChar::LineSeparator);
        line = line.trimmed();
    }
    return lines;
}
} // namespace

ClampedLabel::ClampedLabel(int lines, QWidget* parent) : QLabel(parent), m_lines(lines)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize ClampedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 40 + m.left() + m.right(),
            fontMetrics().lineSpacing() * m_lines + m.top() + m.bottom()};
}

QSize ClampedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 10 + m.left() + m.right(), sizeHint().height()};
}

QStringList ClampedLabel::clamp(const QString& text, const QFont& font, int width, int lines)
{
    QStringList all = wrapped(text, font, width);
    if (all.size() <= lines)
        return all;
    // What does not fit runs on in the last line, which ends in "…".
    QStringList shown = all.mid(0, lines - 1);
    const QString rest = all.mid(lines - 1).join(QLatin1Char(' '));
    shown << QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
    return shown;
}

QStringList ClampedLabel::visibleLines() const
{
    return clamp(text(), font(), contentsRect().width(), m_lines);
}

bool ClampedLabel::isClamped() const
{
    return wrapped(text(), font(), contentsRect().width()).size() > m_lines;
}

bool ClampedLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (isClamped())
            QToolTip::showText(help->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

void ClampedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QRect area = contentsRect();
    const QFontMetrics fm = fontMetrics();
    int y = area.top();
    for (const QString& line : visibleLines()) {
        painter.drawText(QRect(area.left(), y, area.width(), fm.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter, line);
        y += fm.lineSpacing();
    }
}

} // namespace astro::ui
