#include "ProgramRequestDialog.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

QLabel* hint(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    Theme::setRole(label, "hint");
    return label;
}

QFormLayout* formIn(QGroupBox* group)
{
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(8);
    return form;
}

} // namespace

ProgramRequestDialog::ProgramRequestDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_programGroup(new QGroupBox(this)),
      m_contactGroup(new QGroupBox(this)), m_intro(hint(this)), m_brandsLabel(new QLabel(this)),
      m_brands(new QLineEdit(this)), m_parentCompanyLabel(new QLabel(this)),
      m_parentCompany(new QLineEdit(this)), m_itemTypesLabel(new QLabel(this)),
      m_offerLabel(new QLabel(this)), m_offerType(new QComboBox(this)),
      m_buyLabel(new QLabel(this)), m_buy(new QSpinBox(this)), m_getLabel(new QLabel(this)),
      m_get(new QSpinBox(this)), m_discountLabel(new QLabel(this)), m_discount(new QSpinBox(this)),
      m_categoriesLabel(new QLabel(this)), m_categoriesHint(hint(this)),
      m_buildOptionLabel(new QLabel(this)), m_buildOption(new QComboBox(this)),
      m_ruleLabel(new QLabel(this)), m_rule(new QComboBox(this)), m_ruleHint(hint(this)),
      m_timeLimitLabel(new QLabel(this)), m_timeLimit(new QSpinBox(this)),
      m_fulfillmentLabel(new QLabel(this)), m_fulfillment(new QLabel(this)),
      m_fulfillmentHint(hint(this)), m_distributorLabel(new QLabel(this)),
      m_distributor(new QLineEdit(this)), m_repNameLabel(new QLabel(this)),
      m_repName(new QLineEdit(this)), m_repEmailLabel(new QLabel(this)),
      m_repEmail(new QLineEdit(this)), m_repPhoneLabel(new QLabel(this)),
      m_repPhone(new QLineEdit(this)), m_notesLabel(new QLabel(this)),
      m_notes(new QPlainTextEdit(this)), m_problemsHeading(new QLabel(this)),
      m_problems(new QLabel(this)), m_cancel(new QPushButton(this)), m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("programRequestDialog"));
    m_brands->setObjectName(QStringLiteral("requestBrands"));
    m_parentCompany->setObjectName(QStringLiteral("requestParentCompany"));
    m_offerType->setObjectName(QStringLiteral("requestOfferType"));
    m_buy->setObjectName(QStringLiteral("requestBuy"));
    m_get->setObjectName(QStringLiteral("requestGet"));
    m_discount->setObjectName(QStringLiteral("requestDiscount"));
    m_buildOption->setObjectName(QStringLiteral("requestBuildOption"));
    m_rule->setObjectName(QStringLiteral("requestRule"));
    m_timeLimit->setObjectName(QStringLiteral("requestTimeLimit"));
    m_fulfillment->setObjectName(QStringLiteral("requestFulfillment"));
    m_distributor->setObjectName(QStringLiteral("requestDistributor"));
    m_repName->setObjectName(QStringLiteral("requestRepName"));
    m_repEmail->setObjectName(QStringLiteral("requestRepEmail"));
    m_repPhone->setObjectName(QStringLiteral("requestRepPhone"));
    m_notes->setObjectName(QStringLiteral("requestNotes"));
    m_problems->setObjectName(QStringLiteral("requestProblems"));
    m_submit->setObjectName(QStringLiteral("submitRequestButton"));
    Theme::setRole(m_submit, "primary");
    m_submit->setDefault(true);
    Theme::setRole(m_problemsHeading, "heading");
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_repEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_repPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    // Two lines always, whichever rule is chosen: the form does not jump.
    m_ruleHint->setMinimumHeight(m_ruleHint->fontMetrics().lineSpacing() * 2);
    m_ruleHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_offerType->addItem(QString(), int(ProgramRequest::OfferType::FreeGoods));
    m_offerType->addItem(QString(), int(ProgramRequest::OfferType::Discount));
    // 0 reads "—": nothing entered yet, which the check then names.
    for (QSpinBox* box : {m_buy, m_get, m_discount})
        box->setSpecialValueText(QStringLiteral("—"));
    for (QSpinBox* box : {m_buy, m_get, m_discount, m_timeLimit})
        box->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_buy->setRange(0, 999);
    m_get->setRange(0, 99);
    m_get->setValue(1);
    m_discount->setRange(0, 99);
    m_timeLimit->setRange(0, 36);
    m_buildOption->addItem(QStringLiteral("—"), QString());
    for (const QString& option : ProgramRequestService::buildOptions())
        m_buildOption->addItem(option, option);
    for (RewardRule rule : ProgramRequestService::rules())
        m_rule->addItem(QString(), toCode(rule));

    auto* itemTypes = new QGridLayout;
    itemTypes->setHorizontalSpacing(14);
    int n = 0;
    for (const QString& code : ProgramRequestService::itemTypeCodes()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("itemType_") + code);
        m_itemTypes[code] = box;
        itemTypes->addWidget(box, n / 4, n % 4);
        ++n;
    }
    auto* categories = new QHBoxLayout;
    categories->setSpacing(14);
    for (const QString& code : ProgramRequestService::categoryCodes()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("category_") + code);
        m_categories[code] = box;
        categories->addWidget(box);
    }
    categories->addStretch(1);
    auto* offer = new QHBoxLayout;
    offer->addWidget(m_offerType);
    offer->addSpacing(8);
    offer->addWidget(m_buyLabel);
    offer->addWidget(m_buy);
    offer->addWidget(m_getLabel);
    offer->addWidget(m_get);
    offer->addWidget(m_discountLabel);
    offer->addWidget(m_discount);
    offer->addStretch(1);
    auto* categoriesBox = new QVBoxLayout;
    categoriesBox->setSpacing(2);
    categoriesBox->addLayout(categories);
    categoriesBox->addWidget(m_categoriesHint);

    QFormLayout* program = formIn(m_programGroup);
    program->addRow(m_brandsLabel, m_brands);
    program->addRow(m_parentCompanyLabel, m_parentCompany);
    program->addRow(m_itemTypesLabel, itemTypes);
    program->addRow(m_offerLabel, offer);
    program->addRow(m_categoriesLabel, categoriesBox);
    program->addRow(m_buildOptionLabel, m_buildOption);
    program->addRow(m_ruleLabel, m_rule);
    program->addRow(QString(), m_ruleHint);
    program->addRow(m_timeLimitLabel, m_timeLimit);

    QFormLayout* contact = formIn(m_contactGroup);
    contact->addRow(m_fulfillmentLabel, m_fulfillment);
    contact->addRow(m_fulfillmentHint);
    contact->addRow(m_distributorLabel, m_distributor);
    contact->addRow(m_repNameLabel, m_repName);
    contact->addRow(m_repEmailLabel, m_repEmail);
    contact->addRow(m_repPhoneLabel, m_repPhone);
    contact->addRow(m_notesLabel, m_notes);

    // What is still missing, beside the form, so the user sees why Submit is off.
    auto* problems = new QFrame(this);
    Theme::setRole(problems, "card");
    auto* problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(12, 8, 12, 8);
    problemsLayout->addWidget(m_problemsHeading);
    // A long list scrolls rather than pushing the buttons off a small screen.
    auto* scroll = new QScrollArea(problems);
    scroll->setWidget(m_problems);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    m_problems->setAutoFillBackground(false);
    problemsLayout->addWidget(scroll, 1);

    auto* right = new QVBoxLayout;
    right->addWidget(m_contactGroup);
    right->addWidget(problems, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addWidget(m_programGroup, 1);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_submit, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (QLineEdit* field :
         {m_brands, m_parentCompany, m_distributor, m_repName, m_repEmail, m_repPhone})
        connect(field, &QLineEdit::textChanged, this, &ProgramRequestDialog::check);
    for (const auto& [code, box] : m_itemTypes)
        connect(box, &QCheckBox::toggled, this, &ProgramRequestDialog::check);
    for (const auto& [code, box] : m_categories)
        connect(box, &QCheckBox::toggled, this, &ProgramRequestDialog::check);
    for (QSpinBox* box : {m_buy, m_get, m_discount, m_timeLimit})
        connect(box, &QSpinBox::valueChanged, this, &ProgramRequestDialog::check);
    for (QComboBox* box : {m_offerType, m_buildOption, m_rule})
        connect(box, &QComboBox::currentIndexChanged, this, &ProgramRequestDialog::check);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ProgramRequestDialog::check);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &ProgramRequestDialog::submit);

    retranslate(); // and checks the empty form
    resize(1040, 660);
}

