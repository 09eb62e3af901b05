#include "recordvalidator.h"

#include "validation/fieldchecks.h"
#include "validation/iso3166.h"
#include "validation/phonechecker.h"

#include <QJsonValue>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

RecordValidator::RecordValidator(RecordKind kind)
    : m_kind(kind)
    , m_countryField(kind == RecordKind::Customers ? int(CustomerField::Country)
                                                   : int(MerchantField::Country))
{
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const FieldSpec &spec = specs.at(i);
        Check check = Check::None;
        const QLatin1StringView name = spec.name;
        if (name == "firstname"_L1 || name == "lastname"_L1 || name == "middlename"_L1)
            check = Check::Name;
        else if (name == "email"_L1)
            check = Check::Email;
        else if (name == "country"_L1)
            check = Check::Country;
        else if (name == "accountNumber"_L1)
            check = Check::AccountNumber;
        else if (name == "gender"_L1)
            check = Check::Gender;
        else if (name == "phone"_L1)
            check = Check::Phone;
        else if (name == "website"_L1 || name == "icon"_L1)
            check = Check::Url;
        m_plan.append({qint16(i), spec.required, spec.maxLength, check});
    }
}

Rule RecordValidator::ruleOf(Check check)
{
    switch (check) {
    case Check::Name:
        return Rule::FormatName;
    case Check::Email:
        return Rule::FormatEmail;
    case Check::Country:
        return Rule::FormatCountry;
    case Check::AccountNumber:
        return Rule::FormatAccountNumber;
    case Check::Gender:
        return Rule::FormatGender;
    case Check::Phone:
        return Rule::FormatPhone;
    case Check::Url:
        return Rule::FormatUrl;
    case Check::None:
        break;
    }
    return Rule::FormatType;
}

std::optional<Rule> RecordValidator::formatRule(int field) const
{
    if (field < 0 || field >= m_plan.size() || m_plan.at(field).check == Check::None)
        return std::nullopt;
    return ruleOf(m_plan.at(field).check);
}

QByteArrayView RecordValidator::valueOf(std::span<const QByteArrayView> values, int field) const
{
    return field >= 0 && size_t(field) < values.size() ? values[size_t(field)] : QByteArrayView();
}

void RecordValidator::validate(qint32 row, std::span<const QByteArrayView> values,
                               QList<ValidationIssue> &out) const
{
    for (const FieldPlan &plan : m_plan) {
        const QByteArrayView value = Checks::trimmed(valueOf(values, plan.field));
        if (value.isEmpty()) {
            if (plan.required)
                out.append({row, plan.field, Rule::Required});
            continue; // an empty optional field gets no other rule
        }
        // Bytes are at least as many as characters: count only when the bytes are too many.
        if (plan.maxLength > 0 && value.size() > plan.maxLength
            && Checks::characterCount(value) > plan.maxLength)
            out.append({row, plan.field, Rule::Length});
        bool ok = true;
        switch (plan.check) {
        case Check::None:
            break;
        case Check::Name:
            ok = Checks::isName(value);
            break;
        case Check::Email:
            ok = Checks::isEmail(value);
            break;
        case Check::Country:
            ok = Iso3166::isAlpha2(value);
            break;
        case Check::AccountNumber: {
            const bool nigeria = Checks::equalsIgnoringCase(
                Checks::trimmed(valueOf(values, m_countryField)), "NG");
            ok = Checks::isDigits(value)
                 && (nigeria ? value.size() == 10 : value.size() >= 6 && value.size() <= 20);
            break;
        }
        case Check::Gender:
            ok = Checks::isGender(value);
            break;
        case Check::Phone:
            switch (PhoneChecker::instance().check(value)) {
            case PhoneChecker::Result::Valid:
                break;
            case PhoneChecker::Result::Unassigned:
                out.append({row, plan.field, Rule::PhoneUnassigned});
                break;
            case PhoneChecker::Result::Invalid:
                ok = false;
                break;
            }
            break;
        case Check::Url:
            ok = Checks::isWebUrl(value);
            break;
        }
        if (!ok)
            out.append({row, plan.field, ruleOf(plan.check)});
    }
}

