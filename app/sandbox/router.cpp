#include "router.h"

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

Router::Router(bool docsOnly)
{
    using R = Route;
    using C = CallClass;
    const Role bank = Role::Bank;
    const Role provider = Role::Provider;
    const QList<RouteSpec> all = {
        {R::CreateCustomers, "POST", u"/v1/bank/customers"_s, bank, C::Batch, false},
        {R::ListCustomers, "GET", u"/v1/bank/customers"_s, bank, C::Standard, false},
        {R::CustomerBatch, "GET", u"/v1/bank/customers/batches/{id}"_s, bank, C::Status, true},
        {R::CustomerById, "GET", u"/v1/bank/customers/{id}"_s, bank, C::Standard, true},
        {R::GetCustomer, "GET", u"/v1/bank/customer"_s, bank, C::Standard, false},
        {R::PatchCustomer, "PATCH", u"/v1/bank/customer"_s, bank, C::Standard, false},
        {R::LinkDevice, "POST", u"/v1/bank/customer/device/link"_s, bank, C::Standard, false},
        {R::UnlinkDevice, "POST", u"/v1/bank/customer/device/unlink"_s, bank, C::Standard, false},
        {R::ListDevices, "GET", u"/v1/bank/devices/list"_s, bank, C::Standard, false},
        {R::CreateMerchants, "POST", u"/v1/provider/merchants"_s, provider, C::Batch, false},
        {R::ListMerchants, "GET", u"/v1/provider/merchants"_s, provider, C::Standard, false},
        {R::MerchantBatch, "GET", u"/v1/provider/merchants/batches/{id}"_s, provider, C::Status, true},
        {R::GetMerchant, "GET", u"/v1/provider/merchant"_s, provider, C::Standard, false},
        {R::PatchMerchant, "PATCH", u"/v1/provider/merchant"_s, provider, C::Standard, false},
        {R::GetTrust, "GET", u"/v1/provider/merchant/trust"_s, provider, C::Standard, false},
        {R::PatchTrust, "PATCH", u"/v1/provider/merchant/trust"_s, provider, C::Standard, false},
        {R::ValidateTrust, "POST", u"/v1/provider/merchant/trust/validate"_s, provider, C::Standard, false},
        {R::DevicePermission, "GET", u"/v1/provider/merchant/trust/device-permission"_s, provider,
         C::Standard, false},
    };
    for (const RouteSpec &spec : all) {
        if (!docsOnly || !spec.convention)
            m_routes.append(spec);
    }
}

bool Router::matchPath(const QString &pattern, const QString &path, QString *parameter)
{
    const qsizetype brace = pattern.indexOf(u'{');
    if (brace < 0)
        return pattern == path;
    // One parameter, always the last segment.
    if (!path.startsWith(QStringView(pattern).left(brace)))
        return false;
    const QStringView rest = QStringView(path).mid(brace);
    if (rest.isEmpty() || rest.contains(u'/'))
        return false;
    *parameter = rest.toString();
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    // A trailing slash names the same resource.
    QString normalised = path;
    while (normalised.size() > 1 && normalised.endsWith(u'/'))
        normalised.chop(1);

    Match result;
    for (const RouteSpec &spec : m_routes) {
        QString parameter;
        if (!matchPath(spec.pathTemplate, normalised, &parameter))
            continue;
        if (spec.method == method) {
            result.kind = Match::Kind::Found;
            result.spec = &spec;
            result.parameter = parameter;
            return result;
        }
        if (!result.allowMethods.contains(spec.method))
            result.allowMethods += (result.allowMethods.isEmpty() ? "" : ", ") + spec.method;
        result.kind = Match::Kind::WrongMethod;
        result.pathTemplate = spec.pathTemplate;
    }
    return result;
}

} // namespace Peere::Sandbox
