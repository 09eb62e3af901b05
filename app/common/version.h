#pragma once

#include <QString>

namespace Peere {

// The version of the whole product: the console, peere-migrate and peere-sandbox share it.
QString version();
QString organizationName();

} // namespace Peere
