#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>

namespace Peere {

// The preview of a migration before anything is sent: how many records each phase of the
// migration guide takes (pilot 10%, expand to 50%, complete the rest, verify every record), in how
// many calls, and how long that takes when calls are paced to the rate limit. The members are
// counted the way the journal picks them: of every 10 valid records, the 1st is in the pilot, the
// next 4 in expand, the last 5 in complete. A pure computation,
// usable from any thread; the Plan page shows it and tests check it with exact numbers.
class PhasePlan
{
    Q_DECLARE_TR_FUNCTIONS(Peere::PhasePlan)

public:
    enum class Stage { Pilot, Expand, Complete, Verify };

    struct Input
    {
        qint64 validRecords = 0;
        int batchSize = 500;
        int batchesPerMinute = 10; // batch creates a minute; 0 = not limited
        int batchesInFlight = 1;
        double batchLatencySeconds = 0; // expected answer time of one batch; 0 = negligible
        int pilotPercent = 10;          // share of the records in the pilot
        int expandPercent = 50;         // share migrated once the expand phase is done
        int verifyPageSize = 100;       // records confirmed by one list call
        int standardCallsPerMinute = 100;
    };

    struct Row
    {
        Stage stage = Stage::Pilot;
        qint64 records = 0;
        qint64 calls = 0;        // batch creates, or list calls for verify
        qint64 milliseconds = 0; // estimated duration at the rate limit
    };

    // Fails with a clear message for a non-positive batch size, a negative count or rate, or
    // percentages out of order.
    static Result<PhasePlan> compute(const Input &input);

    static QList<Stage> stages();
    static QString stageName(Stage stage);

    const QList<Row> &rows() const { return m_rows; }
    const Row &row(Stage stage) const { return m_rows.at(int(stage)); }
    qint64 totalMilliseconds() const;
    qint64 batchCount() const; // batch creates over the three sending phases

private:
    QList<Row> m_rows;
};

} // namespace Peere