QList<ValidationIssue> RecordValidator::validate(const QJsonObject &record) const
{
    QList<QByteArray> storage(m_plan.size());
    QList<QByteArrayView> views(m_plan.size());
    QList<qint16> wrongType;
    for (const FieldPlan &plan : m_plan) {
        const QJsonValue value = record.value(fieldSpecs(m_kind).at(plan.field).name);
        if (value.isString()) {
            storage[plan.field] = value.toString().toUtf8();
            views[plan.field] = storage.at(plan.field);
        } else if (!value.isNull() && !value.isUndefined()) {
            wrongType.append(plan.field);
        }
    }
    QList<ValidationIssue> issues;
    validate(0, views, issues);
    if (!wrongType.isEmpty()) {
        // A value of the wrong type is that field's only problem (not also "required").
        issues.removeIf([&](const ValidationIssue &issue) {
            return wrongType.contains(issue.field);
        });
        for (const qint16 field : std::as_const(wrongType))
            issues.append({0, field, ruleOf(m_plan.at(field).check)});
        std::sort(issues.begin(), issues.end(), issueLessThan);
    }
    return issues;
}

QString RecordValidator::apiValue(int field, QByteArrayView value) const
{
    const QByteArrayView trimmedValue = Checks::trimmed(value);
    if (field < 0 || field >= m_plan.size())
        return QString::fromUtf8(trimmedValue);
    switch (m_plan.at(field).check) {
    case Check::Country:
        return QString::fromUtf8(trimmedValue).toUpper();
    case Check::Gender:
        return QString::fromUtf8(trimmedValue).toLower();
    default:
        return QString::fromUtf8(trimmedValue);
    }
}

namespace {

std::optional<QString> genderFix(QByteArrayView value)
{
    const QString text = QString::fromUtf8(value).toCaseFolded();
    static const QList<std::pair<QString, QString>> fixes = {
        {u"m"_s, u"male"_s},       {u"f"_s, u"female"_s},     {u"o"_s, u"other"_s},
        {u"man"_s, u"male"_s},     {u"woman"_s, u"female"_s}, {u"homme"_s, u"male"_s},
        {u"femme"_s, u"female"_s}, {u"masculin"_s, u"male"_s}, {u"féminin"_s, u"female"_s},
        {u"feminin"_s, u"female"_s}, {u"autre"_s, u"other"_s},
    };
    for (const auto &[from, to] : fixes) {
        if (text == from)
            return to;
    }
    return std::nullopt;
}

QByteArray withoutSeparators(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c != ' ' && c != '-' && c != '.' && c != '\t')
            out.append(c);
    }
    return out;
}

} // namespace

std::optional<QString> RecordValidator::suggestedFix(const ValidationIssue &issue,
                                                     std::span<const QByteArrayView> values) const
{
    const QByteArrayView value = Checks::trimmed(valueOf(values, issue.field));
    if (value.isEmpty())
        return std::nullopt;
    switch (issue.rule) {
    case Rule::FormatGender:
        return genderFix(value);
    case Rule::FormatCountry:
        return Iso3166::alpha2FromText(QString::fromUtf8(value));
    case Rule::FormatPhone: {
        const QByteArrayView country = Checks::trimmed(valueOf(values, m_countryField));
        QByteArray region;
        if (Iso3166::isAlpha2(country))
            region = country.toByteArray();
        else if (const auto code = Iso3166::alpha2FromText(QString::fromUtf8(country)))
            region = code->toLatin1();
        return PhoneChecker::instance().toE164(value, region);
    }
    case Rule::FormatAccountNumber: {
        const QByteArray digits = withoutSeparators(value);
        if (digits.size() == value.size())
            return std::nullopt;
        QList<QByteArrayView> fixed(values.begin(), values.end());
        fixed.resize(std::max<qsizetype>(fixed.size(), issue.field + 1));
        fixed[issue.field] = digits;
        QList<ValidationIssue> issues;
        validate(0, fixed, issues);
        const bool stillWrong = std::any_of(issues.cbegin(), issues.cend(), [&](const auto &i) {
            return i.field == issue.field;
        });
        return stillWrong ? std::nullopt : std::optional<QString>(QString::fromLatin1(digits));
    }
    case Rule::FormatUrl: {
        if (value.contains("://"))
            return std::nullopt;
        const QByteArray url = "https://" + value.toByteArray();
        return Checks::isWebUrl(url) ? std::optional<QString>(QString::fromUtf8(url))
                                     : std::nullopt;
    }
    case Rule::FormatEmail: {
        // "name @ example.com", "mailto:name@example.com"
        QByteArray email;
        for (const char c : value) {
            if (c != ' ' && c != '\t')
                email.append(c);
        }
        if (email.startsWith("mailto:"))
            email.remove(0, 7);
        return email != value && Checks::isEmail(email)
                   ? std::optional<QString>(QString::fromUtf8(email))
                   : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace Peere
