#include "ProgramsPage.h"

#include "ui/backoffice/ProgramCardsModel.h"
#include "ui/backoffice/ProgramListModel.h"
#include "ui/backoffice/ProgramProductsExportJob.h"
#include "ui/backoffice/ProgramWording.h"
#include "ui/backoffice/QualifyingProductsModel.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/ExportProgressDialog.h"
#include "ui/common/ExportRunner.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"
#include "ui/shell/SplitterMemory.h"

#include "catalog/CatalogRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

// Two lines that ask for the width they need, so a narrow column still fits its text.
class FittedTwoLineDelegate : public TwoLineItemDelegate
{
public:
    FittedTwoLineDelegate(int secondaryRole, QObject* parent)
        : TwoLineItemDelegate(secondaryRole, parent), m_secondaryRole(secondaryRole)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = TwoLineItemDelegate::sizeHint(option, index);
        QFont title(option.font);
        title.setBold(true);
        QFont secondary(option.font);
        secondary.setPointSizeF(option.font.pointSizeF() * 0.9);
        const int text = std::max(
            QFontMetrics(title).horizontalAdvance(index.data().toString()),
            QFontMetrics(secondary).horizontalAdvance(index.data(m_secondaryRole).toString()));
        size.setWidth(text + 28); // the delegate's padding on both sides, and a little air
        return size;
    }

private:
    int m_secondaryRole;
};

QLabel* wrapped(QWidget* parent, const char* role)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (role)
        Theme::setRole(label, role);
    return label;
}

} // namespace

