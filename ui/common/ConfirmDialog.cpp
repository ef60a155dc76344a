#include "ConfirmDialog.h"

#include <QAbstractButton>

namespace astro::ui {

ConfirmDialog::ConfirmDialog(const QString& objectName, const QString& title,
                             const QString& question, const QString& action, QWidget* parent,
                             Default preferred)
    : QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                  parent)
{
    setObjectName(objectName);
    actionButton()->setText(action);
    cancelButton()->setText(tr("Cancel"));
    setDefaultButton(preferred == Default::Action ? QMessageBox::Yes : QMessageBox::Cancel);
    setEscapeButton(cancelButton());
}

bool ConfirmDialog::confirmed() const
{
    return clickedButton() == actionButton();
}

bool ConfirmDialog::ask(QWidget* parent, const QString& objectName, const QString& action,
                        const QString& question)
{
    ConfirmDialog box(objectName, action, question, action, parent);
    box.exec();
    return box.confirmed();
}

} // namespace astro::ui
