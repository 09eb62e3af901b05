#include "runrequest.h"

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

VoidResult RunRequest::prepare(Journal &journal) const
{
    const Result<qint64> existing = journal.recordCount();
    if (!existing)
        return Failure{existing.error()};
    if (*existing == 0) {
        if (records.isEmpty())
            return failure(tr("There are no records to send: import a file first."));
        const VoidResult imported = journal.importRecords(
            client.kind, records.size(), [this](qint64 i) { return records.at(i); });
        if (!imported)
            return imported;
    }
    const std::pair<QString, QString> settings[] = {
        {u"environment"_s, environment},
        {u"baseUrl"_s, client.baseUrl.toString()},
        {u"batchSize"_s, QString::number(runner.batchSize)},
        {u"concurrency"_s, QString::number(runner.concurrency)},
        {u"batchesPerMinute"_s, QString::number(client.batchPerMinute)},
        {u"gate"_s, QString::number(runner.gatePercent)},
    };
    for (const auto &[key, value] : settings) {
        if (const VoidResult ok = journal.setSetting(key, value); !ok)
            return ok;
    }
    return {};
}

} // namespace Peere::Ui
