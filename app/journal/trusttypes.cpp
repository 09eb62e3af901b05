#include "trusttypes.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QString trustLevelName(TrustLevel level)
{
    switch (level) {
    case TrustLevel::Basic: return u"basic"_s;
    case TrustLevel::Enhanced: return u"enhanced"_s;
    case TrustLevel::Premium: return u"premium"_s;
    }
    return u"basic"_s;
}

std::optional<TrustLevel> trustLevelFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (TrustLevel level : {TrustLevel::Basic, TrustLevel::Enhanced, TrustLevel::Premium}) {
        if (trimmed.compare(trustLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QString trustStateName(TrustState state)
{
    switch (state) {
    case TrustState::Planned: return u"planned"_s;
    case TrustState::InFlight: return u"inFlight"_s;
    case TrustState::Applied: return u"applied"_s;
    case TrustState::Validated: return u"validated"_s;
    case TrustState::Failed: return u"failed"_s;
    }
    return u"planned"_s;
}

TrustState trustStateFromName(QStringView name)
{
    for (TrustState state : {TrustState::Planned, TrustState::InFlight, TrustState::Applied,
                             TrustState::Validated, TrustState::Failed}) {
        if (name == trustStateName(state))
            return state;
    }
    return TrustState::Planned;
}

} // namespace Peere
