#pragma once

#include "apireply.h"
#include "sandboxcontext.h"

namespace Peere::Sandbox {

// What the customer and merchant batch endpoints share (peere-api.md §3, §5): the checks of a
// batch request (413, 422, 400), 201 for a small batch or 202 and polling for a large one, and
// the pending batches that a restart with --state resumes. Used on the server's thread.
class BatchApi
{
public:
    virtual ~BatchApi() = default;

    ApiReply create(const ApiCall &call);
    // Schedules a large batch (202); also used for the batches a restart finds unfinished.
    void submit(const QString &batchId, const QJsonArray &records);
    // GET .../batches/{id}: the batch's status, then its outcome once processed.
    ApiReply batch(const ApiCall &call);

protected:
    BatchApi(SandboxContext &context, RecordKind kind);

    // Creates what it can of a batch; returns the batch's `data` object as compact JSON.
    virtual QByteArray process(const QJsonArray &records, const QString &batchId) = 0;

    SandboxContext &m_context;

private:
    const RecordChecker &checker() const;

    RecordKind m_kind;
};

} // namespace Peere::Sandbox
