#include "journaltypes.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QString recordStateName(RecordState state)
{
    switch (state) {
    case RecordState::Invalid: return u"invalid"_s;
    case RecordState::Pending: return u"pending"_s;
    case RecordState::InFlight: return u"inFlight"_s;
    case RecordState::Migrated: return u"migrated"_s;
    case RecordState::Failed: return u"failed"_s;
    case RecordState::Unknown: return u"unknown"_s;
    case RecordState::Verified: return u"verified"_s;
    case RecordState::Mismatch: return u"mismatch"_s;
    case RecordState::Excluded:
        return u"excluded"_s;
    }
    return u"unknown"_s;
}

void JournalCounts::add(RecordState state, qint64 delta)
{
    if (state == RecordState::Excluded) {
        excluded += delta;
        return;
    }
    records += delta;
    switch (state) {
    case RecordState::Invalid: invalid += delta; break;
    case RecordState::Pending: pending += delta; break;
    case RecordState::InFlight: inFlight += delta; break;
    case RecordState::Migrated: migrated += delta; break;
    case RecordState::Failed: failed += delta; break;
    case RecordState::Unknown: unknown += delta; break;
    case RecordState::Verified:
        verified += delta;
        migrated += delta;
        break;
    case RecordState::Mismatch: mismatch += delta; break;
    case RecordState::Excluded:
        break;
    }
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Pilot: return u"pilot"_s;
    case Phase::Expand: return u"expand"_s;
    case Phase::Complete: return u"complete"_s;
    case Phase::Verify: return u"verify"_s;
    }
    return {};
}

std::optional<Phase> phaseFromName(QStringView name)
{
    for (int i = 0; i < phaseCount; ++i) {
        if (phaseName(Phase(i)) == name)
            return Phase(i);
    }
    return std::nullopt;
}

QString phaseStatusName(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Pending: return u"pending"_s;
    case PhaseStatus::Running: return u"running"_s;
    case PhaseStatus::AwaitingDecision: return u"awaitingDecision"_s;
    case PhaseStatus::Done: return u"done"_s;
    case PhaseStatus::Stopped: return u"stopped"_s;
    }
    return u"pending"_s;
}

PhaseStatus phaseStatusFromName(QStringView name)
{
    for (PhaseStatus status : {PhaseStatus::Pending, PhaseStatus::Running,
                               PhaseStatus::AwaitingDecision, PhaseStatus::Done,
                               PhaseStatus::Stopped}) {
        if (phaseStatusName(status) == name)
            return status;
    }
    return PhaseStatus::Pending;
}

} // namespace Peere
