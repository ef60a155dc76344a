#pragma once

class QWidget;

namespace astro::ui {

class BackOfficeWidget;
class Session;

// The back office with every page in the order staff look for them, each behind its permission.
BackOfficeWidget* createBackOffice(Session& session, QWidget* parent);

} // namespace astro::ui