ProgramRequest ProgramRequestDialog::request() const
{
    ProgramRequest r;
    for (const QString& brand : m_brands->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!brand.trimmed().isEmpty())
            r.brands << brand.trimmed();
    r.parentCompany = m_parentCompany->text();
    for (const QString& code : ProgramRequestService::itemTypeCodes())
        if (m_itemTypes.at(code)->isChecked())
            r.itemTypes << code;
    r.offerType = ProgramRequest::OfferType(m_offerType->currentData().toInt());
    r.buy = m_buy->value();
    r.get = m_get->value();
    r.discountPercent = m_discount->value();
    for (const QString& code : ProgramRequestService::categoryCodes())
        if (m_categories.at(code)->isChecked())
            r.categorizeBy << code;
    r.buildOption = m_buildOption->currentData().toString();
    r.rule = fromCode<RewardRule>(m_rule->currentData().toString()).value_or(RewardRule::Any);
    r.timeLimitMonths = m_timeLimit->value();
    r.fulfillment = Fulfillment::Retailer;
    r.distributor = m_distributor->text();
    r.repName = m_repName->text();
    r.repEmail = m_repEmail->text();
    r.repPhone = m_repPhone->text();
    r.notes = m_notes->toPlainText();
    return r;
}

QStringList ProgramRequestDialog::problems() const
{
    return ProgramRequestService::problems(request());
}

