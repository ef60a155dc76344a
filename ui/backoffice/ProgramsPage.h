#pragma once

#include "ui/common/ExportRunner.h"

#include <QProgressDialog>
#include <QWidget>

class QComboBox;
class QFileDialog;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace astro::ui {

class MessageStrip;
class ProgramCardsModel;
class ProgramListModel;
class QualifyingProductsModel;
class Session;

// The programs and offers of a location (Managers and Admins): what it is enrolled in and what
// it could join, each with its cards in plain words, its qualifying products and its terms; the
// product list can be exported to CSV.
class ProgramsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramsPage(Session& session, QWidget* parent = nullptr);

    // The location shown (the counter's by default).
    QString locationId() const;
    void showLocation(const QString& locationId);
    // Selects a program or offer; false if the location does not list it.
    bool showSubject(const QString& subjectId);
    QString currentSubjectId() const { return m_subjectId; }
    // Writes the current program's products to `path`, off the GUI thread.
    void exportProducts(const QString& path);
    // Asks where to save, then exports.
    void chooseExportFile();

    QComboBox* locationBox() const { return m_location; }
    QTableView* programsView() const { return m_programsView; }
    ProgramListModel* programsModel() const { return m_programs; }
    QTableView* cardsView() const { return m_cardsView; }
    ProgramCardsModel* cardsModel() const { return m_cards; }
    QLabel* cardSentence() const { return m_cardSentence; }
    QComboBox* productCardBox() const { return m_productCard; }
    QTableView* productsView() const { return m_productsView; }
    QualifyingProductsModel* productsModel() const { return m_products; }
    QTextBrowser* termsView() const { return m_terms; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* enrollmentLabel() const { return m_enrollment; }
    QPushButton* exportButton() const { return m_export; }
    MessageStrip* messageStrip() const { return m_strip; }
    ExportRunner* exportJob() const { return m_exports->isRunning() ? m_exports : nullptr; }
    QProgressDialog* exportProgress() const { return m_exports->progressDialog(); }

signals:
    void exportFinished();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void fillLocations();
    void reload();
    void showDetails();
    void showCardSentence();
    void loadProducts();

    Session& m_session;
    QString m_subjectId;
    QString m_productsShown; // the scope the products table holds
    QLabel* m_heading;
    QLabel* m_locationLabel;
    QComboBox* m_location;
    QPushButton* m_export;
    MessageStrip* m_strip;
    ProgramListModel* m_programs;
    QTableView* m_programsView;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_dates;
    QLabel* m_enrollment;
    QLabel* m_description;
    QTabWidget* m_tabs;
    ProgramCardsModel* m_cards;
    QTableView* m_cardsView;
    QLabel* m_cardSentence;
    QLabel* m_productCardLabel;
    QComboBox* m_productCard;
    QLabel* m_productCount;
    QualifyingProductsModel* m_products;
    QTableView* m_productsView;
    QTextBrowser* m_terms;
    ExportRunner* m_exports;
};

} // namespace astro::ui
