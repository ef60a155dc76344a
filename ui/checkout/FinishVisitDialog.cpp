#include "FinishVisitDialog.h"

#include "ui/common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace astro::ui {

namespace {
enum ReasonIndex
{
    PaperCard,
    SeveralAtOnce,
    SeveralPets,
    Other
};
}

FinishVisitDialog::FinishVisitDialog(const std::vector<MultiPurchase>& cards, QWidget* parent)
    : QDialog(parent), m_cards(cards), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_cardsModel(new QStringListModel(this)), m_cardsView(new QListView(this)),
      m_reasonLabel(new QLabel(this)), m_reasons(new QComboBox(this)),
      m_noteLabel(new QLabel(this)), m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_finish(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("finishVisitDialog"));
    Theme::setRole(m_title, "heading");
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_cardsView->setModel(m_cardsModel);
    m_cardsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cardsView->setFocusPolicy(Qt::NoFocus);
    m_reasons->setObjectName(QStringLiteral("multiPurchaseReason"));
    m_note->setObjectName(QStringLiteral("multiPurchaseNote"));
    m_finish->setObjectName(QStringLiteral("finishButton"));
    Theme::setRole(m_finish, "primary");
    m_finish->setDefault(true);
    m_reasonLabel->setBuddy(m_reasons);
    m_noteLabel->setBuddy(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_cardsView, 1);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reasons);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasons, &QComboBox::currentIndexChanged, this, &FinishVisitDialog::updateButtons);
    connect(m_note, &QLineEdit::textChanged, this, &FinishVisitDialog::updateButtons);
    resize(560, 420);
    retranslate();
    m_reasons->setFocus();
}

bool FinishVisitDialog::otherChosen() const
{
    return m_reasons->currentIndex() == Other;
}

QString FinishVisitDialog::reason() const
{
    const QString note = m_note->text().simplified();
    if (otherChosen())
        return note;
    if (m_reasons->currentIndex() < 0)
        return QString();
    if (note.isEmpty())
        return m_reasons->currentText();
    return tr("%1: %2").arg(m_reasons->currentText(), note);
}

void FinishVisitDialog::updateButtons()
{
    m_finish->setEnabled(!reason().isEmpty());
    m_note->setPlaceholderText(otherChosen() ? tr("Say why (required)")
                                             : tr("Add a detail (optional)"));
}

void FinishVisitDialog::retranslate()
{
    setWindowTitle(tr("Finish the visit"));
    m_title->setText(tr("Several punches on one card"));
    m_text->setText(tr("This visit added more than one punch to these cards. Say why before "
                       "finishing; the reason is kept with the visit."));
    QStringList lines;
    for (const MultiPurchase& m : m_cards)
        lines << tr("%1: %n unit(s)", nullptr, m.units).arg(m.cardTitle);
    m_cardsModel->setStringList(lines);
    m_reasonLabel->setText(tr("Reason"));
    const int index = m_reasons->currentIndex();
    m_reasons->clear();
    m_reasons->addItem(tr("Converting paper card"));
    m_reasons->addItem(tr("Bought several at once"));
    m_reasons->addItem(tr("Food for several pets"));
    m_reasons->addItem(tr("Other reason"));
    // No reason until the cashier picks one: Enter alone must not record a wrong one.
    m_reasons->setPlaceholderText(tr("Choose a reason"));
    m_reasons->setCurrentIndex(index);
    m_noteLabel->setText(tr("Details"));
    m_finish->setText(tr("Finish visit"));
    updateButtons();
}

void FinishVisitDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
