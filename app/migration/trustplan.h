#pragma once

#include "common/result.h"
#include "journal/trusttypes.h"
#include "trustrules.h"

#include <QCoreApplication>
#include <QList>

namespace Peere {

class Journal;
class TrustSource;

// Each merchant's trust setting, decided from the rules and the source before anything is sent:
// the preview (how many merchants get each level) and the entries the journal keeps.
// Only merchants that are on the server (migrated or verified, with their id) get an entry.
// Blocking; runs in the thread that owns the journal.
struct TrustPlan
{
    Q_DECLARE_TR_FUNCTIONS(Peere::TrustPlan)

public:
    struct Preview
    {
        qint64 merchants = 0;   // on the server: each gets an entry
        qint64 notOnServer = 0; // invalid, failed, pending or not found again: no entry
        qint64 byLevel[trustLevelCount] = {};
        qint64 trusted = 0;
        qint64 deviceLookup = 0;
        qint64 fromColumn = 0;  // the level came from the merchant's value
        qint64 defaulted = 0;   // empty value (or no such column): the default level
        qint64 unreadable = 0;  // a value that is not a level / not a number: the default level
        bool columnFound = false;
        qint64 level(TrustLevel l) const { return byLevel[int(l)]; }
    };

    QList<TrustEntry> entries;
    Preview preview;

    // Fails when the journal is not a merchant migration, when the rules name a column the
    // source lacks, or when the source's rows do not match the journal's.
    static Result<TrustPlan> build(const Journal &journal, const TrustRules &rules,
                                   const TrustSource &source);
};

} // namespace Peere
