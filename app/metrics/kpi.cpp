#include "kpi.h"

#include <QCoreApplication>
#include <QLocale>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Peere::Kpi", text);
}

// The share of the allowance past which a KPI turns amber.
constexpr double amberShare = 0.8;

} // namespace

double kpiTarget(Kpi kpi)
{
    switch (kpi) {
    case Kpi::SuccessRate: return 95.0;
    case Kpi::BatchTime: return 5.0;
    case Kpi::ValidationErrors: return 1.0;
    case Kpi::PostMigrationErrors: return 2.0;
    }
    return 0;
}

bool kpiIsMinimum(Kpi kpi)
{
    return kpi == Kpi::SuccessRate;
}

KpiStatus kpiStatus(Kpi kpi, double value)
{
    // The allowance: how far the value may go (failures up to 5 %, up to 5 min, ...).
    const double target = kpiTarget(kpi);
    const double allowance = kpiIsMinimum(kpi) ? 100.0 - target : target;
    const double used = kpiIsMinimum(kpi) ? 100.0 - value : value;
    // The targets are strict ("above 95 %", "under 5 minutes"): reaching the limit misses it.
    if (used >= allowance)
        return KpiStatus::Bad;
    if (used >= amberShare * allowance)
        return KpiStatus::Warning;
    return KpiStatus::Good;
}

QString kpiStatusName(KpiStatus status)
{
    switch (status) {
    case KpiStatus::NoData: return u"noData"_s;
    case KpiStatus::Good: return u"good"_s;
    case KpiStatus::Warning: return u"warning"_s;
    case KpiStatus::Bad: return u"bad"_s;
    }
    return u"noData"_s;
}

QString kpiName(Kpi kpi)
{
    switch (kpi) {
    case Kpi::SuccessRate: return u"successRate"_s;
    case Kpi::BatchTime: return u"batchTime"_s;
    case Kpi::ValidationErrors: return u"validationErrors"_s;
    case Kpi::PostMigrationErrors: return u"postMigrationErrors"_s;
    }
    return {};
}

QString kpiTitle(Kpi kpi)
{
    switch (kpi) {
    case Kpi::SuccessRate: return tr("Success rate");
    case Kpi::BatchTime: return tr("Processing time per batch");
    case Kpi::ValidationErrors: return tr("Validation errors");
    case Kpi::PostMigrationErrors: return tr("Errors after migration");
    }
    return {};
}

QString kpiTargetText(Kpi kpi)
{
    switch (kpi) {
    case Kpi::SuccessRate: return tr("target above 95%");
    case Kpi::BatchTime: return tr("target under 5 minutes");
    case Kpi::ValidationErrors: return tr("target under 1%");
    case Kpi::PostMigrationErrors: return tr("target under 2%");
    }
    return {};
}

QString kpiStatusText(KpiStatus status)
{
    switch (status) {
    case KpiStatus::NoData: return tr("Not measured yet");
    case KpiStatus::Good: return tr("On target");
    case KpiStatus::Warning: return tr("Close to the limit");
    case KpiStatus::Bad: return tr("Target missed");
    }
    return {};
}

KpiValue KpiValue::of(Kpi kpi, double value)
{
    return {kpi, true, value, kpiStatus(kpi, value)};
}

QString KpiValue::figure() const
{
    if (!measured)
        return u"\u2014"_s;
    const QLocale locale;
    if (kpi == Kpi::BatchTime)
        return tr("%1 min").arg(locale.toString(value, 'f', 1));
    return tr("%1%").arg(locale.toString(value, 'f', value < 10 ? 2 : 1));
}

} // namespace Peere
