#include "Cli.h"
#include "Command.h"
#include "ServerOptions.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using astro::cli::Cli;
using astro::cli::Command;

// Every command and option that docs/cli.md, `--help` and the man page name is one that a
// command declares, and every option a command declares is in docs/cli.md and `--help`: the
// CLI cannot drift from its documentation. The same for astro-server's options.
class TestCliDocs : public QObject
{
    Q_OBJECT

    // One synopsis line, like "customer add --first F --last L [--phone P]".
    struct Synopsis
    {
        QString where; // for messages: "docs/cli.md:156"
        QString text;
    };

    // What a set of synopses says about the commands, checked against what they declare.
    struct Coverage
    {
        QStringList problems;
        QHash<const Command*, QSet<QString>> mentioned; // options named for each command
        QSet<const Command*> named;
    };

    static QString readFile(const QString& path)
    {
        QFile file(QStringLiteral(ASTRO_SOURCE_DIR "/") + path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return QString::fromUtf8(file.readAll());
    }

    static QStringList globalNames()
    {
        QStringList names;
        for (const QCommandLineOption& option : Cli::globalOptions())
            names << option.names();
        return names;
    }

    static QStringList optionsIn(const QString& text)
    {
        static const QRegularExpression option(QStringLiteral("--([a-z][a-z0-9-]*)"));
        QStringList names;
        for (auto it = option.globalMatch(text); it.hasNext();)
            names << it.next().captured(1);
        return names;
    }

    // The commands a synopsis is about: "batch close|submit ID" names two subcommands, "sync"
    // and "bridge [--port N]" the groups themselves.
    static QList<const Command*> targets(const Synopsis& s, QStringList& problems)
    {
        const QStringList words = s.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const Command* command = words.isEmpty() ? nullptr : Cli::command(words.first());
        if (!command) {
            problems << QStringLiteral("%1: “%2” names no command").arg(s.where, s.text);
            return {};
        }
        const QString second = words.value(1);
        static const QRegularExpression literal(QStringLiteral("^[a-z-]+(\\|[a-z-]+)*$"));
        if (command->subcommands().empty() || !literal.match(second).hasMatch())
            return {command};
        QList<const Command*> subs;
        for (const QString& name : second.split(QLatin1Char('|'))) {
            if (const Command* sub = command->subcommand(name))
                subs << sub;
            else
                problems << QStringLiteral("%1: “%2 %3” is not a subcommand")
                                .arg(s.where, command->name(), name);
        }
        return subs;
    }

    static Coverage check(const QList<Synopsis>& synopses)
    {
        Coverage c;
        const QStringList globals = globalNames();
        for (const Synopsis& s : synopses) {
            const QList<const Command*> about = targets(s, c.problems);
            if (about.isEmpty())
                continue;
            for (const Command* command : about)
                c.named << command;
            for (const QString& name : optionsIn(s.text)) {
                bool declared = globals.contains(name);
                for (const Command* command : about)
                    if (command->optionNames().contains(name)) {
                        declared = true;
                        c.mentioned[command] << name;
                    }
                if (!declared)
                    c.problems << QStringLiteral("%1: “%2” names --%3, which no command there "
                                                 "declares")
                                      .arg(s.where, s.text, name);
            }
        }
        return c;
    }

    // Every command documented, and every option it declares mentioned in its synopsis.
    static QStringList undocumented(const Coverage& c, const QString& source)
    {
        QStringList problems;
        const auto visit = [&](const Command& command, const QString& path) {
            if (command.subcommands().empty() && !c.named.contains(&command))
                problems << QStringLiteral("%1 never shows “%2”").arg(source, path);
            for (const QString& name : command.optionNames())
                if (!c.mentioned.value(&command).contains(name))
                    problems << QStringLiteral("“%1” declares --%2, which %3 never mentions")
                                    .arg(path, name, source);
        };
        for (const auto& command : Cli::commands()) {
            visit(*command, command->name());
            for (const auto& sub : command->subcommands())
                visit(*sub, command->name() + QLatin1Char(' ') + sub->name());
        }
        return problems;
    }

    // The first ``` block under each "### command" heading of docs/cli.md.
    static QList<Synopsis> docsSynopses()
    {
        const QStringList lines = readFile(QStringLiteral("docs/cli.md")).split(QLatin1Char('\n'));
        QList<Synopsis> synopses;
        bool underHeading = false;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(QLatin1String("#"))) {
                underHeading = lines[i].startsWith(QLatin1String("### "));
                continue;
            }
            if (!underHeading || !lines[i].startsWith(QLatin1String("```")))
                continue;
            underHeading = false;
            for (++i; i < lines.size() && !lines[i].startsWith(QLatin1String("```")); ++i) {
                const QString where = QStringLiteral("docs/cli.md:%1").arg(i + 1);
                if (lines[i].startsWith(QLatin1Char(' ')) && !synopses.isEmpty())
                    synopses.last().text += QLatin1Char(' ') + lines[i].trimmed();
                else if (!lines[i].trimmed().isEmpty())
                    synopses << Synopsis{where, lines[i].trimmed()};
            }
        }
        return synopses;
    }

    // The command lines of `astro-counter-cli --help`: "  scan --customer ID ...", with
    // continuation lines indented further and "a | b" putting two synopses on one line.
    static QList<Synopsis> usageSynopses()
    {
        QList<Synopsis> synopses;
        static const QRegularExpression description(QStringLiteral("\\s{3,}\\S.*$"));
        const QStringList lines = Cli::usage().split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString& line = lines[i];
            const QString where = QStringLiteral("--help line %1").arg(i + 1);
            if (line.startsWith(QLatin1String("   ")) && !synopses.isEmpty()) {
                synopses.last().text += QLatin1Char(' ') + line.trimmed();
                continue;
            }
            if (!line.startsWith(QLatin1String("  ")))
                continue;
            const QString text = line.trimmed().remove(description);
            for (const QString& part : text.split(QStringLiteral(" | ")))
                synopses << Synopsis{where, part};
        }
        return synopses;
    }

    // The tag lines of the man page's COMMANDS section, roff removed.
    static QList<Synopsis> manSynopses()
    {
        const QStringList lines =
            readFile(QStringLiteral("installer/man/astro-counter-cli.1")).split(QLatin1Char('\n'));
        static const QRegularExpression font(QStringLiteral("\\\\f[BIRP]"));
        static const QRegularExpression argument(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
        QList<Synopsis> synopses;
        bool commands = false;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(QLatin1String(".SH ")))
                commands = lines[i] == QLatin1String(".SH COMMANDS");
            if (!commands || lines[i] != QLatin1String(".TP") || i + 1 >= lines.size())
                continue;
            QString tag = lines[++i];
            while (tag.endsWith(QLatin1Char('\\')) && i + 1 < lines.size())
                tag = tag.chopped(1) + lines[++i];
            const qsizetype space = tag.indexOf(QLatin1Char(' '));
            const QString macro = tag.left(space);
            QString text = tag.mid(space + 1);
            if (macro != QLatin1String(".B")) {
                // .BI, .BR: the arguments alternate fonts and are written without spaces.
                QString joined;
                for (auto it = argument.globalMatch(text); it.hasNext();) {
                    const auto m = it.next();
                    joined += m.hasCaptured(1) ? m.captured(1) : m.captured(2);
                }
                text = joined;
            }
            text.remove(font).replace(QLatin1String("\\-"), QLatin1String("-"));
            synopses << Synopsis{QStringLiteral("astro-counter-cli.1:%1").arg(i + 1),
                                 text.simplified()};
        }
        return synopses;
    }

