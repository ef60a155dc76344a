#pragma once

#include <QProgressDialog>

namespace astro::ui {

// The progress of an export running on its own thread: window-modal, with Cancel, and left open
// until the page hears that the job finished (so a cancel is confirmed by the job, not assumed).
class ExportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    ExportProgressDialog(const QString& objectName, const QString& title, const QString& label,
                         QWidget* parent);

    // Rows written out of the total, in thousandths (the dialog counts in int); an export with
    // nothing to write is complete.
    void showRows(qint64 done, qint64 total);
    // Cancel was pressed: the job stops at its next row and removes what it wrote.
    void showCancelling();
};

} // namespace astro::ui
