#include "secretstore.h"

#include <QTimer>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

QString SecretStore::entryName(Environment::Kind kind, KeyRole role)
{
    return Environment::id(kind) + (role == KeyRole::Bank ? u"/bank"_s : u"/provider"_s);
}

void SecretStore::deliverLater(QObject *context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}

} // namespace Peere::Ui