ProgramsPage::ProgramsPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)),
      m_locationLabel(new QLabel(this)), m_location(new QComboBox(this)),
      m_export(new QPushButton(this)), m_strip(new MessageStrip(this)),
      m_programs(new ProgramListModel(session.store(), this)), m_programsView(new QTableView(this)),
      m_title(new ElidedLabel(this)), m_subtitle(wrapped(this, "hint")),
      m_dates(wrapped(this, nullptr)), m_enrollment(wrapped(this, nullptr)),
      m_description(wrapped(this, "hint")), m_tabs(new QTabWidget(this)),
      m_cards(new ProgramCardsModel(this)), m_cardsView(new QTableView(this)),
      m_cardSentence(wrapped(this, "rule")), m_productCardLabel(new QLabel(this)),
      m_productCard(new QComboBox(this)), m_productCount(new QLabel(this)),
      m_products(new QualifyingProductsModel(QualifyingProducts(session.store().db()), this)),
      m_productsView(new QTableView(this)), m_terms(new QTextBrowser(this)),
      m_exports(new ExportRunner(session.store(), m_strip, this))
{
    setObjectName(QStringLiteral("programsPage"));
    Theme::setRole(m_heading, "title");
    // One line, the whole title in its tooltip: a long one never pushes the cards down.
    Theme::setRole(m_title, "heading");
    m_location->setObjectName(QStringLiteral("programsLocation"));
    // Room for a whole store name; a longer one is cut rather than widening the page.
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(32);
    m_export->setObjectName(QStringLiteral("exportProductsButton"));
    m_programsView->setObjectName(QStringLiteral("programsView"));
    m_cardsView->setObjectName(QStringLiteral("programCardsView"));
    m_productsView->setObjectName(QStringLiteral("qualifyingProductsView"));
    m_productCard->setObjectName(QStringLiteral("productCardFilter"));
    m_terms->setObjectName(QStringLiteral("programTerms"));
    m_terms->setOpenLinks(false);
    m_terms->setFrameShape(QFrame::NoFrame);
    Theme::setRole(m_productCount, "hint");
    m_title->setObjectName(QStringLiteral("programTitle"));
    m_enrollment->setObjectName(QStringLiteral("programEnrollment"));
    m_cardSentence->setObjectName(QStringLiteral("cardSentence"));
    m_cardSentence->setTextFormat(Qt::RichText);
    // The card's title and up to three lines of its terms, without pushing the table around.
    m_cardSentence->setMinimumHeight(m_cardSentence->fontMetrics().lineSpacing() * 4 + 4);

    m_programsView->setModel(m_programs);
    setUpTable(m_programsView, 50);
    // The title first, the manufacturer and kind under it: both fit without cutting.
    m_programsView->setItemDelegateForColumn(
        ProgramListModel::TitleColumn,
        new TwoLineItemDelegate(ProgramListModel::SecondaryRole, this));
    m_programsView->setItemDelegateForColumn(
        ProgramListModel::EnrollmentColumn,
        new FittedTwoLineDelegate(ProgramListModel::SecondaryRole, this));
    fitColumns(m_programsView, {ProgramListModel::TitleColumn});

    m_cardsView->setModel(m_cards);
    setUpTable(m_cardsView, 50);
    m_cardsView->setItemDelegateForColumn(
        ProgramCardsModel::CardColumn, new TwoLineItemDelegate(ProgramCardsModel::OfferRole, this));
    m_cardsView->setItemDelegateForColumn(
        ProgramCardsModel::RuleColumn,
        new FittedTwoLineDelegate(ProgramCardsModel::TimeLimitRole, this));
    fitColumns(m_cardsView, {ProgramCardsModel::CardColumn});

    m_productsView->setModel(m_products);
    setUpTable(m_productsView, 34);
    fitColumns(m_productsView, {QualifyingProductsModel::DescriptionColumn});

    auto* cardsPage = new QWidget(this);
    auto* cardsLayout = new QVBoxLayout(cardsPage);
    cardsLayout->setContentsMargins(0, 8, 0, 0);
    cardsLayout->addWidget(m_cardsView, 1);
    cardsLayout->addWidget(m_cardSentence);

    auto* productsPage = new QWidget(this);
    auto* filter = new QHBoxLayout;
    filter->addWidget(m_productCardLabel);
    filter->addWidget(m_productCard, 1);
    filter->addWidget(m_productCount);
    auto* productsLayout = new QVBoxLayout(productsPage);
    productsLayout->setContentsMargins(0, 8, 0, 0);
    productsLayout->addLayout(filter);
    productsLayout->addWidget(m_productsView, 1);

    m_tabs->addTab(cardsPage, QString());
    m_tabs->addTab(productsPage, QString());
    m_tabs->addTab(m_terms, QString());

    auto* details = new QFrame(this);
    Theme::setRole(details, "card");
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(16, 12, 16, 12);
    detailsLayout->setSpacing(4);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_subtitle);
    detailsLayout->addWidget(m_dates);
    detailsLayout->addWidget(m_enrollment);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    SplitterMemory::keep(splitter, QStringLiteral("programs"));
    splitter->addWidget(m_programsView);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 6);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({600, 500}); // a share, scaled to the page's width

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    // The location and the export wrap under the heading on a narrow window.
    auto* top = new FlowLayout;
    layout->addLayout(top);
    top->setSpacing(12);
    top->addWidget(m_heading);
    top->addStretch();
    top->addGroup({m_locationLabel, m_location});
    top->addWidget(m_export);
    layout->addWidget(m_strip);
    layout->addWidget(splitter, 1);

    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_programsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_subjectId = current.isValid()
                                  ? current.data(ProgramListModel::SubjectIdRole).toString()
                                  : QString();
                showDetails();
            });
    connect(m_cardsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showCardSentence();
                // The products follow the card chosen above.
                if (current.isValid() && !m_cards->isOffer())
                    m_productCard->setCurrentIndex(
                        m_productCard->findData(current.data(ProgramCardsModel::CardIdRole)));
            });
    connect(m_productCard, &QComboBox::currentIndexChanged, this, [this] { loadProducts(); });
    connect(m_export, &QPushButton::clicked, this, &ProgramsPage::chooseExportFile);
    connect(m_exports, &ExportRunner::finished, this, [this] {
        m_export->setEnabled(m_programs->rowOf(m_subjectId) >= 0);
        emit exportFinished();
    });
    connect(&m_session, &Session::locationChanged, this,
            [this] { showLocation(m_session.locationId()); });

    fillLocations();
    retranslate();
}

QString ProgramsPage::locationId() const
{
    return m_location->currentData().toString();
}

