#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace astro {

// What kind of failure happened; the message says it to the user.
enum class ErrorCode
{
    Invalid,      // bad input the user can correct
    NotFound,     // unknown customer, product, batch, ...
    Forbidden,    // the user's role may not do this
    Conflict,     // the data changed or the action no longer applies
    LimitReached, // a per-customer or program-wide limit
    Storage,      // the database failed
    Unsupported,  // a file or database this version cannot read
    Network,      // the server could not be reached, or its answer was unusable: try again later
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message; // translated, ready to show
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

// A value or a translated error: the engine's answer to anything a user can get wrong.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace astro
