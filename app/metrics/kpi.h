#pragma once

#include <QString>

namespace Peere {

// The four targets of Peere's migration guide (peere-api.md §6).
enum class Kpi : int {
    SuccessRate = 0,         // > 95 % of the records sent are on the server
    BatchTime = 1,           // < 5 minutes per batch (the slowest batch counts)
    ValidationErrors = 2,    // < 1 % of the records fail validation
    PostMigrationErrors = 3  // < 2 % of the records checked by the verify phase are missing
};
inline constexpr int kpiCount = 4;

// Good: the target is met with room to spare. Warning (amber): the target is still met but more
// than 80 % of its allowance is used up (success 95-96 %, slowest batch 4-5 min, validation
// errors 0.8-1 %, post-migration errors 1.6-2 %): the next batches may cross it. Bad: the target
// is missed. NoData: nothing measured yet (e.g. no batch answered, verify not run).
// One rule for all four, so that amber always means "close to the limit, still inside it".
enum class KpiStatus : int { NoData = 0, Good = 1, Warning = 2, Bad = 3 };

// Where `kpi` stands at `value` (percent, or minutes for BatchTime).
KpiStatus kpiStatus(Kpi kpi, double value);
// The limit: 95 (percent, a minimum), 5 (minutes, a maximum), 1 and 2 (percent, maxima).
double kpiTarget(Kpi kpi);
// True when the value must stay above the target (success rate), false when below.
bool kpiIsMinimum(Kpi kpi);
QString kpiStatusName(KpiStatus status); // "noData", "good", "warning", "bad" (JSON, tests)
QString kpiName(Kpi kpi);                // "successRate", ... (JSON)
QString kpiTitle(Kpi kpi);               // translated, e.g. "Success rate"
QString kpiTargetText(Kpi kpi);          // translated, e.g. "target above 95%"
QString kpiStatusText(KpiStatus status); // translated, e.g. "On target"

// One measured KPI.
struct KpiValue
{
    Kpi kpi = Kpi::SuccessRate;
    bool measured = false;
    double value = 0; // percent, or minutes for BatchTime
    KpiStatus status = KpiStatus::NoData;

    static KpiValue of(Kpi kpi, double value);
    static KpiValue none(Kpi kpi) { return {kpi, false, 0, KpiStatus::NoData}; }
    // The figure as shown on a tile and in the report: "97.4%", "3.2 min", "—".
    QString figure() const;
};

} // namespace Peere
