#include "Theme.h"

#include "ui/common/CounterStyle.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace astro::ui {

QColor Theme::color(ColorRole role)
{
    switch (role) {
    case Primary:
        return QColor(0x1d, 0x4e, 0xd8);
    case Success:
        return QColor(0x15, 0x80, 0x3d);
    case Warning:
        return QColor(0xb4, 0x53, 0x09);
    case Danger:
        return QColor(0xb9, 0x1c, 0x1c);
    case Track:
        return QColor(0xe2, 0xe8, 0xf0);
    case Muted:
        return QColor(0x64, 0x74, 0x8b);
    }
    return {};
}

void Theme::setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    // A widget polished before (a button box measures its buttons) restyles only if told.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void Theme::apply(QApplication& app)
{
    QApplication::setStyle(new CounterStyle(QStyleFactory::create(QStringLiteral("Fusion"))));

    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xfa));
    p.setColor(QPalette::WindowText, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    p.setColor(QPalette::Text, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::Button, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ButtonText, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::Highlight, QColor(0xdb, 0xea, 0xfe));
    p.setColor(QPalette::HighlightedText, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::PlaceholderText, color(Muted));
    p.setColor(QPalette::ToolTipBase, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Link, color(Primary));
    QApplication::setPalette(p);

    QFont font = QApplication::font();
    font.setPointSizeF(11);
    QApplication::setFont(font);

    QFile qss(QStringLiteral(":/astro/ui/common/theme.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

} // namespace astro::ui
