#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Peere::Sandbox {

// Every endpoint of peere-api.md §3-5 the sandbox serves.
enum class Route {
    CreateCustomers,
    ListCustomers,
    CustomerBatch,
    CustomerById,
    GetCustomer,
    PatchCustomer,
    LinkDevice,
    UnlinkDevice,
    ListDevices,
    CreateMerchants,
    ListMerchants,
    MerchantBatch,
    GetMerchant,
    PatchMerchant,
    GetTrust,
    PatchTrust,
    ValidateTrust,
    DevicePermission,
};

// The rate-limit classes of peere-api.md §2.
enum class CallClass { Batch, Standard, Status };
enum class Role { Bank, Provider };

struct RouteSpec
{
    Route route;
    QByteArray method;
    QString pathTemplate; // "/v1/bank/customers/{id}"
    Role role;
    CallClass callClass;
    bool convention; // not served under --docs-only
};

// Maps a method and a path to a route. A path that matches a route with another method is a
// 405 (with the allowed methods); a path that matches nothing is a 404.
class Router
{
public:
    explicit Router(bool docsOnly);

    struct Match
    {
        enum class Kind { Found, WrongMethod, NotFound } kind = Kind::NotFound;
        const RouteSpec *spec = nullptr;
        QString parameter;       // the {id} segment, when the template has one
        QByteArray allowMethods; // for WrongMethod: "GET, PATCH"
        QString pathTemplate;    // for WrongMethod: the path's template
    };

    Match match(const QByteArray &method, const QString &path) const;

private:
    static bool matchPath(const QString &pattern, const QString &path, QString *parameter);

    QList<RouteSpec> m_routes;
};

} // namespace Peere::Sandbox
