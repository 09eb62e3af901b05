#include "version.h"

namespace Peere {

QString version()
{
    return QStringLiteral(PEERE_VERSION);
}

QString organizationName()
{
    return QStringLiteral("Peere");
}

} // namespace Peere
