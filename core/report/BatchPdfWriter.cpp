#include "BatchPdfWriter.h"

#include "domain/Gtin.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextDocument>

namespace astro {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString BatchPdfWriter::html(const BatchReport& r, const QLocale& locale, const Progress& progress)
{
    const Batch& b = r.batch;
    const QString period =
        tr("%1 to %2")
            .arg(locale.toString(b.openedAt.toLocalTime().date(), QLocale::LongFormat),
                 locale.toString((b.closedAt.isValid() ? b.closedAt : b.periodEnd.addSecs(-1))
                                     .toLocalTime()
                                     .date(),
                                 QLocale::LongFormat));
    QString out;
    out += QStringLiteral("<html><body style='font-family: sans-serif; font-size: 9pt;'>");
    out += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
               .arg(esc(tr("Retailer Free Goods Credit Batch %1").arg(b.id)));
    out += QStringLiteral("<p><b>%1</b><br>%2<br>%3</p>")
               .arg(esc(r.storeName.isEmpty() ? r.locationName : r.storeName), esc(r.locationName),
                    esc(r.locationAddress));
    out += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto fact = [&](const QString& name, const QString& value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(name), esc(value));
    };
    fact(tr("Manufacturer"), b.manufacturerName);
    fact(tr("Period"), period);
    fact(tr("Status"), label(b.status));
    fact(tr("Printed"), locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    out += QStringLiteral("</table><br>");

    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                          "style='border-collapse: collapse; border-color: #999;'>");
    out += QStringLiteral("<thead><tr style='background-color:#e8e8e8'>");
    for (const QString& h : {tr("Date"), tr("Customer"), tr("Program / card"), tr("UPC"),
                             tr("Item"), tr("Qty"), tr("Cost")})
        out += QStringLiteral("<th align='left'>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr></thead>");
    const int total = int(r.lines.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 50 == 0 && !progress(i, total))
            return {};
        const BatchLine& l = r.lines[std::size_t(i)];
        out +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3<br><i>%4</i></td><td>%5</td>"
                           "<td>%6</td><td align='right'>%7</td><td align='right'>%8</td></tr>")
                .arg(esc(locale.toString(l.redeemedAt.toLocalTime().date(), QLocale::ShortFormat)),
                     esc(l.customerName), esc(l.programTitle), esc(l.cardTitle),
                     esc(Gtin::displayOf(l.gtin)), esc(l.description), locale.toString(l.quantity),
                     esc(l.cost.format(locale)));
    }
    out += QStringLiteral("<tr><td colspan='5' align='right'><b>%1</b></td><td align='right'><b>%2"
                          "</b></td><td align='right'><b>%3</b></td></tr>")
               .arg(esc(tr("Total (%n redemption(s))", nullptr, total)), locale.toString(b.units),
                    esc(b.total.format(locale)));
    out += QStringLiteral("</table></body></html>");
    if (progress)
        progress(total, total);
    return out;
}

std::unique_ptr<QTextDocument> BatchPdfWriter::document(const BatchReport& report,
                                                        const QLocale& locale)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html(report, locale));
    return doc;
}

Status BatchPdfWriter::write(const BatchReport& report, const QString& path, const QLocale& locale,
                             const Progress& progress)
{
    const QString body = html(report, locale, progress);
    if (body.isEmpty())
        return makeError(ErrorCode::Conflict, tr("The export was cancelled; no file was written."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Retailer Free Goods Credit Batch %1").arg(report.batch.id));
        pdf.setCreator(QStringLiteral("Astro Counter"));
        pdf.setPageSize(locale.country() == QLocale::UnitedStates ||
                                locale.country() == QLocale::Canada
                            ? QPageSize(QPageSize::Letter)
                            : QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        QTextDocument doc;
        doc.setHtml(body);
        doc.print(&pdf);
    }
    if (!file.commit())
        return makeError(ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace astro
