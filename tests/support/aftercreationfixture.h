#pragma once
// Shared by the failure triage tests (core and page): a customers' migration whose device links
// failed and a merchants' migration whose trust levels could not all be set, made with
// peere-migrate (in-process: run, link-devices, trust) against a sandbox over loopback. What
// fails is planted, so the groups are known exactly.
//
// Customers AFC1..AFC8; AFC7's e-mail (ngozi7-at-example.com) fails validation: the only
// record not migrated. The devices file:
//   row 1  AFC1  dev-1a, dev-1b          linked
//   row 2  AFC2  dev-2, AFC3's phrase    refused: HTTP 400 (the phrase is not the customer's)
//   row 3  AFC4  dev-4, AFC3's phrase    refused: HTTP 400
//   row 4  NOPE1 dev-x                   device.unknownCustomer
//   row 5  NOPE2 dev-y                   device.unknownCustomer
//   row 6  AFC5  (no device)             device.empty
//   row 7  AFC6  dev-6                   refused: HTTP 404 (AFC6's id in the journal is not the
//                                        server's: see plantedId)
//   row 8  AFC7  dev-7                   device.notMigrated (linked once AFC7 is fixed and sent)
// Merchants (MerchantFixture, 6 rows), their trust from the source's trustLevel column (rows 1-4
// premium, 5-6 enhanced); rows 2 and 4 have an id the server does not know: HTTP 404.
#include "../core/sandboxtestclient.h"
#include "inprocesscli.h"
#include "merchantfixture.h"

#include "journal/journal.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace AfterCreationFixture {

using namespace Qt::Literals::StringLiterals;

inline const QString wrongPhraseCause = u"HTTP 400: The phrase does not belong to this customer"_s;
inline const QString goneCustomerCause = u"HTTP 404: the customer is not on the server"_s;
inline const QString goneMerchantCause = u"HTTP 404: Merchant not found"_s;
inline const QString notMigratedCause = u"device.notMigrated"_s;

// Planted: the prefix that makes a server id unknown to the server; removing it is the fix.
inline const QString plantedId = u"gone-"_s;

inline bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

inline int migrate(const QStringList &arguments, const QString &key, QString *out = nullptr)
{
    qputenv("PEERE_API_KEY", key.toUtf8());
    QString err;
    const int code = runPeereMigrate(arguments, out, &err);
    if (code > 1)
        qWarning() << arguments.first() << code << err;
    return code;
}

// Makes the server ids of `where` (an SQL condition on records) unknown to the server, or
// (undo) known again.
inline bool plant(const QString &journal, const QString &where, bool undo = false)
{
    auto opened = Peere::Journal::open(journal, Peere::Journal::OpenMode::Existing);
    if (!opened)
        return false;
    QSqlQuery query((*opened)->database());
    return undo ? query.exec(u"UPDATE records SET server_id = substr(server_id, %1) WHERE "_s.arg(
                                 plantedId.size() + 1)
                             + where)
                : query.exec(u"UPDATE records SET server_id = '"_s + plantedId
                             + u"' || server_id WHERE "_s + where);
}

inline QStringList rates(const QUrl &baseUrl)
{
    return {u"--base-url"_s, baseUrl.toString(), u"--rate"_s, u"0"_s, u"--standard-rate"_s,
            u"0"_s, u"--status-rate"_s, u"0"_s};
}

// The customers' journal in `dir` after the devices file above was linked; empty on failure.
inline QString customers(const QString &dir, const QUrl &baseUrl)
{
    QByteArray csv = "clientRef,firstname,lastname,accountName,email,country,accountNumber,"
                     "reference,phone\n";
    for (int i = 1; i <= 8; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "AFC" + n + ",Ngozi,Eze,Ngozi Eze " + n + ",ngozi" + n
               + (i == 7 ? "-at-example.com" : "@example.com") + ",NG,"
               + QByteArray::number(4100000000LL + i) + ",AFREF" + n + ",+2348031000" + n.rightJustified(3, '0')
               + "\n";
    }
    const QString source = dir + u"/customers.csv"_s;
    const QString journal = dir + u"/customers.peere"_s;
    if (!writeFile(source, csv)
        || migrate(QStringList{u"run"_s, source, u"--journal"_s, journal, u"--kind"_s,
                               u"customers"_s, u"--gate"_s, u"0"_s}
                       + rates(baseUrl),
                   SandboxTest::bankKey)
               != 1)
        return {};
    SandboxTest::Client api(baseUrl);
    const QByteArray phrase3 = api.get(u"/v1/bank/customer?email=ngozi3@example.com"_s)
                                   .data()
                                   .value(u"phrase"_s)
                                   .toString()
                                   .toUtf8();
    if (phrase3.isEmpty() || !plant(journal, u"row = 6"_s))
        return {};
    const QString devices = dir + u"/devices.csv"_s;
    const QByteArray rows = "clientRef,deviceId,deviceId2,phrase\n"
                            "AFC1,dev-1a,dev-1b,\n"
                            "AFC2,dev-2,," + phrase3 + "\n"
                            "AFC4,dev-4,," + phrase3 + "\n"
                            "NOPE1,dev-x,,\n"
                            "NOPE2,dev-y,,\n"
                            "AFC5,,,\n"
                            "AFC6,dev-6,,\n"
                            "AFC7,dev-7,,\n";
    if (!writeFile(devices, rows))
        return {};
    if (migrate({u"link-devices"_s, u"--journal"_s, journal, devices, u"--base-url"_s,
                 baseUrl.toString(), u"--standard-rate"_s, u"0"_s},
                SandboxTest::bankKey)
        != 1)
        return {};
    return journal;
}

// The merchants' journal in `dir` after trust was applied; empty on failure.
inline QString merchants(const QString &dir, const QUrl &baseUrl)
{
    const QString source = MerchantFixture::writeCsv(dir + u"/merchants.csv"_s, 6);
    const QString journal = dir + u"/merchants.peere"_s;
    if (source.isEmpty()
        || migrate(QStringList{u"run"_s, source, u"--journal"_s, journal, u"--kind"_s,
                               u"merchants"_s}
                       + rates(baseUrl),
                   SandboxTest::providerKey)
               != 0
        || !plant(journal, u"row IN (2, 4)"_s))
        return {};
    if (migrate({u"trust"_s, u"--journal"_s, journal, u"--base-url"_s, baseUrl.toString(),
                 u"--standard-rate"_s, u"0"_s},
                SandboxTest::providerKey)
        != 1)
        return {};
    return journal;
}

// Every device the sandbox holds, as "customerId/deviceId".
inline QStringList serverDevices(const QUrl &baseUrl)
{
    SandboxTest::Client api(baseUrl);
    QStringList all;
    const QJsonObject data = api.get(u"/v1/bank/devices/list?page=1&limit=100"_s).data();
    for (const QJsonValue &value : data.value(u"devices"_s).toArray())
        all.append(value[u"customerId"_s].toString() + u'/' + value[u"deviceId"_s].toString());
    return all;
}

} // namespace AfterCreationFixture
