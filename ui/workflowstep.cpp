#include "workflowstep.h"

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Peere::Ui::WorkflowStep)
};
} // namespace

QList<WorkflowStep> workflowSteps()
{
    return {WorkflowStep::Import,
            WorkflowStep::Review,
            WorkflowStep::Plan,
            WorkflowStep::Run,
            WorkflowStep::Dashboard,
            WorkflowStep::Failures,
            WorkflowStep::AfterCreation};
}

QString stepTitle(WorkflowStep step)
{
    switch (step) {
    case WorkflowStep::Import:
        return Tr::tr("Import");
    case WorkflowStep::Review:
        return Tr::tr("Review & fix");
    case WorkflowStep::Plan:
        return Tr::tr("Plan");
    case WorkflowStep::Run:
        return Tr::tr("Run");
    case WorkflowStep::Dashboard:
        return Tr::tr("Dashboard");
    case WorkflowStep::Failures:
        return Tr::tr("Failures");
    case WorkflowStep::AfterCreation:
        return Tr::tr("After creation");
    }
    return {};
}

QString stepDescription(WorkflowStep step)
{
    switch (step) {
    case WorkflowStep::Import:
        return Tr::tr("Read a CSV export of customers or merchants and map its columns.");
    case WorkflowStep::Review:
        return Tr::tr("See every validation problem and fix the data in place.");
    case WorkflowStep::Plan:
        return Tr::tr("Choose the environment, batch size, pacing and the gate between phases.");
    case WorkflowStep::Run:
        return Tr::tr("Send the records in phases: pilot, expand, complete, verify.");
    case WorkflowStep::Dashboard:
        return Tr::tr("Success rate, processing time, data quality and throughput, live.");
    case WorkflowStep::Failures:
        return Tr::tr("Group failures by cause, fix them and send them again.");
    case WorkflowStep::AfterCreation:
        return Tr::tr("Link devices, set merchant trust levels and prepare notifications.");
    }
    return {};
}

QString stepId(WorkflowStep step)
{
    static const char *const names[]
        = {"import", "review", "plan", "run", "dashboard", "failures", "after-creation"};
    return QLatin1String(names[int(step)]);
}

QIcon stepIcon(WorkflowStep step)
{
    return QIcon(u":/icons/steps/"_s + stepId(step) + u".svg"_s);
}

} // namespace Peere::Ui
