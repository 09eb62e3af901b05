#pragma once

#include "common/result.h"
#include "journal/journaltypes.h"
#include "notificationtemplate.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Peere {

class Journal;

// The notification list of a migration (issue 7, "Notifications"): the verified records only
// (found again on the server by the verify phase), for a mail merge. The console sends no email.
//
// Writes into a folder:
// - <kind>-notifications.csv: name, email, then every other placeholder the template uses, one
//   line per verified record; UTF-8 with a byte-order mark, formula-like cells neutralised as in
//   the failure list;
// - <kind>-message-<language>.txt: the message with its placeholders (Subject: line, blank line,
//   body), for the mail-merge program.
// Each file with QSaveFile: all or nothing. Runs in the thread that owns the journal.
struct NotificationList
{
    Q_DECLARE_TR_FUNCTIONS(Peere::NotificationList)

public:
    struct Summary
    {
        qint64 recipients = 0;  // verified records written
        qint64 notVerified = 0; // every other record (invalid, failed, mismatch, not verified yet)
        QString listPath;
        QString messagePath;
        QStringList columns;
    };

    static Result<Summary> write(const Journal &journal, const QString &folder,
                                 const NotificationTemplate &message, const QString &language);

    // The placeholders a template may use for `kind`: the API's fields (customers also
    // firstName, lastName, middleName), name, and peereId; merchants also trustLevel.
    static QStringList placeholders(RecordKind kind);
    // Placeholders of `message` that `kind` does not know.
    static QStringList unknownPlaceholders(RecordKind kind, const NotificationTemplate &message);
    // The value of `placeholder` for `record` (case ignored); nullopt for an unknown one.
    // `trustLevel` is the merchant's planned level; empty: basic, a new merchant's level.
    static std::optional<QString> value(RecordKind kind, const JournalRecord &record,
                                        const QString &placeholder,
                                        const QString &trustLevel = {});

    // The first verified record, for a preview; nullopt when none is verified yet.
    static Result<std::optional<JournalRecord>> firstVerified(const Journal &journal);
};

} // namespace Peere
