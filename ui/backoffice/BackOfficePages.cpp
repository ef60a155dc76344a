#include "BackOfficePages.h"

#include "ui/backoffice/AuditLogPage.h"
#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/backoffice/BatchesPage.h"
#include "ui/backoffice/CreditsPage.h"
#include "ui/backoffice/EnrollmentGridPage.h"
#include "ui/backoffice/HoldingPage.h"
#include "ui/backoffice/ProgramRequestsPage.h"
#include "ui/backoffice/ProgramsPage.h"
#include "ui/backoffice/ReportsPage.h"
#include "ui/backoffice/UsersPage.h"

namespace astro::ui {

BackOfficeWidget* createBackOffice(Session& session, QWidget* parent)
{
    auto* office = new BackOfficeWidget(session, parent);
    office->addPage(new BatchesPage(session, office), Permission::ManageBatches);
    office->addPage(new CreditsPage(session, office), Permission::ManageCredits);
    office->addPage(new EnrollmentGridPage(session, office), Permission::ManageEnrollment);
    office->addPage(new HoldingPage(session, office), Permission::ManageEnrollment);
    office->addPage(new ProgramsPage(session, office), Permission::ViewReports);
    office->addPage(new ProgramRequestsPage(session, office), Permission::ManageEnrollment);
    office->addPage(new ReportsPage(session, office), Permission::ViewReports);
    office->addPage(new AuditLogPage(session, office), Permission::ViewReports);
    office->addPage(new UsersPage(session, office), Permission::ManageUsers);
    return office;
}

} // namespace astro::ui
