#include "BatchPdfWriter.h"

#include "common/OwnerOnly.h"
#include "domain/Gtin.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextTable>

namespace astro {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString periodOf(const Batch& b, const QLocale& locale)
{
    // A batch takes rewards until its period end (midnight): the last day is the day before,
    // or the day it was closed early.
    const QDateTime last =
        b.closedAt.isValid() && b.closedAt < b.periodEnd ? b.closedAt : b.periodEnd.addSecs(-1);
    return BatchPdfWriter::tr("%1 to %2")
        .arg(locale.toString(b.openedAt.toLocalTime().date(), QLocale::LongFormat),
             locale.toString(last.toLocalTime().date(), QLocale::LongFormat));
}

} // namespace

Error BatchPdfWriter::cancelled()
{
    return makeError(ErrorCode::Conflict, tr("The export was cancelled; no file was written."));
}

QString BatchPdfWriter::html(const BatchReport& r, const QLocale& locale, const Progress& progress)
{
    const Batch& b = r.batch;
    QString out;
    out += QStringLiteral("<html><body style='font-family: sans-serif; font-size: 9pt;'>");

    // Title and manufacturer on the left, the store and its address on the right.
    out +=
        QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                       "<td valign='top'><span style='font-size: 15pt; font-weight: bold;'>%1"
                       "</span><br><span style='font-size: 12pt;'>%2</span></td>"
                       "<td valign='top' align='right'><b>%3</b><br>%4<br>%5</td>"
                       "</tr></table><br>")
            .arg(esc(tr("Retailer Free Goods Credit Batch %1").arg(b.id)), esc(b.manufacturerName),
                 esc(r.storeName.isEmpty() ? r.locationName : r.storeName), esc(r.locationName),
                 esc(r.locationAddress));

    out += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto fact = [&](const QString& name, const QString& value) {
        out += QStringLiteral("<tr><td style='padding-right: 12px;'><b>%1</b></td><td>%2</td>"
                              "</tr>")
                   .arg(esc(name), esc(value));
    };
    const int total = int(r.lines.size());
    fact(tr("Manufacturer"), b.manufacturerName);
    fact(tr("Location"), r.locationName);
    fact(tr("Period"), periodOf(b, locale));
    fact(tr("Status"), label(b.status));
    fact(tr("Redemptions"),
         tr("%1 (%2 free units)").arg(locale.toString(total), locale.toString(b.units)));
    fact(tr("Total to credit"), b.total.format(locale));
    fact(tr("Printed"), locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    out += QStringLiteral("</table><br>");

    // paint() repeats the header row on every page; nowrap keeps UPCs and amounts whole.
    out += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                          "style='border-collapse: collapse; border-color: #9ca3af; "
                          "font-size: 8pt;'>");
    out += QStringLiteral("<thead><tr style='background-color: #e5e7eb;'>");
    struct Column
    {
        QString title;
        int width; // percent of the page
        bool right;
    };
    const Column columns[] = {
        {tr("Date"), 8, false}, {tr("Customer"), 12, false}, {tr("Program / card"), 30, false},
        {tr("UPC"), 11, false}, {tr("Item"), 22, false},     {tr("Qty"), 4, true},
        {tr("Cost"), 7, true},  {tr("Cashier"), 6, false}};
    for (const Column& c : columns)
        out += QStringLiteral("<th width='%1%' align='%2'>%3</th>")
                   .arg(c.width)
                   .arg(c.right ? QStringLiteral("right") : QStringLiteral("left"), esc(c.title));
    out += QStringLiteral("</tr></thead>");
    for (int i = 0; i < total; ++i) {
        if (progress && i % 50 == 0 && !progress(i, total))
            return {};
        const BatchLine& l = r.lines[std::size_t(i)];
        out +=
            QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4<br><i>%5</i></td>"
                           "<td style='white-space: nowrap;'>%6</td><td>%7</td>"
                           "<td align='right'>%8</td><td align='right' "
                           "style='white-space: nowrap;'>%9</td>")
                .arg(i % 2 ? QStringLiteral(" style='background-color: #f3f4f6;'") : QString(),
                     esc(locale.toString(l.redeemedAt.toLocalTime().date(), QLocale::ShortFormat)),
                     esc(l.customerName), esc(l.programTitle), esc(l.cardTitle),
                     esc(Gtin::displayOf(l.gtin)), esc(l.description), locale.toString(l.quantity),
                     esc(l.cost.format(locale))) +
            QStringLiteral("<td>%1</td></tr>").arg(esc(l.cashierName));
    }
    out += QStringLiteral("<tr style='background-color: #e5e7eb;'><td colspan='5' align='right'>"
                          "<b>%1</b></td><td align='right'><b>%2</b></td><td align='right' "
                          "style='white-space: nowrap;'><b>%3</b></td><td></td></tr>")
               .arg(esc(tr("Total: %n redemption(s)", nullptr, total)), locale.toString(b.units),
                    esc(b.total.format(locale)));
    out += QStringLiteral("</table></body></html>");
    if (progress)
        progress(total, total);
    return out;
}

