#include "customerapi.h"

#include "batchoutcome.h"
#include "passphrase.h"
#include "requestparsing.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto bankId = "bank_sandbox"_L1;
constexpr auto notFound = "Customer not found"_L1;
} // namespace

CustomerApi::CustomerApi(SandboxContext &context)
    : BatchApi(context, RecordKind::Customers)
{}

CustomerStore::Fields CustomerApi::normalised(const QJsonObject &record)
{
    CustomerStore::Fields fields;
    for (int f = 0; f < CustomerField::Count; ++f) {
        QString value = record.value(fieldSpecs(RecordKind::Customers).at(f).name).toString().trimmed();
        if (f == CustomerField::Country)
            value = value.toUpper();
        else if (f == CustomerField::Gender)
            value = value.toLower();
        fields[f] = value.toUtf8();
    }
    return fields;
}

QJsonObject CustomerApi::toRecord(const CustomerStore::Fields &fields)
{
    QJsonObject record;
    for (int f = 0; f < CustomerField::Count; ++f) {
        if (!fields[f].isEmpty())
            record.insert(fieldName(RecordKind::Customers, f), QString::fromUtf8(fields[f]));
    }
    return record;
}

QJsonObject CustomerApi::toJson(quint32 index) const
{
    const CustomerStore &store = m_context.customers;
    const CustomerStore::Fields fields = store.fields(index);
    const auto text = [&](int f) -> QJsonValue {
        return fields[f].isEmpty() ? QJsonValue(QJsonValue::Null) : QString::fromUtf8(fields[f]);
    };
    QJsonObject out{{u"id"_s, store.id(index)},
                    {u"accountName"_s, text(CustomerField::AccountName)},
                    {u"gender"_s, text(CustomerField::Gender)},
                    {u"displayPicture"_s, QJsonValue(QJsonValue::Null)},
                    {u"bankId"_s, bankId},
                    {u"phrase"_s, Passphrase::text(store.phraseKey(index))},
                    {u"country"_s, text(CustomerField::Country)}};
    if (!m_context.options.docsOnly) {
        // [convention] the other fields too, so that a client can verify what it sent.
        for (int f = 0; f < CustomerField::Count; ++f) {
            const QString name = fieldName(RecordKind::Customers, f);
            if (!out.contains(name))
                out.insert(name, text(f));
        }
        out.insert(u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(store.createdMs(index), Qt::UTC)
                                       .toString(Qt::ISODateWithMs));
    }
    return out;
}

QByteArray CustomerApi::process(const QJsonArray &records, const QString &batchId)
{
    BatchOutcome outcome(RecordKind::Customers, batchId, m_context.options.docsOnly);
    QList<quint32> created;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CustomerStore::Fields fields = normalised(records.at(i).toObject());
        const BatchOutcome::Identity identity{{{"reference"_L1, fields[CustomerField::Reference]},
                                               {"clientRef"_L1, fields[CustomerField::ClientRef]}}};
        std::array<QByteArrayView, CustomerField::Count> views;
        std::copy(fields.cbegin(), fields.cend(), views.begin());
        if (const std::optional<Rejection> rejection = m_context.customerChecker.check(views)) {
            outcome.addInvalid(i, identity, *rejection);
            continue;
        }
        const quint32 duplicate = m_context.customers.findDuplicate(fields);
        if (duplicate != CustomerStore::npos) {
            outcome.addDuplicate(i, identity, m_context.customers.id(duplicate));
            continue;
        }
        const quint32 index = m_context.customers.add(fields, m_context.customers.unusedPhraseKey(), now);
        created.append(index);
        outcome.addCreated(i, identity, m_context.customers.id(index));
    }
    if (m_context.state)
        m_context.state->insertCustomers(m_context.customers, created);
    m_context.stats.countDuplicates(outcome.duplicates());
    return outcome.toJson();
}

ApiReply CustomerApi::get(const ApiCall &call)
{
    const CustomerStore &store = m_context.customers;
    quint32 index = CustomerStore::npos;
    const QString id = call.query.queryItemValue(u"id"_s, QUrl::FullyDecoded).trimmed();
    const QString email = call.query.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed();
    const QString phrase = call.query.queryItemValue(u"phrase"_s, QUrl::FullyDecoded).trimmed();
    if (!id.isEmpty()) {
        index = store.findById(id);
    } else if (!email.isEmpty()) {
        index = store.findByEmail(email.toUtf8());
    } else if (!phrase.isEmpty()) {
        if (const std::optional<quint64> key = Passphrase::key(phrase))
            index = store.findByPhrase(*key);
    } else {
        return ApiReply::error(400, u"One of id, email or phrase is required"_s);
    }
    if (index == CustomerStore::npos)
        return ApiReply::error(404, notFound);
    return ApiReply::success(200, u"Customer retrieved"_s, toJson(index));
}

