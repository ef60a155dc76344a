#pragma once

#include <QMessageBox>

namespace astro::ui {

// The question asked before a change staff make on purpose (close a batch, mark credits, disable
// a user): its Yes button is named after the action, never a bare "Yes", and Cancel says Cancel.
// The action is the default button, so Enter confirms what was just asked for; a change that is
// hard to take back makes Cancel the default instead. Callers run the engine's own check first:
// there is no point confirming what it will refuse.
class ConfirmDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Default
    {
        Action,
        Cancel
    };

    ConfirmDialog(const QString& objectName, const QString& title, const QString& question,
                  const QString& action, QWidget* parent, Default preferred = Default::Action);

    QAbstractButton* actionButton() const { return button(QMessageBox::Yes); }
    QAbstractButton* cancelButton() const { return button(QMessageBox::Cancel); }
    // Once closed: whether the action was chosen (Escape and closing the window are Cancel).
    bool confirmed() const;

    // Asks modally; true when the action was chosen. `action` names the Yes button and the window.
    static bool ask(QWidget* parent, const QString& objectName, const QString& action,
                    const QString& question);
};

} // namespace astro::ui
