#include "validationissue.h"

#include <QCoreApplication>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// The source texts: marked for lupdate here and translated (or not) by the caller.
const char *messageSource(Rule rule)
{
    switch (rule) {
    case Rule::Required:
        return QT_TRANSLATE_NOOP("Peere::Validation", "%1 is required.");
    case Rule::Length:
        return QT_TRANSLATE_NOOP("Peere::Validation", "%1 is longer than %2 characters.");
    case Rule::FormatName:
        return QT_TRANSLATE_NOOP("Peere::Validation",
                                 "%1 must not contain digits or control characters.");
    case Rule::FormatEmail:
        return QT_TRANSLATE_NOOP("Peere::Validation", "%1 is not a valid e-mail address.");
    case Rule::FormatCountry:
        return QT_TRANSLATE_NOOP("Peere::Validation",
                                 "%1 is not an ISO 3166-1 two-letter country code.");
    case Rule::FormatAccountNumber:
        return QT_TRANSLATE_NOOP("Peere::Validation",
                                 "%1 must be digits only: exactly 10 for Nigeria (NUBAN), 6 to 20 "
                                 "for other countries.");
    case Rule::FormatGender:
        return QT_TRANSLATE_NOOP("Peere::Validation", "%1 must be male, female or other.");
    case Rule::FormatPhone:
        return QT_TRANSLATE_NOOP("Peere::Validation",
                                 "%1 is not a possible phone number in international form "
                                 "(+ then 8 to 15 digits, no spaces).");
    case Rule::PhoneUnassigned:
        return QT_TRANSLATE_NOOP("Peere::Validation",
                                 "%1 is not an assigned number in its country's numbering plan.");
    case Rule::FormatUrl:
        return QT_TRANSLATE_NOOP("Peere::Validation",
                                 "%1 is not an absolute http or https address with a domain name.");
    case Rule::DuplicateClientRef:
    case Rule::DuplicateEmail:
    case Rule::DuplicateReference:
    case Rule::DuplicateAccountNumber:
        return QT_TRANSLATE_NOOP("Peere::Validation", "Another row has the same %1.");
    case Rule::RowShape:
        return QT_TRANSLATE_NOOP("Peere::Validation",
                                 "This row has more or fewer fields than the header.");
    case Rule::FormatType:
        return QT_TRANSLATE_NOOP("Peere::Validation", "%1 must be text.");
    }
    return QT_TRANSLATE_NOOP("Peere::Validation", "Unknown problem.");
}

QString fill(QString text, RecordKind kind, const ValidationIssue &issue)
{
    if (issue.rule == Rule::RowShape)
        return text;
    text = text.arg(fieldName(kind, issue.field));
    if (issue.rule == Rule::Length) {
        const QList<FieldSpec> &specs = fieldSpecs(kind);
        const int max = issue.field >= 0 && issue.field < specs.size()
                            ? specs.at(issue.field).maxLength
                            : 0;
        text = text.arg(max);
    }
    return text;
}

} // namespace

QString issueMessage(RecordKind kind, const ValidationIssue &issue)
{
    return fill(QCoreApplication::translate("Peere::Validation", messageSource(issue.rule)), kind,
                issue);
}

QString issueMessageEnglish(RecordKind kind, const ValidationIssue &issue)
{
    return fill(QString::fromLatin1(messageSource(issue.rule)), kind, issue);
}

} // namespace Peere