private Q_SLOTS:
    void docsNameOnlyDeclaredCommandsAndOptions()
    {
        const QList<Synopsis> synopses = docsSynopses();
        QVERIFY(synopses.size() > 30);
        const Coverage c = check(synopses);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
    }

    void docsMentionEveryDeclaredCommandAndOption()
    {
        const QStringList problems =
            undocumented(check(docsSynopses()), QStringLiteral("docs/cli.md"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void docsGlobalOptionsAreDeclared()
    {
        const QString doc = readFile(QStringLiteral("docs/cli.md"));
        const qsizetype start = doc.indexOf(QLatin1String("\n## Global options"));
        const qsizetype end = doc.indexOf(QLatin1String("\n## "), start + 1);
        QVERIFY(start > 0 && end > start);
        // The synopsis at the top and the table of global options.
        const QString globals =
            doc.left(doc.indexOf(QLatin1String("\n## "))) + doc.mid(start, end - start);
        const QStringList declared = globalNames();
        QStringList problems;
        for (const QString& line : globals.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("astro-counter-cli ")) &&
                !line.startsWith(QLatin1String("| `--")))
                continue;
            for (const QString& name : optionsIn(line))
                if (!declared.contains(name))
                    problems
                        << QStringLiteral("docs/cli.md: --%1 is not a global option").arg(name);
        }
        for (const QString& name : declared)
            if (!optionsIn(globals).contains(name))
                problems << QStringLiteral("docs/cli.md never explains the global --%1").arg(name);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void helpMatchesCommands()
    {
        const QList<Synopsis> synopses = usageSynopses();
        QVERIFY(synopses.size() > 30);
        const Coverage c = check(synopses);
        QStringList problems = c.problems + undocumented(c, QStringLiteral("--help"));
        const QString first = Cli::usage().section(QLatin1Char('\n'), 0, 0);
        for (const QString& name : optionsIn(first))
            if (!globalNames().contains(name))
                problems << QStringLiteral("--help: --%1 is not a global option").arg(name);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void manPageNamesEveryCommand()
    {
        const QList<Synopsis> synopses = manSynopses();
        QVERIFY(synopses.size() > 20);
        const Coverage c = check(synopses);
        QStringList problems = c.problems;
        // The man page summarises: every command is there, its options are in docs/cli.md.
        for (const auto& command : Cli::commands()) {
            bool named = c.named.contains(command.get());
            for (const auto& sub : command->subcommands())
                named = named || c.named.contains(sub.get());
            if (!named)
                problems
                    << QStringLiteral("astro-counter-cli.1 never shows “%1”").arg(command->name());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Each command's own synopsis is the one docs/cli.md shows for it, word for word.
    void synopsesAreTheDocs()
    {
        QSet<QString> documented;
        for (const Synopsis& s : docsSynopses())
            documented << s.text.simplified();
        QStringList problems;
        const auto visit = [&](const Command& command) {
            if (command.subcommands().empty() && !documented.contains(command.synopsis()))
                problems << QStringLiteral("“%1” is not a synopsis in docs/cli.md")
                                .arg(command.synopsis());
        };
        for (const auto& command : Cli::commands()) {
            visit(*command);
            for (const auto& sub : command->subcommands())
                visit(*sub);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void serverHelpAndManPageMatchOptions()
    {
        QStringList declared;
        for (const QCommandLineOption& option : astro::server::ServerOptions::declaredOptions())
            for (const QString& name : option.names())
                if (name.size() > 1)
                    declared << name;
        const QString man = readFile(QStringLiteral("installer/man/astro-server.1"))
                                .replace(QLatin1String("\\-"), QLatin1String("-"));
        const qsizetype start = man.indexOf(QLatin1String("\n.SH OPTIONS"));
        const QString manOptions =
            man.mid(start, man.indexOf(QLatin1String("\n.SH "), start + 1) - start);
        QVERIFY(start > 0);
        QStringList tags;
        const QStringList manLines = manOptions.split(QLatin1Char('\n'));
        for (int i = 0; i + 1 < manLines.size(); ++i)
            if (manLines[i] == QLatin1String(".TP"))
                tags << manLines[i + 1];
        const QList<QPair<QString, QStringList>> sources = {
            {QStringLiteral("astro-server --help"),
             optionsIn(astro::server::ServerOptions::usage())},
            {QStringLiteral("astro-server.1"), optionsIn(tags.join(QLatin1Char('\n')))}};
        QStringList problems;
        for (const auto& [source, named] : sources) {
            for (const QString& name : named)
                if (!declared.contains(name))
                    problems << QStringLiteral("%1 names --%2, which astro-server does not declare")
                                    .arg(source, name);
            for (const QString& name : declared)
                if (!named.contains(name) && name != QLatin1String("help") &&
                    name != QLatin1String("version"))
                    problems << QStringLiteral(
                                    "astro-server declares --%1, which %2 never explains")
                                    .arg(name, source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checks above are only as good as the parsing: make sure it finds what it must.
    void parsingFindsKnownSynopses()
    {
        Synopsis userAdd{QString(), QStringLiteral("user add NAME --role ROLE --new-pin PIN")};
        QStringList problems;
        const QList<const Command*> about = targets(userAdd, problems);
        QCOMPARE(about.size(), 1);
        QCOMPARE(about.first()->name(), QStringLiteral("add"));
        QVERIFY(about.first()->optionNames().contains(QStringLiteral("new-pin")));
        const Coverage bogus =
            check({Synopsis{QStringLiteral("test"), QStringLiteral("cards --customer ID --bogus")},
                   Synopsis{QStringLiteral("test"), QStringLiteral("frobnicate --now")},
                   Synopsis{QStringLiteral("test"), QStringLiteral("user frob NAME")}});
        QCOMPARE(bogus.problems.size(), 3);
        bool sawSync = false;
        for (const Synopsis& s : docsSynopses())
            sawSync = sawSync || s.text.startsWith(QLatin1String("sync setup --url URL"));
        QVERIFY(sawSync);
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
