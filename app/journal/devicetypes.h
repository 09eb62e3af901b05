#pragma once

#include <QString>

namespace Peere {

// Where one device link stands (after creation, peere-api.md §4). The numbers are stored in the
// journal: never renumber.
enum class DeviceState : int {
    Invalid = 0,  // fails the devices file's validation: never sent
    Pending = 1,  // valid, not linked yet
    InFlight = 2, // marked durably just before its link call leaves
    Linked = 3,   // linked (outcome "linked"), or found already linked ("alreadyLinked")
    Failed = 4,   // the server refused it (message holds why)
    Unknown = 5   // sent, answer lost: the customer's devices are listed before it is re-sent
};
QString deviceStateName(DeviceState state); // "invalid", "pending", "inFlight", ...

// One device of the devices file, validated, as brought into the journal.
struct DeviceEntry
{
    qint64 row = 0;         // 1-based data row of the devices file
    qint64 line = 0;        // 1-based physical line
    QString customerRef;    // the clientRef, reference or e-mail the file gives
    qint64 customerRow = 0; // the customer's row in the journal; 0 when not found
    QString deviceId;
    QString phrase;  // the phrase the file gives, if any (else the server's is used)
    QString rule;    // the first rule it fails; empty when valid
    QString message; // that rule's message
    bool valid() const { return rule.isEmpty(); }
};

// One device link as the journal holds it.
struct DeviceLink
{
    qint64 id = 0;
    DeviceEntry entry;
    DeviceState state = DeviceState::Pending;
    int attempts = 0;
    int httpStatus = 0;
    QString outcome; // "linked" / "alreadyLinked"
    QString message; // the rule's message (invalid) or the server's (failed)
};

// Counts of device links by state.
struct DeviceCounts
{
    qint64 total = 0;
    qint64 invalid = 0;
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 linked = 0;
    qint64 failed = 0;
    qint64 unknown = 0;

    void add(DeviceState state, qint64 delta);
    void move(DeviceState from, DeviceState to)
    {
        add(from, -1);
        add(to, 1);
    }
    // Links still to do (pending, in flight or unknown).
    qint64 open() const { return pending + inFlight + unknown; }
};

} // namespace Peere
