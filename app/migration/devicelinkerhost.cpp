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
        [entries, options](Journal &journal) {
            // A retry works on links already in the journal: nothing is imported.
            return options.retryIds.isEmpty() ? journal.importDevices(entries) : VoidResult{};
        },
        [this, options](Journal &journal, ApiClient &client) {
            auto *linker = new DeviceLinker(journal, client, options);
            connect(linker, &DeviceLinker::progressChanged, this, &DeviceLinkerHost::progressChanged);
            return linker;
        });
}

} // namespace Peere