namespace {

// Where the lines table of the laid-out report can be cut between pages: the header row's
// band, and a cut between every two rows (halfway through their shared border), so no
// redemption is ever split across two pages.
struct TableCuts
{
    qreal headerTop = 0;
    qreal headerBottom = 0;
    std::vector<qreal> rows; // rows[i]: top of body row i; the last one: the table's bottom
};

TableCuts cutsOf(QTextDocument& doc)
{
    TableCuts cuts;
    QTextTable* table = nullptr;
    for (QTextFrame* frame : doc.rootFrame()->childFrames())
        if (auto* t = qobject_cast<QTextTable*>(frame))
            table = t; // the last table is the lines
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    if (!table || table->rows() < 2)
        return cuts;
    const auto contentTop = [&](int row) {
        return layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()).top();
    };
    const auto contentBottom = [&](int row) {
        qreal bottom = 0;
        for (int c = 0; c < table->columns(); ++c)
            bottom =
                qMax(bottom,
                     layout->blockBoundingRect(table->cellAt(row, c).lastCursorPosition().block())
                         .bottom());
        return bottom;
    };
    const QRectF frame = layout->frameBoundingRect(table);
    const int header = qMax(1, table->format().headerRowCount());
    cuts.headerTop = frame.top();
    for (int r = header; r < table->rows(); ++r)
        cuts.rows.push_back((contentBottom(r - 1) + contentTop(r)) / 2);
    cuts.headerBottom = cuts.rows.front();
    cuts.rows.push_back(frame.bottom());
    return cuts;
}

// Paints the band [top, bottom) of the laid-out document at `y` on the page.
void drawBand(QPainter& painter, QTextDocument& doc, qreal top, qreal bottom, qreal y)
{
    const QRectF band(0, top, doc.textWidth(), bottom - top);
    painter.save();
    painter.translate(0, y - top);
    painter.setClipRect(band);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = band;
    context.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

Status BatchPdfWriter::paint(const BatchReport& report, QPainter& painter,
                             QPagedPaintDevice& device, const QLocale& locale,
                             const Progress& progress)
{
    const int lines = int(report.lines.size());
    // Steps: one per line while building, then one per page while painting.
    const QString body =
        html(report, locale, [&](int done, int) { return !progress || progress(done, lines + 1); });
    if (body.isEmpty())
        return cancelled();

    const QRectF paper = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont footerFont(QStringLiteral("sans-serif"));
    footerFont.setPointSizeF(8);
    painter.setFont(footerFont);
    const qreal footerHeight = painter.fontMetrics().height() * 2.0;
    const qreal pageHeight = paper.height() - footerHeight;

    // One layout, unpaginated, then cut between rows: Qt's own pagination would split a
    // multi-line row across two pages.
    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    // Fonts in points come out the same size on a 300 dpi PDF and on a printer.
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    doc.setHtml(body);
    doc.setTextWidth(paper.width());
    const TableCuts cuts = cutsOf(doc);

    // Each page: the rows [first, end) of the table; the first page starts at the top of
    // the document, the next ones repeat the table's header.
    struct Page
    {
        qreal top;
        std::size_t first;
        std::size_t end;
    };
    std::vector<Page> pages;
    if (cuts.rows.size() < 2) {
        pages.push_back({0, 0, 0});
    } else {
        const std::size_t rowCount = cuts.rows.size() - 1;
        std::size_t first = 0;
        qreal top = 0;
        qreal room = pageHeight;
        while (first < rowCount) {
            std::size_t end = first + 1; // at least one row, even a giant one
            while (end < rowCount && cuts.rows[end + 1] - top <= room)
                ++end;
            pages.push_back({top, first, end});
            first = end;
            top = cuts.rows[first];
            room = pageHeight - (cuts.headerBottom - cuts.headerTop);
        }
    }

    const QString footerLeft = tr("Retailer Free Goods Credit Batch %1 — %2")
                                   .arg(report.batch.id)
                                   .arg(report.batch.manufacturerName);
    const int pageCount = int(pages.size());
    for (int p = 0; p < pageCount; ++p) {
        if (progress && !progress(lines + p, lines + pageCount))
            return cancelled();
        if (p > 0 && !device.newPage())
            return makeError(ErrorCode::Storage, tr("The printer refused a new page."));
        const Page& page = pages[std::size_t(p)];
        const qreal bottom = cuts.rows.empty() ? doc.size().height() : cuts.rows[page.end];
        if (p == 0) {
            drawBand(painter, doc, 0, bottom, 0);
        } else {
            drawBand(painter, doc, cuts.headerTop, cuts.headerBottom, 0);
            drawBand(painter, doc, page.top, bottom, cuts.headerBottom - cuts.headerTop);
        }

        painter.setFont(footerFont);
        const QRectF footer(0, paper.height() - footerHeight * 0.75, paper.width(),
                            footerHeight * 0.75);
        painter.setPen(QColor(0x4b, 0x55, 0x63));
        painter.drawLine(QPointF(0, footer.top()), QPointF(paper.width(), footer.top()));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignBottom,
            tr("Page %1 of %2").arg(locale.toString(p + 1), locale.toString(pageCount)));
    }
    if (progress)
        progress(lines + pageCount, lines + pageCount);
    return {};
}

Status BatchPdfWriter::write(const BatchReport& report, const QString& path, const QLocale& locale,
                             const Progress& progress)
{
    QSaveFile file(path);
    if (!openOwnerOnly(file))
        return makeError(ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    Status painted;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Retailer Free Goods Credit Batch %1").arg(report.batch.id));
        pdf.setCreator(QStringLiteral("Astro Counter"));
        pdf.setPageSize(locale.territory() == QLocale::UnitedStates ||
                                locale.territory() == QLocale::Canada
                            ? QPageSize(QPageSize::Letter)
                            : QPageSize(QPageSize::A4));
        // Landscape: the eight columns of a line fit on one or two text lines.
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter);
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return makeError(ErrorCode::Storage, tr("Cannot write %1.").arg(path));
        painted = paint(report, painter, pdf, locale, progress);
        painter.end();
    }
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit())
        return makeError(ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace astro