void ProgramRequestDialog::showProblems(const QStringList& problems, bool refused)
{
    Theme::setRole(m_problems, refused ? "error" : nullptr);
    if (problems.isEmpty()) {
        m_problemsHeading->setText(tr("Ready to send"));
        m_problems->setText(tr("The request is saved on this counter and sent to Astro's help "
                               "desk at the next sync. The answer appears in the list."));
        return;
    }
    m_problemsHeading->setText(refused ? tr("Not sent") : tr("Still needed"));
    QStringList lines;
    for (const QString& p : problems)
        lines << QStringLiteral("• ") + p;
    m_problems->setText(lines.join(QLatin1Char('\n')));
}

void ProgramRequestDialog::check()
{
    const bool discount = ProgramRequest::OfferType(m_offerType->currentData().toInt()) ==
                          ProgramRequest::OfferType::Discount;
    m_discountLabel->setVisible(discount);
    m_discount->setVisible(discount);
    m_ruleHint->setText(explanation(
        fromCode<RewardRule>(m_rule->currentData().toString()).value_or(RewardRule::Any)));
    const QStringList found = problems();
    m_submit->setEnabled(found.isEmpty());
    showProblems(found, false);
}

void ProgramRequestDialog::submit()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        showProblems(found, true);
        return;
    }
    auto saved = ProgramRequestService(m_session.store()).submit(m_session.actor(), request());
    if (!saved) {
        showProblems({saved.error().message}, true);
        return;
    }
    m_session.notifyChanged();
    emit submitted(*saved);
    accept();
}

void ProgramRequestDialog::retranslate()
{
    setWindowTitle(tr("Request a program"));
    m_intro->setText(tr("Ask Astro to build a tracking program for a brand it does not carry. "
                        "The more detail you give, the sooner it is ready."));
    m_programGroup->setTitle(tr("The program"));
    m_contactGroup->setTitle(tr("Fulfillment and contacts"));
    m_brandsLabel->setText(tr("Brands:"));
    m_brands->setPlaceholderText(tr("e.g. Acana, Orijen (separate with commas)"));
    m_parentCompanyLabel->setText(tr("Parent company:"));
    m_parentCompany->setPlaceholderText(tr("e.g. Champion Petfoods"));
    m_itemTypesLabel->setText(tr("Types of items:"));
    for (const auto& [code, box] : m_itemTypes)
        box->setText(ProgramRequestService::itemTypeLabel(code));
    m_offerLabel->setText(tr("Offer:"));
    m_offerType->setItemText(0, tr("Free items"));
    m_offerType->setItemText(1, tr("Discount"));
    m_buyLabel->setText(tr("Buy X:"));
    m_getLabel->setText(tr("Get Y:"));
    m_discountLabel->setText(tr("At:"));
    m_discount->setSuffix(tr("% off"));
    m_categoriesLabel->setText(tr("Cards by:"));
    for (const auto& [code, box] : m_categories)
        box->setText(ProgramRequestService::categoryLabel(code));
    m_categoriesHint->setText(tr("None checked: one card for every item."));
    m_buildOptionLabel->setText(tr("Build option:"));
    m_ruleLabel->setText(tr("Rule:"));
    const QList<RewardRule> rules = ProgramRequestService::rules();
    for (int i = 0; i < rules.size(); ++i)
        m_rule->setItemText(i, rules[i] == RewardRule::Any ? tr("No rule") : label(rules[i]));
    m_ruleHint->setText(explanation(
        fromCode<RewardRule>(m_rule->currentData().toString()).value_or(RewardRule::Any)));
    m_timeLimitLabel->setText(tr("Time limit:"));
    m_timeLimit->setSpecialValueText(tr("No time limit"));
    m_timeLimit->setSuffix(tr(" months"));
    m_fulfillmentLabel->setText(tr("Fulfillment:"));
    m_fulfillment->setText(label(Fulfillment::Retailer));
    m_fulfillmentHint->setText(tr("Tracking programs are always Retailer Fulfilled: the store "
                                  "claims its credit from the brand itself, and Astro does not "
                                  "guarantee it."));
    m_distributorLabel->setText(tr("Distributor:"));
    m_distributor->setPlaceholderText(tr("Where you buy the brand (optional)"));
    m_repNameLabel->setText(tr("Brand rep:"));
    m_repEmailLabel->setText(tr("Rep's email:"));
    m_repPhoneLabel->setText(tr("Rep's phone:"));
    m_notesLabel->setText(tr("Notes:"));
    m_notes->setPlaceholderText(tr("Anything else the help desk should know (optional)"));
    m_cancel->setText(tr("Cancel"));
    m_submit->setText(tr("Submit request"));
    check();
}

void ProgramRequestDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
