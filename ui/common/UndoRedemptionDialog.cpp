#include "UndoRedemptionDialog.h"

#include "store/Store.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace astro::ui {

UndoRedemptionDialog::UndoRedemptionDialog(const Redemption& redemption, QWidget* parent)
    : QDialog(parent), m_redemption(redemption), m_title(new QLabel(this)),
      m_item(new QLabel(this)), m_reselect(new QRadioButton(this)),
      m_removeOnly(new QRadioButton(this)), m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_undo(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("undoRedemptionDialog"));
    Theme::setRole(m_title, "heading");
    m_item->setWordWrap(true);
    m_note->setWordWrap(true);
    Theme::setRole(m_note, "hint");
    m_reselect->setObjectName(QStringLiteral("undoReselect"));
    m_removeOnly->setObjectName(QStringLiteral("undoRemoveOnly"));
    m_reselect->setChecked(true);
    Theme::setRole(m_undo, "primary");
    m_undo->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_item);
    layout->addWidget(m_reselect);
    layout->addWidget(m_removeOnly);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

UndoMode UndoRedemptionDialog::mode() const
{
    return m_removeOnly->isChecked() ? UndoMode::RemoveOnly : UndoMode::RemoveAndReselect;
}

void UndoRedemptionDialog::setMode(UndoMode mode)
{
    (mode == UndoMode::RemoveOnly ? m_removeOnly : m_reselect)->setChecked(true);
}

void UndoRedemptionDialog::retranslate()
{
    setWindowTitle(tr("Undo a redemption"));
    m_title->setText(tr("Undo this redemption?"));
    const QString where =
        m_redemption.cardTitle.isEmpty() ? m_redemption.programTitle : m_redemption.cardTitle;
    m_item->setText(
        tr("%1 × %2, on “%3”.").arg(m_redemption.quantity).arg(m_redemption.description, where));
    m_reselect->setText(tr("Remove it and choose another item"));
    m_removeOnly->setText(tr("Remove it only (the reward stays available)"));
    m_note->setText(tr("Nothing is deleted: the undo is recorded with your name."));
    m_undo->setText(tr("Undo"));
}

void UndoRedemptionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

UndoRedemptionDialog* UndoRedemptionDialog::forRedemption(Session& session, qint64 redemptionId,
                                                          MessageStrip* strip, QWidget* parent)
{
    auto redemption = session.store().redemptions().get(redemptionId);
    if (!redemption) {
        strip->showMessage(MessageStrip::Kind::Error, redemption.error().message);
        return nullptr;
    }
    auto* dialog = new UndoRedemptionDialog(*redemption, parent);
    connect(dialog, &QDialog::accepted, dialog, [&session, strip, dialog] {
        const Redemption r = dialog->redemption();
        const UndoMode mode = dialog->mode();
        if (auto s = session.store().redemptions().undo(session.actor(), r.id, mode); !s) {
            strip->showMessage(MessageStrip::Kind::Error, s.error().message);
            return;
        }
        emit dialog->undone(r, mode);
    });
    return dialog;
}

} // namespace astro::ui
