#pragma once

#include "ApiReply.h"
#include "customers/CustomerStore.h"

#include <QJsonObject>

#include <optional>

namespace astro {

class Store;

namespace wire {

class Fields;

// Customers on Astro's API: searchCustomer, addCustomer, linkCustomer, updateCustomer and
// customerStatus (a customer's cards as Astro counts them).
class CustomerCalls
{
public:
    explicit CustomerCalls(Store& store) : m_store(store) {}

    ApiReply search(const QJsonObject& body);
    ApiReply add(const QJsonObject& body);
    ApiReply link(const QJsonObject& body);
    ApiReply update(const QJsonObject& body);
    ApiReply status(const QJsonObject& body);

private:
    // The customer the call's customerID names; nothing, with the answer in `refusal`, otherwise.
    std::optional<Customer> named(Fields& fields, ApiReply& refusal);
    // Reads the optional phone and email_address into `c`; false with the problem in `fields`.
    static bool readContact(Fields& fields, Customer& c);

    Store& m_store;
};

} // namespace wire
} // namespace astro