ApiReply CustomerApi::getById(const ApiCall &call)
{
    const quint32 index = m_context.customers.findById(call.parameter);
    if (index == CustomerStore::npos)
        return ApiReply::error(404, notFound);
    return ApiReply::success(200, u"Customer retrieved"_s, toJson(index));
}

ApiReply CustomerApi::list(const ApiCall &call)
{
    const CustomerStore &store = m_context.customers;
    const QStringList ids = queryList(call.query, u"ids"_s);
    const QStringList phrases = queryList(call.query, u"phrases"_s);
    const bool filtered = !ids.isEmpty() || !phrases.isEmpty();
    int page = 1;
    int limit = 20;
    if (std::optional<ApiReply> error = queryNumber(call.query, u"page"_s, 1, 1, 1000000000, &page))
        return *error;
    const int fallbackLimit = filtered ? int(std::min<qsizetype>(1000, ids.size() + phrases.size())) : 20;
    if (std::optional<ApiReply> error = queryNumber(call.query, u"limit"_s, fallbackLimit, 1, 1000, &limit))
        return *error;

    QList<quint32> matches;
    if (filtered) {
        QSet<quint32> seen;
        const auto take = [&](quint32 index) {
            if (index != CustomerStore::npos && !seen.contains(index)) {
                seen.insert(index);
                matches.append(index);
            }
        };
        for (const QString &id : ids)
            take(store.findById(id));
        for (const QString &phrase : phrases) {
            if (const std::optional<quint64> key = Passphrase::key(phrase))
                take(store.findByPhrase(*key));
        }
    }
    const qsizetype total = filtered ? matches.size() : store.size();
    const bool descending = call.query.queryItemValue(u"sortOrder"_s).compare(u"desc"_s, Qt::CaseInsensitive) == 0;
    QJsonArray out;
    const qint64 first = qint64(page - 1) * limit;
    for (qint64 i = first; i < std::min<qint64>(total, first + limit); ++i) {
        const qint64 position = descending ? total - 1 - i : i;
        out.append(toJson(filtered ? matches.at(position) : quint32(position)));
    }
    return ApiReply::json(200, out); // documented as a bare array
}

ApiReply CustomerApi::patch(const ApiCall &call)
{
    QJsonObject body;
    if (std::optional<ApiReply> error = parseObject(call.body, &body))
        return *error;
    QString id;
    if (std::optional<ApiReply> error = stringMember(body, u"id"_s, true, &id))
        return *error;
    CustomerStore &store = m_context.customers;
    const quint32 index = store.findById(id);
    if (index == CustomerStore::npos)
        return ApiReply::error(404, notFound);

    QJsonObject merged = toRecord(store.fields(index));
    bool changed = false;
    for (int f = 0; f < CustomerField::Count; ++f) {
        const QString name = fieldName(RecordKind::Customers, f);
        if (!body.contains(name))
            continue;
        QString value;
        if (std::optional<ApiReply> error = stringMember(body, name, false, &value))
            return *error;
        merged.insert(name, value);
        changed = true;
    }
    if (!changed)
        return ApiReply::error(400, u"Nothing to update: give at least one customer field"_s);
    if (const std::optional<Rejection> rejection = m_context.customerChecker.check(merged))
        return ApiReply::error(400, rejection->field + u": "_s + rejection->message);
    const CustomerStore::Fields fields = normalised(merged);
    const quint32 byReference = store.findByReference(fields[CustomerField::Reference]);
    const quint32 byEmail = store.findByEmail(fields[CustomerField::Email]);
    if ((byReference != CustomerStore::npos && byReference != index)
        || (byEmail != CustomerStore::npos && byEmail != index)) {
        m_context.stats.countDuplicates(1);
        return ApiReply::error(409, u"Another customer already has this reference or email"_s);
    }
    store.replace(index, fields);
    if (m_context.state)
        m_context.state->updateCustomer(store, index);
    return ApiReply::success(200, u"Customer updated"_s, toJson(index));
}

} // namespace Peere::Sandbox
