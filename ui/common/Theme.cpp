#include "Theme.h"

#include "ui/common/CounterStyle.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <iterator>

namespace astro::ui {

namespace {

// One name, its light color and its dark one. The dark scheme is slate with a brighter blue:
// text and accents keep at least 4.5:1 against what they sit on (tst_theme checks it).
struct NamedColor
{
    const char* name;
    QRgb light;
    QRgb dark;
};

const NamedColor colors[] = {
    {"window", 0xf4f6fa, 0x0f172a},
    {"surface", 0xffffff, 0x1e293b},
    {"surfaceAlt", 0xf8fafc, 0x172033},
    {"text", 0x0f172a, 0xe2e8f0},
    {"subtle", 0x475569, 0xcbd5e1},
    {"muted", 0x5f6f86, 0x94a3b8},
    {"border", 0xe2e8f0, 0x334155},
    {"borderStrong", 0xcbd5e1, 0x475569},
    {"gridline", 0xf1f5f9, 0x273449},
    {"accent", 0x1d4ed8, 0x60a5fa},
    {"primary", 0x1d4ed8, 0x2563eb},
    {"primaryHover", 0x1e40af, 0x1d4ed8},
    {"primaryDisabled", 0x93c5fd, 0x273449},
    {"onPrimary", 0xffffff, 0xffffff},
    {"onPrimaryDisabled", 0xffffff, 0x7b8aa3},
    {"focusOnPrimary", 0x0f172a, 0xf8fafc},
    {"hover", 0xf1f5f9, 0x334155},
    {"pressed", 0xe2e8f0, 0x475569},
    {"disabledText", 0x94a3b8, 0x64748b},
    {"disabledSurface", 0xf8fafc, 0x172033},
    {"selection", 0xdbeafe, 0x1e3a8a},
    {"selectionText", 0x0f172a, 0xf8fafc},
    {"sectionFocus", 0xeff6ff, 0x172554},
    {"successText", 0x15803d, 0x4ade80},
    {"warningText", 0xb45309, 0xfbbf24},
    {"dangerText", 0xb91c1c, 0xf87171},
    {"dangerBorder", 0xfca5a5, 0x7f1d1d},
    {"infoSurface", 0xeff6ff, 0x172554},
    {"infoBorder", 0xbfdbfe, 0x1e40af},
    {"successSurface", 0xf0fdf4, 0x052e16},
    {"successBorder", 0xbbf7d0, 0x166534},
    {"warningSurface", 0xfffbeb, 0x422006},
    {"warningBorder", 0xf59e0b, 0xb45309},
    {"errorSurface", 0xfef2f2, 0x450a0a},
    {"errorBorder", 0xef4444, 0xb91c1c},
    {"warningFlash", 0xfde68a, 0x78350f},
    {"errorFlash", 0xfecaca, 0x7f1d1d},
    {"track", 0xe2e8f0, 0x334155},
    {"successFill", 0x15803d, 0x15803d},
    {"onFill", 0xffffff, 0xffffff},
    {"tooltip", 0x0f172a, 0xf8fafc},
    {"tooltipText", 0xffffff, 0x0f172a},
};

Theme::Scheme active = Theme::Scheme::Light;

// The counter's smallest readable size: a larger system font (a large-font setting) wins.
const qreal smallestPointSize = 11;

} // namespace

QColor Theme::named(const QString& name, Scheme scheme)
{
    const auto* found = std::find_if(std::begin(colors), std::end(colors),
                                     [&](const auto& c) { return name == QLatin1String(c.name); });
    if (found == std::end(colors))
        return {};
    return QColor::fromRgb(scheme == Scheme::Dark ? found->dark : found->light);
}

QColor Theme::color(ColorRole role)
{
    static const char* const names[] = {"accent",      "successText", "warningText",
                                        "dangerText",  "track",       "muted",
                                        "successFill", "onFill",      "surface"};
    static_assert(std::size(names) == Surface + 1, "a name for every ColorRole, in its order");
    return named(QLatin1String(names[role]), active);
}

Theme::Scheme Theme::scheme()
{
    return active;
}

Theme::Scheme Theme::schemeFor(Appearance appearance, const QPalette& system)
{
    if (appearance != Appearance::System)
        return appearance == Appearance::Dark ? Scheme::Dark : Scheme::Light;
    // A desktop in dark mode gives a dark window color (Qt 6.4 has no color-scheme hint).
    return system.color(QPalette::Window).lightness() < 128 ? Scheme::Dark : Scheme::Light;
}

QPalette Theme::palette(Scheme scheme)
{
    const auto c = [scheme](const char* name) {
        return named(QLatin1String(name), scheme);
    };
    QPalette p;
    p.setColor(QPalette::Window, c("window"));
    p.setColor(QPalette::WindowText, c("text"));
    p.setColor(QPalette::Base, c("surface"));
    p.setColor(QPalette::AlternateBase, c("surfaceAlt"));
    p.setColor(QPalette::Text, c("text"));
    p.setColor(QPalette::Button, c("surface"));
    p.setColor(QPalette::ButtonText, c("text"));
    p.setColor(QPalette::BrightText, c("onPrimary"));
    p.setColor(QPalette::Highlight, c("selection"));
    p.setColor(QPalette::HighlightedText, c("selectionText"));
    p.setColor(QPalette::PlaceholderText, c("muted"));
    p.setColor(QPalette::ToolTipBase, c("tooltip"));
    p.setColor(QPalette::ToolTipText, c("tooltipText"));
    p.setColor(QPalette::Link, c("accent"));
    p.setColor(QPalette::Light, c("surface"));
    p.setColor(QPalette::Midlight, c("border"));
    p.setColor(QPalette::Mid, c("borderStrong"));
    p.setColor(QPalette::Dark, c("subtle"));
    p.setColor(QPalette::Shadow, c("text"));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c("disabledText"));
    return p;
}

QString Theme::styleSheet(Scheme scheme)
{
    QFile qss(QStringLiteral(":/astro/ui/common/theme.qss"));
    if (!qss.open(QIODevice::ReadOnly))
        return {};
    QString sheet = QString::fromUtf8(qss.readAll());
    // A name runs to the end of its letters: "@surfaceAlt" is not "@surface" and "Alt".
    static const QRegularExpression name(QStringLiteral("@([A-Za-z]+)"));
    QString out;
    qsizetype from = 0;
    for (auto it = name.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(sheet).mid(from, m.capturedStart() - from);
        const QColor c = named(m.captured(1), scheme);
        out += c.isValid() ? c.name() : m.captured(0);
        from = m.capturedEnd();
    }
    out += QStringView(sheet).mid(from);
    return out;
}

void Theme::setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    // A widget polished before (a button box measures its buttons) restyles only if told.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void Theme::apply(QApplication& app, Appearance appearance)
{
    // The platform's own palette, before the app replaces it, says whether the desktop is dark.
    static const QPalette system = QApplication::palette();
    static const QFont systemFont = QApplication::font();
    active = schemeFor(appearance, system);
    QApplication::setStyle(new CounterStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(palette(active));

    QFont font = systemFont;
    font.setPointSizeF(std::max(systemFont.pointSizeF(), smallestPointSize));
    QApplication::setFont(font);

    app.setStyleSheet(styleSheet(active));
}

} // namespace astro::ui
