#include "devicelinkerhost.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

DeviceLinkerHost::DeviceLinkerHost(QObject *parent)
    : JobHost(u"peere-devices"_s, parent)
{}

DeviceLinkerHost::~DeviceLinkerHost() = default;

void DeviceLinkerHost::start(const QString &journalPath,
                             const QList<DeviceEntry> &entries,
                             const ApiClientOptions &clientOptions,
                             const DeviceLinkerOptions &options)
{
    launch(
        journalPath,
        clientOptions,
        [entries](Journal &journal) { return journal.importDevices(entries); },
        [this, options](Journal &journal, ApiClient &client) {
            auto *linker = new DeviceLinker(journal, client, options);
            connect(linker, &DeviceLinker::progressChanged, this, &DeviceLinkerHost::progressChanged);
            return linker;
        });
}

} // namespace Peere
