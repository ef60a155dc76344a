#include "EnrollmentText.h"

#include "domain/Enums.h"

namespace astro::ui {

QString EnrollmentText::distributorName(const QString& id, const QString& name)
{
    if (id == Distributor::temporaryHoldingId())
        return tr("Temporary Holding");
    return name.isEmpty() ? id : name;
}

QString EnrollmentText::headline(const std::optional<Enrollment>& e)
{
    if (!e)
        return tr("—");
    switch (e->fulfillment) {
    case Fulfillment::Retailer:
        return tr("Retailer fulfilled");
    case Fulfillment::Direct:
        return tr("Direct: %1").arg(e->accountNumber);
    case Fulfillment::Distributor:
        break;
    }
    return distributorName(e->distributorId, e->distributorName);
}

QString EnrollmentText::detail(const std::optional<Enrollment>& e)
{
    if (!e)
        return tr("Not enrolled");
    switch (e->fulfillment) {
    case Fulfillment::Retailer:
        return tr("Credits in retailer batches");
    case Fulfillment::Direct:
        return tr("Account at the manufacturer");
    case Fulfillment::Distributor:
        break;
    }
    if (e->held())
        return tr("Credits held: choose a distributor");
    return e->accountNumber.isEmpty() ? tr("No account number")
                                      : tr("Account %1").arg(e->accountNumber);
}

QString EnrollmentText::summary(const std::optional<Enrollment>& e)
{
    if (!e)
        return tr("— (not enrolled)");
    if (e->fulfillment != Fulfillment::Distributor || e->held() || e->accountNumber.isEmpty())
        return headline(e);
    return tr("%1, account %2").arg(headline(e), e->accountNumber);
}

QString EnrollmentText::kind(bool isOffer, Fulfillment fulfillment)
{
    return tr("%1 · %2").arg(isOffer ? tr("Offer") : tr("Program"), label(fulfillment));
}

} // namespace astro::ui