void ProgramsPage::fillLocations()
{
    const QString keep = m_location->count() > 0 ? locationId() : m_session.locationId();
    const QSignalBlocker quiet(m_location);
    m_location->clear();
    auto locations = m_session.store().catalog().locations();
    if (!locations) {
        m_strip->showMessage(MessageStrip::Kind::Error, locations.error().message);
        return;
    }
    for (const Location& l : *locations)
        m_location->addItem(l.name, l.id);
    const int index = m_location->findData(keep);
    m_location->setCurrentIndex(index >= 0 ? index : 0);
    m_location->setEnabled(m_location->count() > 1);
}

void ProgramsPage::showLocation(const QString& locationId)
{
    const int index = m_location->findData(locationId);
    if (index >= 0)
        m_location->setCurrentIndex(index); // reloads if it is another location
}

void ProgramsPage::reload()
{
    const QString keep = m_subjectId;
    m_subjectId.clear(); // so the kept program's details are read again
    if (const QString problem = m_programs->load(locationId()); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    if (!keep.isEmpty() && showSubject(keep))
        return;
    if (m_programs->rowCount() > 0)
        m_programsView->selectRow(0);
    else {
        m_subjectId.clear();
        showDetails();
    }
}

bool ProgramsPage::showSubject(const QString& subjectId)
{
    const int row = m_programs->rowOf(subjectId);
    if (row < 0)
        return false;
    m_programsView->selectRow(row);
    m_programsView->scrollTo(m_programs->index(row, 0));
    if (m_subjectId != subjectId) { // the row was already current: no signal to react to
        m_subjectId = subjectId;
        showDetails();
    }
    return true;
}

void ProgramsPage::showDetails()
{
    const int row = m_programs->rowOf(m_subjectId);
    m_export->setEnabled(row >= 0 && !m_exports->isRunning());
    m_productCard->blockSignals(true);
    m_productCard->clear();
    m_productCard->blockSignals(false);
    if (row < 0) {
        m_title->setText(tr("No program chosen"));
        m_subtitle->setText(m_programs->rowCount() == 0
                                ? tr("No program or offer is published for this location.")
                                : tr("Choose a program or an offer on the left."));
        for (QLabel* l : {m_dates, m_enrollment, m_description, m_cardSentence})
            l->clear();
        m_cards->clear();
        m_products->clear();
        m_terms->clear();
        retranslate();
        return;
    }
    const ProgramListModel::Entry& e = m_programs->entryAt(row);
    m_title->setText(e.title);
    QStringList subtitle{e.manufacturer, e.kind, label(e.fulfillment)};
    if (!e.active)
        subtitle << tr("withdrawn");
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_dates->setText(ProgramWording::dates(e.from, e.to));
    m_enrollment->setText(ProgramWording::enrollmentDetail(e.enrollment));
    Theme::setRole(m_enrollment, !e.enrollment          ? "hint"
                                 : e.enrollment->held() ? "warning"
                                                        : nullptr);

    QString description;
    QString terms;
    QString error;
    m_cards->clear();
    m_productsShown.clear();
    if (e.isOffer) {
        auto offer = m_session.store().catalog().offer(e.id);
        if (offer && offer->has_value()) {
            description = (*offer)->description;
            m_cards->setOffer(**offer);
        } else if (!offer)
            error = offer.error().message;
    } else {
        auto program = m_session.store().catalog().program(e.id);
        auto cards = m_session.store().catalog().cardsOfProgram(e.id);
        if (program && program->has_value()) {
            description = (*program)->description;
            terms = (*program)->terms;
        } else if (!program)
            error = program.error().message;
        if (cards) {
            m_productCard->blockSignals(true);
            m_productCard->addItem(tr("Every card"), QString());
            for (const ProgramCard& c : *cards)
                m_productCard->addItem(c.title, c.id);
            m_productCard->blockSignals(false);
            m_cards->setCards(std::move(cards).value());
        } else
            error = cards.error().message;
    }
    if (!error.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, error);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    m_terms->setPlainText(ProgramWording::terms(terms, e.fulfillment, e.isOffer));
    m_productCard->setVisible(!e.isOffer);
    m_productCardLabel->setVisible(!e.isOffer);
    if (m_cards->rowCount() > 0)
        m_cardsView->selectRow(0); // its products come with it
    showCardSentence();
    loadProducts();
}

void ProgramsPage::showCardSentence()
{
    const QModelIndex current = m_cardsView->currentIndex();
    if (!current.isValid()) {
        m_cardSentence->clear();
        return;
    }
    const QString title = current.siblingAtColumn(ProgramCardsModel::CardColumn).data().toString();
    m_cardSentence->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(title.toHtmlEscaped(),
                 current.data(ProgramCardsModel::SentenceRole).toString().toHtmlEscaped()));
}

