#pragma once

#include "common/result.h"
#include "records/schema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Peere {

// The message sent to migrated customers or merchants (the console prepares it; it sends no
// email): a subject and a body with placeholders in braces, {firstName}, {accountName}, {name}...
// A placeholder is a letter then letters, digits or underscores; any other brace is text.
//
// As a file (the defaults in the resources, the one a user edits, the one `notify` writes): the
// first line "Subject: ...", a blank line, then the body. A plain value type.
class NotificationTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Peere::NotificationTemplate)

public:
    NotificationTemplate() = default;
    NotificationTemplate(QString subject, QString body);

    // The default message of `kind` in `language` ("en" or "fr"; anything else is English).
    static NotificationTemplate standard(RecordKind kind, const QString &language);
    static QStringList languages(); // "en", "fr"
    static Result<NotificationTemplate> fromText(const QString &text);
    static Result<NotificationTemplate> fromFile(const QString &path);
    QString toText() const;

    QString subject() const { return m_subject; }
    QString body() const { return m_body; }
    void setSubject(const QString &subject) { m_subject = subject; }
    void setBody(const QString &body) { m_body = body; }

    // The placeholders used, each once, in order of first use (subject first), as written.
    QStringList placeholders() const;
    // `text` with each placeholder replaced by value(name); a placeholder whose value is
    // nullopt (unknown) is left as written.
    using Resolver = std::function<std::optional<QString>(const QString &name)>;
    static QString render(const QString &text, const Resolver &value);
    QString renderSubject(const Resolver &value) const { return render(m_subject, value); }
    QString renderBody(const Resolver &value) const { return render(m_body, value); }

private:
    QString m_subject;
    QString m_body;
};

} // namespace Peere
