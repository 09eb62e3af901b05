#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Peere {

// A merchant's trust level (peere-api.md §5), ordered basic < enhanced < premium.
enum class TrustLevel : int { Basic = 0, Enhanced = 1, Premium = 2 };
inline constexpr int trustLevelCount = 3;
QString trustLevelName(TrustLevel level); // "basic", "enhanced", "premium", as the API spells them
// Case and surrounding white space ignored.
std::optional<TrustLevel> trustLevelFromName(QStringView name);

// Where one merchant's trust setting stands. Stored by name in the journal.
enum class TrustState {
    Planned,   // decided, not sent yet
    InFlight,  // marked durably just before its PATCH leaves; a crash leaves it here
    Applied,   // the PATCH was answered 200; the validate call has not confirmed it yet
    Validated, // the validate call confirmed the level and the trusted flag
    Failed     // refused, or the server disagrees (message says why)
};
QString trustStateName(TrustState state); // "planned", "inFlight", "applied", "validated", "failed"
TrustState trustStateFromName(QStringView name);

// What a merchant's trust is to be set to.
struct TrustSetting
{
    TrustLevel level = TrustLevel::Basic;
    bool trusted = true;
    bool deviceLookupEnabled = false;

    bool operator==(const TrustSetting &) const = default;
};

// One merchant's trust, as the journal holds it (row: the record's 1-based data row).
struct TrustEntry
{
    qint64 row = 0;
    QString serverId; // the merchant's entityId (from the records table)
    TrustSetting setting;
    TrustState state = TrustState::Planned;
    int attempts = 0;
    QString message;
    QDateTime updatedAt;
};

// Counts of the trust table, by state and by planned level.
struct TrustCounts
{
    qint64 total = 0;
    qint64 byState[5] = {};
    qint64 byLevel[trustLevelCount] = {};

    qint64 state(TrustState s) const { return byState[int(s)]; }
    qint64 level(TrustLevel l) const { return byLevel[int(l)]; }
    // Entries still to do: planned, in flight or applied (not validated, not failed).
    qint64 open() const
    {
        return state(TrustState::Planned) + state(TrustState::InFlight)
               + state(TrustState::Applied);
    }
};

} // namespace Peere
