#include "merchantapi.h"

#include "batchoutcome.h"
#include "requestparsing.h"

#include <QDateTime>
#include <QSet>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

MerchantApi::MerchantApi(SandboxContext &context)
    : BatchApi(context, RecordKind::Merchants)
{}

Merchant MerchantApi::normalised(const QJsonObject &record)
{
    Merchant merchant;
    for (int f = 0; f < MerchantField::Count; ++f) {
        QString value = record.value(fieldName(RecordKind::Merchants, f)).toString().trimmed();
        if (f == MerchantField::Country)
            value = value.toUpper();
        merchant.fields[f] = value;
    }
    return merchant;
}

QJsonObject MerchantApi::toRecord(const Merchant &merchant)
{
    QJsonObject record;
    for (int f = 0; f < MerchantField::Count; ++f) {
        if (!merchant.fields[f].isEmpty())
            record.insert(fieldName(RecordKind::Merchants, f), merchant.fields[f]);
    }
    return record;
}

std::optional<ApiReply> MerchantApi::findMerchant(const SandboxContext &context, const QString &id,
                                                  quint32 *index)
{
    if (id.isEmpty())
        return ApiReply::error(400, u"entityId is required"_s);
    *index = context.merchants.findById(id);
    if (*index == MerchantStore::npos)
        return ApiReply::error(404, u"Merchant not found"_s);
    return std::nullopt;
}

QByteArray MerchantApi::process(const QJsonArray &records, const QString &batchId)
{
    BatchOutcome outcome(RecordKind::Merchants, batchId, m_context.options.docsOnly);
    QList<quint32> created;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        const BatchOutcome::Identity identity{
            {{"email"_L1, record.value(u"email"_s).toString().trimmed().toUtf8()},
             {"name"_L1, record.value(u"name"_s).toString().trimmed().toUtf8()}}};
        if (const std::optional<Rejection> rejection = m_context.merchantChecker.check(record)) {
            outcome.addInvalid(i, identity, *rejection);
            continue;
        }
        Merchant merchant = normalised(record);
        const quint32 duplicate = m_context.merchants.findByEmail(merchant.fields[MerchantField::Email]);
        if (duplicate != MerchantStore::npos) {
            outcome.addDuplicate(i, identity, m_context.merchants.id(duplicate));
            continue;
        }
        merchant.createdMs = now;
        const quint32 index = m_context.merchants.add(merchant);
        created.append(index);
        outcome.addCreated(i, identity, m_context.merchants.id(index));
    }
    if (m_context.state)
        m_context.state->saveMerchants(m_context.merchants, created);
    m_context.stats.countDuplicates(outcome.duplicates());
    return outcome.toJson();
}

ApiReply MerchantApi::get(const ApiCall &call)
{
    QString id = call.query.queryItemValue(u"entityId"_s, QUrl::FullyDecoded).trimmed();
    if (id.isEmpty())
        id = call.query.queryItemValue(u"id"_s, QUrl::FullyDecoded).trimmed();
    quint32 index = 0;
    if (std::optional<ApiReply> error = findMerchant(m_context, id, &index))
        return *error;
    return ApiReply::success(200, u"Merchant retrieved"_s,
                             m_context.merchants.toJson(index, !m_context.options.docsOnly));
}

ApiReply MerchantApi::list(const ApiCall &call)
{
    const MerchantStore &store = m_context.merchants;
    const QStringList ids = queryList(call.query, u"ids"_s);
    // [convention] emails=: lets a client find what it sent without paging through everything.
    const QStringList emails = m_context.options.docsOnly ? QStringList()
                                                          : queryList(call.query, u"emails"_s);
    const QString trustedText = call.query.queryItemValue(u"trusted"_s).trimmed().toLower();
    if (!trustedText.isEmpty() && trustedText != u"true" && trustedText != u"false")
        return ApiReply::error(400, u"trusted must be true or false"_s);
    int limit = 20;
    int offset = 0;
    if (std::optional<ApiReply> error = queryNumber(call.query, u"limit"_s, 20, 1, 1000, &limit))
        return *error;
    if (std::optional<ApiReply> error = queryNumber(call.query, u"offset"_s, 0, 0, 2000000000, &offset))
        return *error;

    QList<quint32> candidates;
    if (!ids.isEmpty() || !emails.isEmpty()) {
        QSet<quint32> seen;
        const auto take = [&](quint32 index) {
            if (index != MerchantStore::npos && !seen.contains(index)) {
                seen.insert(index);
                candidates.append(index);
            }
        };
        for (const QString &id : ids)
            take(store.findById(id));
        for (const QString &email : emails)
            take(store.findByEmail(email));
    } else {
        for (quint32 i = 0; i < quint32(store.size()); ++i)
            candidates.append(i);
    }
    QJsonArray merchants;
    qint64 total = 0;
    for (quint32 index : std::as_const(candidates)) {
        if (!trustedText.isEmpty() && store.at(index).trusted != (trustedText == u"true"))
            continue;
        if (total >= offset && merchants.size() < limit)
            merchants.append(store.toJson(index, !m_context.options.docsOnly));
        ++total;
    }
    return ApiReply::success(200, u"Merchants retrieved"_s,
                             QJsonObject{{u"merchants"_s, merchants}, {u"total"_s, total}});
}

ApiReply MerchantApi::patch(const ApiCall &call)
{
    QJsonObject body;
    if (std::optional<ApiReply> error = parseObject(call.body, &body))
        return *error;
    QString id;
    if (std::optional<ApiReply> error = stringMember(body, u"entityId"_s, false, &id))
        return *error;
    if (id.isEmpty()) {
        if (std::optional<ApiReply> error = stringMember(body, u"id"_s, false, &id))
            return *error;
    }
    quint32 index = 0;
    if (std::optional<ApiReply> error = findMerchant(m_context, id, &index))
        return *error;
    const Merchant &current = m_context.merchants.at(index);
    QJsonObject merged = toRecord(current);
    bool changed = false;
    for (int f = 0; f < MerchantField::Count; ++f) {
        const QString name = fieldName(RecordKind::Merchants, f);
        if (!body.contains(name))
            continue;
        QString value;
        if (std::optional<ApiReply> error = stringMember(body, name, false, &value))
            return *error;
        merged.insert(name, value);
        changed = true;
    }
    if (!changed)
        return ApiReply::error(400, u"Nothing to update: give at least one merchant field"_s);
    if (const std::optional<Rejection> rejection = m_context.merchantChecker.check(merged))
        return ApiReply::error(400, rejection->field + u": "_s + rejection->message);
    Merchant updated = normalised(merged);
    updated.trusted = current.trusted;
    updated.trustLevel = current.trustLevel;
    updated.deviceLookupEnabled = current.deviceLookupEnabled;
    updated.createdMs = current.createdMs;
    updated.lastVerifiedMs = current.lastVerifiedMs;
    const quint32 byEmail = m_context.merchants.findByEmail(updated.fields[MerchantField::Email]);
    if (byEmail != MerchantStore::npos && byEmail != index) {
        m_context.stats.countDuplicates(1);
        return ApiReply::error(409, u"Another merchant already has this email"_s);
    }
    m_context.merchants.replace(index, updated);
    if (m_context.state)
        m_context.state->saveMerchants(m_context.merchants, {index});
    return ApiReply::success(200, u"Merchant updated"_s,
                             m_context.merchants.toJson(index, !m_context.options.docsOnly));
}

} // namespace Peere::Sandbox
