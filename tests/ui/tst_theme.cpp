// The light and the dark scheme: every color of the stylesheet comes from the theme's table
// (none written into theme.qss), text stays readable on what it sits on (WCAG's 4.5:1), a dark
// desktop gets the dark scheme unless the store chose otherwise, and applying a scheme changes
// the palette, the stylesheet and the delegates' colors together.
#include "ui/common/Theme.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using astro::ui::Theme;

namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void theStyleSheetNamesItsColors()
    {
        QFile qss(QStringLiteral(":/astro/ui/common/theme.qss"));
        QVERIFY(qss.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(qss.readAll());
        const QRegularExpression hex(QStringLiteral("#[0-9A-Fa-f]{3,6}\\b"));
        QVERIFY2(!hex.match(source).hasMatch(), qPrintable(hex.match(source).captured(0)));
        QVERIFY(source.contains(QStringLiteral("@window")));
        for (auto scheme : {Theme::Scheme::Light, Theme::Scheme::Dark}) {
            const QString sheet = Theme::styleSheet(scheme);
            const QRegularExpression unknown(QStringLiteral("@[A-Za-z]+"));
            QVERIFY2(!unknown.match(sheet).hasMatch(),
                     qPrintable(unknown.match(sheet).captured(0)));
            QVERIFY(sheet.contains(Theme::named(QStringLiteral("window"), scheme).name()));
        }
    }

    void textIsReadable_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        const QList<QPair<const char*, const char*>> pairs{
            {"text", "window"},
            {"text", "surface"},
            {"text", "surfaceAlt"},
            {"subtle", "surface"},
            {"subtle", "surfaceAlt"},
            {"muted", "surface"},
            {"muted", "window"},
            {"accent", "window"},
            {"accent", "surface"},
            {"onPrimary", "primary"},
            {"onPrimary", "primaryHover"},
            {"selectionText", "selection"},
            {"successText", "surface"},
            {"warningText", "surface"},
            {"warningText", "window"},
            {"dangerText", "surface"},
            {"text", "infoSurface"},
            {"text", "successSurface"},
            {"text", "warningSurface"},
            {"text", "errorSurface"},
            {"text", "warningFlash"},
            {"text", "errorFlash"},
            {"onFill", "successFill"},
            {"tooltipText", "tooltip"},
            {"accent", "sectionFocus"},
        };
        for (auto scheme : {Theme::Scheme::Light, Theme::Scheme::Dark})
            for (const auto& [fg, bg] : pairs)
                QTest::addRow("%s %s on %s", scheme == Theme::Scheme::Dark ? "dark" : "light", fg,
                              bg)
                    << int(scheme) << QString::fromLatin1(fg) << QString::fromLatin1(bg);
    }

    void textIsReadable()
    {
        QFETCH(int, scheme);
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        const QColor fg = Theme::named(foreground, Theme::Scheme(scheme));
        const QColor bg = Theme::named(background, Theme::Scheme(scheme));
        QVERIFY(fg.isValid() && bg.isValid());
        const double ratio = contrast(fg, bg);
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio, 'f', 2)));
    }

    void aDarkDesktopGetsTheDarkScheme()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        QCOMPARE(Theme::schemeFor(Theme::Appearance::System, dark), Theme::Scheme::Dark);
        QCOMPARE(Theme::schemeFor(Theme::Appearance::System, light), Theme::Scheme::Light);
        // The store's choice wins over the desktop.
        QCOMPARE(Theme::schemeFor(Theme::Appearance::Light, dark), Theme::Scheme::Light);
        QCOMPARE(Theme::schemeFor(Theme::Appearance::Dark, light), Theme::Scheme::Dark);
    }

    void applyingASchemeChangesEverythingTogether()
    {
        Theme::apply(*qApp, Theme::Appearance::Dark);
        QCOMPARE(Theme::scheme(), Theme::Scheme::Dark);
        const QColor window = Theme::named(QStringLiteral("window"), Theme::Scheme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), window);
        QVERIFY(qApp->styleSheet().contains(window.name()));
        QCOMPARE(Theme::color(Theme::Primary),
                 Theme::named(QStringLiteral("accent"), Theme::Scheme::Dark));
        QVERIFY(QApplication::font().pointSizeF() >= 11);

        Theme::apply(*qApp, Theme::Appearance::Light);
        QCOMPARE(Theme::scheme(), Theme::Scheme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::named(QStringLiteral("window"), Theme::Scheme::Light));
        QCOMPARE(Theme::color(Theme::Surface), QColor(Qt::white));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
