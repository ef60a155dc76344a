#include "ChildRun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

using namespace astro;

namespace guibench {

Result<QJsonObject> runChild(const QStringList& arguments, int timeoutMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted() || !child.waitForFinished(timeoutMs)) {
        child.kill();
        child.waitForFinished();
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 did not finish").arg(arguments.join(QLatin1Char(' '))));
    }
    const QByteArray out = child.readAllStandardOutput().trimmed();
    const QByteArray err = child.readAllStandardError().trimmed();
    const QByteArray last = out.mid(out.lastIndexOf('\n') + 1);
    const QJsonObject answer = QJsonDocument::fromJson(last).object();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || answer.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("%1 failed (exit %2): %3")
                                                 .arg(arguments.join(QLatin1Char(' ')))
                                                 .arg(child.exitCode())
                                                 .arg(QString::fromUtf8(err.right(2000))));
    return answer;
}

int answerParent(const QJsonObject& answer)
{
    const QByteArray line = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
    return 0;
}

} // namespace guibench
