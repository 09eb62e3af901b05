#pragma once

#include "batchjobs.h"
#include "customerstore.h"
#include "devicestore.h"
#include "merchantstore.h"
#include "recordchecker.h"
#include "sandboxoptions.h"
#include "sandboxstats.h"
#include "statestore.h"

#include <QByteArray>
#include <QUrlQuery>

#include <memory>

namespace Peere::Sandbox {

// Everything the endpoint handlers share: the options, the stores, the state file (when
// --state), the batch jobs and the statistics. Owned by the SandboxServer, server thread only.
struct SandboxContext
{
    explicit SandboxContext(const SandboxOptions &opts)
        : options(opts)
        , customerChecker(RecordKind::Customers, false)
        , merchantChecker(RecordKind::Merchants, opts.strictMerchants)
    {}

    const SandboxOptions &options;
    CustomerStore customers;
    MerchantStore merchants;
    DeviceStore devices;
    BatchJobs batches;
    SandboxStats stats;
    std::unique_ptr<StateStore> state; // null: in memory only
    RecordChecker customerChecker;
    RecordChecker merchantChecker;
};

// One API call as the handlers see it.
struct ApiCall
{
    QString parameter; // the {id} of the route, if any
    QUrlQuery query;
    QByteArray body;
};

} // namespace Peere::Sandbox