void ProgramsPage::loadProducts()
{
    const int row = m_programs->rowOf(m_subjectId);
    if (row < 0) {
        m_productsShown.clear();
        m_products->clear();
        retranslate();
        return;
    }
    ProductScope scope;
    if (m_programs->entryAt(row).isOffer)
        scope = ProductScope{ProductScope::Kind::Offer, m_subjectId};
    else if (const QString card = m_productCard->currentData().toString(); !card.isEmpty())
        scope = ProductScope{ProductScope::Kind::Card, card};
    else
        scope = ProductScope{ProductScope::Kind::Program, m_subjectId};
    // Choosing the first card already loaded its products: not twice.
    const QString shown = QStringLiteral("%1:%2").arg(int(scope.kind)).arg(scope.id);
    if (shown == m_productsShown)
        return;
    m_productsShown = shown;
    if (const QString problem = m_products->load(scope); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    retranslate();
}

void ProgramsPage::chooseExportFile()
{
    const int row = m_programs->rowOf(m_subjectId);
    if (row < 0 || m_exports->isRunning())
        return;
    // A file name from the title: letters, digits and dashes.
    QString base = m_programs->entryAt(row).title;
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export the products"),
                                   QDir(folder).filePath(tr("products-%1.csv").arg(base)),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportProductsFile"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ProgramsPage::exportProducts);
    dialog->open();
}

void ProgramsPage::exportProducts(const QString& path)
{
    if (m_subjectId.isEmpty() || m_exports->isRunning() || path.isEmpty())
        return;
    m_strip->clear();
    m_exports->start({.dialogName = QStringLiteral("exportProductsProgress"),
                      .path = path,
                      .work = ProgramProductsExportJob(m_subjectId),
                      .written =
                          [path](qint64 rows) {
                              return tr("%n product line(s) written to %1.", nullptr, int(rows))
                                  .arg(QDir::toNativeSeparators(path));
                          },
                      .title = tr("Export the products"),
                      // A short list is written before the dialog would show; a long one shows
                      // its progress.
                      .showAfterMs = 500,
                      .startLater = true});
    m_export->setEnabled(false);
}

void ProgramsPage::retranslate()
{
    setWindowTitle(tr("Programs"));
    m_heading->setText(tr("Programs and offers"));
    m_locationLabel->setText(tr("Location:"));
    m_export->setText(tr("Export products…"));
    m_export->setToolTip(tr("Write the qualifying products of the chosen program, card by card, "
                            "to a CSV file"));
    m_tabs->setTabText(0, m_cards->isOffer() ? tr("Offer")
                                             : tr("Cards (%1)").arg(m_cards->rowCount()));
    m_tabs->setTabText(1, tr("Products (%1)").arg(QLocale().toString(m_products->total())));
    m_tabs->setTabText(2, tr("Terms"));
    m_productCardLabel->setText(tr("Card:"));
    // What a screen reader calls each list and field without a label of its own.
    m_programsView->setAccessibleName(m_heading->text());
    m_cardsView->setAccessibleName(tr("Cards of the selected program"));
    m_productsView->setAccessibleName(tr("Qualifying products"));
    m_productCount->setText(tr("%n product(s)", nullptr, int(m_products->total())));
    if (m_productCard->count() > 0)
        m_productCard->setItemText(0, tr("Every card"));
}

void ProgramsPage::showEvent(QShowEvent* event)
{
    // The catalog or the enrollments may have changed (sync, another page) while hidden.
    fillLocations();
    reload();
    QWidget::showEvent(event);
}

void ProgramsPage::changeEvent(QEvent* event)
{
    // (Hidden, it reads when next shown.)
    if (event->type() == QEvent::LanguageChange && isVisible()) {
        reload();
        showDetails();
    }
    QWidget::changeEvent(event);
}

} // namespace astro::ui
