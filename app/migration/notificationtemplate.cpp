#include "notificationtemplate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z][A-Za-z0-9_]*)\\}"_s);
    return pattern;
}

} // namespace

NotificationTemplate::NotificationTemplate(QString subject, QString body)
    : m_subject(std::move(subject))
    , m_body(std::move(body))
{}

QStringList NotificationTemplate::languages()
{
    return {u"en"_s, u"fr"_s};
}

NotificationTemplate NotificationTemplate::standard(RecordKind kind, const QString &language)
{
    const QString lang = languages().contains(language) ? language : u"en"_s;
    const QString path = u":/notifications/%1.%2.txt"_s.arg(kindName(kind), lang);
    Result<NotificationTemplate> loaded = fromFile(path);
    // The resources are part of the program: they are always there and well formed.
    Q_ASSERT(loaded.hasValue());
    return loaded ? *loaded : NotificationTemplate();
}

Result<NotificationTemplate> NotificationTemplate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("The message template %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Result<NotificationTemplate> parsed = fromText(text);
    if (!parsed)
        return failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), parsed.error()));
    return parsed;
}

Result<NotificationTemplate> NotificationTemplate::fromText(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    const qsizetype end = normalised.indexOf(u'\n');
    const QString first = end < 0 ? normalised : normalised.left(end);
    if (!first.startsWith(u"Subject:"_s, Qt::CaseInsensitive))
        return failure(tr("a message template starts with a line \"Subject: ...\""));
    NotificationTemplate result(first.mid(8).trimmed(), {});
    QString body = end < 0 ? QString() : normalised.mid(end + 1);
    if (body.startsWith(u'\n'))
        body.remove(0, 1);
    while (body.endsWith(u"\n\n"_s))
        body.chop(1);
    result.m_body = body;
    return result;
}

QString NotificationTemplate::toText() const
{
    QString body = m_body;
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return u"Subject: "_s + m_subject + u"\n\n"_s + body;
}

QStringList NotificationTemplate::placeholders() const
{
    QStringList names;
    for (const QString *text : {&m_subject, &m_body}) {
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(*text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QString NotificationTemplate::render(const QString &text, const Resolver &value)
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(at, match.capturedStart() - at);
        const std::optional<QString> replaced = value(match.captured(1));
        out += replaced ? *replaced : match.captured(0);
        at = match.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace Peere
