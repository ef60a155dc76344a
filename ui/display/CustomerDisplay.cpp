#include "CustomerDisplay.h"

#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "store/Store.h"
#include "ui/common/Theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

constexpr auto context = "astro::ui::CustomerDisplay";

// The display's lines, translated in the display's own language by text(): marked here so
// lupdate finds them.
const char* const welcomeTitle = QT_TRANSLATE_NOOP("astro::ui::CustomerDisplay", "Welcome!");
const char* const welcomeLine = QT_TRANSLATE_NOOP(
    "astro::ui::CustomerDisplay",
    "Every bag you buy counts toward a free one. Ask us about the loyalty cards.");
const char* const hello = QT_TRANSLATE_NOOP("astro::ui::CustomerDisplay", "Hello, %1!");
const char* const yourCards = QT_TRANSLATE_NOOP("astro::ui::CustomerDisplay", "Your loyalty cards");
const char* const noCards =
    QT_TRANSLATE_NOOP("astro::ui::CustomerDisplay",
                      "No card yet: your first purchase of a brand we carry starts one.");
const char* const progressOf = QT_TRANSLATE_NOOP("astro::ui::CustomerDisplay", "%1 of %2");
const char* const toGo =
    QT_TRANSLATE_N_NOOP("astro::ui::CustomerDisplay", "%n more to your free item");
const char* const earned =
    QT_TRANSLATE_N_NOOP("astro::ui::CustomerDisplay", "%n free item(s) earned!");

QLabel* label(const char* role, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    Theme::setRole(l, role);
    return l;
}

} // namespace

CustomerDisplay::CustomerDisplay(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_greeting(label("displayGreeting", this)),
      m_subtitle(label("displaySubtitle", this)), m_cards(new QWidget(this)),
      m_grid(new QGridLayout(m_cards))
{
    setObjectName(QStringLiteral("customerDisplay"));
    Theme::setRole(this, "customerDisplay");
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(16);
    layout->addWidget(m_greeting);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_cards, 1);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(20);
    m_grid->setAlignment(Qt::AlignTop);
    showCustomer(0);
}

void CustomerDisplay::setLanguage(const QString& code)
{
    m_language = code;
    (void)m_translator.load(code == QLatin1String("fr_CA")
                                ? QStringLiteral(":/astro/i18n/astro_fr_CA.qm")
                                : QStringLiteral(":/astro/i18n/astro_en.qm"));
    refresh();
}

QString CustomerDisplay::text(const char* source, int n) const
{
    // The counter's language: the application's translators; another: the display's own.
    QString out = m_language.isEmpty() ? QCoreApplication::translate(context, source, nullptr, n)
                                       : m_translator.translate(context, source, nullptr, n);
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0)
        out.replace(QLatin1String("%n"), QString::number(n));
    return out;
}

void CustomerDisplay::clearCards()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CustomerDisplay::showWelcome()
{
    m_customerId = 0;
    clearCards();
    m_greeting->setText(text(welcomeTitle));
    m_subtitle->setText(text(welcomeLine));
}

void CustomerDisplay::showCustomer(qint64 customerId)
{
    if (customerId == 0)
        return showWelcome();
    auto customer = m_store.customers().get(customerId);
    auto cards = CardService(m_store).cardsOf(customerId);
    if (!customer || !cards) // a screen for the customer shows no error: a welcome
        return showWelcome();
    m_customerId = customerId;
    clearCards();
    // The first name only: whoever stands behind them in line can read this screen.
    m_greeting->setText(text(hello).arg(customer->firstName));
    m_subtitle->setText(cards->empty() ? text(noCards) : text(yourCards));
    int row = 0;
    for (const CardView& card : *cards) {
        int freeUnits = 0;
        for (const Reward& r : card.openRewards)
            freeUnits += r.unitsLeft();
        addCard(row++, card.card.title, card.progress, card.card.buy, freeUnits);
    }
}

void CustomerDisplay::addCard(int row, const QString& title, int progress, int buy, int freeUnits)
{
    auto* name = label("displayCard", m_cards);
    name->setText(title);
    auto* bar = new QProgressBar(m_cards);
    bar->setRange(0, std::max(buy, 1));
    bar->setValue(std::min(progress, buy));
    bar->setTextVisible(false);
    Theme::setRole(bar, "display");
    auto* count = label("displayCount", m_cards);
    count->setText(text(progressOf).arg(progress).arg(buy));
    auto* note = label(freeUnits > 0 ? "displayReward" : "displaySubtitle", m_cards);
    note->setText(freeUnits > 0 ? text(earned, freeUnits)
                                : text(toGo, std::max(buy - progress, 0)));
    m_grid->addWidget(name, row * 2, 0, 1, 3);
    m_grid->addWidget(bar, row * 2 + 1, 0);
    m_grid->addWidget(count, row * 2 + 1, 1);
    m_grid->addWidget(note, row * 2 + 1, 2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(2, 2);
}

QStringList CustomerDisplay::shownText() const
{
    QStringList lines{m_greeting->text(), m_subtitle->text()};
    for (int i = 0; i < m_grid->count(); ++i)
        if (auto* l = qobject_cast<QLabel*>(m_grid->itemAt(i)->widget()))
            lines << l->text();
    return lines;
}

void CustomerDisplay::changeEvent(QEvent* event)
{
    // Following the counter's language: its lines change with it.
    if (event->type() == QEvent::LanguageChange && m_language.isEmpty())
        refresh();
    QWidget::changeEvent(event);
}

} // namespace astro::ui
