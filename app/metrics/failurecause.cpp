#include "failurecause.h"

#include <QRegularExpression>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QString normaliseServerMessage(const QString &message)
{
    // Built once: these run over every distinct server message of a refresh.
    static const QRegularExpression email(u"[^\\s'\"<>()@,;]+@[^\\s'\"<>()@,;]+"_s);
    static const QRegularExpression uuid(
        u"\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"_s);
    // A token mixing letters and digits (cus_8f3a2, 5f1e9a0c...): an id, not a word.
    static const QRegularExpression token(
        u"\\b(?=[A-Za-z_-]*[0-9])(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]{6,}\\b"_s);
    static const QRegularExpression quoted(u"'[^']*'|\"[^\"]*\""_s);
    static const QRegularExpression digits(u"\\d+"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString text = message;
    text.replace(email, u"<email>"_s);
    text.replace(uuid, u"<id>"_s);
    text.replace(token, u"<id>"_s);
    text.replace(quoted, u"'<value>'"_s);
    text.replace(digits, u"<n>"_s);
    text.replace(spaces, u" "_s);
    return text.trimmed();
}

QString ruleOfReason(const QString &reason)
{
    const qsizetype open = reason.indexOf(u" ("_s);
    return open < 0 ? reason.trimmed() : reason.left(open).trimmed();
}

QString fieldOfReason(const QString &reason)
{
    const qsizetype open = reason.indexOf(u" ("_s);
    if (open < 0 || !reason.endsWith(u')'))
        return {};
    return reason.mid(open + 2, reason.size() - open - 3);
}

QString failureCauseOf(RecordState state, const QString &reason)
{
    if (state == RecordState::Invalid)
        return reason.trimmed();
    const QString normalised = normaliseServerMessage(reason);
    return normalised.isEmpty() && state == RecordState::Failed
               ? u"refused by the server"_s
               : normalised;
}

namespace {

// "HTTP 404: Merchant not found" -> "HTTP 404: " + the rest normalised.
QString normalisedKeepingStatus(const QString &message)
{
    static const QRegularExpression status(u"^\\s*(HTTP \\d{3})\\b\\s*:?\\s*"_s);
    const QRegularExpressionMatch match = status.match(message);
    if (!match.hasMatch())
        return normaliseServerMessage(message);
    const QString rest = normaliseServerMessage(message.mid(match.capturedEnd()));
    return rest.isEmpty() ? match.captured(1) : match.captured(1) + u": "_s + rest;
}

} // namespace

QString deviceFailureCause(const DeviceLink &link)
{
    if (link.state == DeviceState::Invalid)
        return link.entry.rule.trimmed();
    const QString message = normaliseServerMessage(link.message);
    if (link.httpStatus <= 0)
        return message.isEmpty() ? u"refused by the server"_s : message;
    return message.isEmpty() ? u"HTTP %1"_s.arg(link.httpStatus)
                             : u"HTTP %1: %2"_s.arg(link.httpStatus).arg(message);
}

QString trustFailureCause(const QString &message)
{
    const QString cause = normalisedKeepingStatus(message);
    return cause.isEmpty() ? u"refused by the server"_s : cause;
}

bool deviceCauseMatches(const QString &cause, const DeviceLink &link)
{
    const QString wanted = cause.trimmed();
    return wanted.isEmpty()
           || deviceFailureCause(link).compare(wanted, Qt::CaseInsensitive) == 0;
}

bool trustCauseMatches(const QString &cause, const QString &message)
{
    const QString wanted = cause.trimmed();
    return wanted.isEmpty() || trustFailureCause(message).compare(wanted, Qt::CaseInsensitive) == 0;
}

bool failureCauseMatches(const QString &cause, RecordState state, const QString &reason)
{
    const QString wanted = cause.trimmed();
    if (wanted.isEmpty())
        return true;
    if (failureCauseOf(state, reason).compare(wanted, Qt::CaseInsensitive) == 0)
        return true;
    return state == RecordState::Invalid
           && ruleOfReason(reason).compare(wanted, Qt::CaseInsensitive) == 0;
}

QByteArray maskDigits(const QByteArray &value)
{
    qsizetype digits = 0;
    for (char c : value)
        digits += c >= '0' && c <= '9';
    if (digits <= 4)
        return value;
    QByteArray masked = value;
    qsizetype toMask = digits - 4;
    for (char &c : masked) {
        if (toMask == 0)
            break;
        if (c >= '0' && c <= '9') {
            c = '*';
            --toMask;
        }
    }
    return masked;
}

QList<int> maskedFields(RecordKind kind)
{
    if (kind == RecordKind::Customers)
        return {CustomerField::AccountNumber, CustomerField::Phone};
    return {MerchantField::Phone};
}

} // namespace Peere
