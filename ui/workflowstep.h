#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace Peere::Ui {

// The steps of a migration, in the order the side bar shows them.
enum class WorkflowStep { Import, Review, Plan, Run, Dashboard, Failures, AfterCreation };

QList<WorkflowStep> workflowSteps();
QString stepTitle(WorkflowStep step);
QString stepDescription(WorkflowStep step);
QIcon stepIcon(WorkflowStep step);
// A stable name for files and tests: "import", "review", ..., "after-creation".
QString stepId(WorkflowStep step);

} // namespace Peere::Ui
