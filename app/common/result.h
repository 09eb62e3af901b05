#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Peere {

// What went wrong, as a translated sentence for the user. Core calls return Result<T> instead of
// throwing: no exception crosses a Qt boundary, and the caller decides how to show the message.
struct Failure
{
    QString message;
};

inline Failure failure(QString message)
{
    return Failure{std::move(message)};
}

template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Failure failure)
        : m_data(std::in_place_index<1>, std::move(failure))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // The failure's message; empty when there is a value.
    QString error() const { return hasValue() ? QString() : std::get<1>(m_data).message; }

private:
    std::variant<T, Failure> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failed(true)
        , m_error(std::move(failure.message))
    {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using VoidResult = Result<void>;

} // namespace Peere
