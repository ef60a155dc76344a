#include "ExportProgressDialog.h"

namespace astro::ui {

ExportProgressDialog::ExportProgressDialog(const QString& objectName, const QString& title,
                                           const QString& label, QWidget* parent)
    : QProgressDialog(parent)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setLabelText(label);
    setCancelButtonText(tr("Cancel"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    setRange(0, 0);
}

void ExportProgressDialog::showRows(qint64 done, qint64 total)
{
    setRange(0, 1000);
    setValue(total > 0 ? int(done * 1000 / total) : 1000);
}

void ExportProgressDialog::showCancelling()
{
    setLabelText(tr("Cancelling…"));
}

} // namespace astro::ui
