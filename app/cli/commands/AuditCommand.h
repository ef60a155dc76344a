#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace astro::cli {

// `audit`: the audit log.
class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand();
    int execute(CommandContext& context) const override;
};

} // namespace astro::cli
