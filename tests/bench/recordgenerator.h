#pragma once

#include "records/schema.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <random>

namespace Peere::Bench {

// Synthetic Peere migration input, like ../shared/data/gen_records.py (same fields, the same
// kinds of values, the same planted problems): deterministic for a seed; a share `badShare` of
// the rows after the first carries exactly one problem (an e-mail without @, an empty e-mail,
// "NGA", a local phone number, a 9-digit NUBAN, "M", an empty first name, a repeated reference;
// for merchants: " at " e-mails, websites without a scheme, empty phones and names, "Nigeria").
// For benchmarks and tests that need realistic data without reading files.
class RecordGenerator
{
public:
    explicit RecordGenerator(RecordKind kind, quint64 seed = 1, double badShare = 0.02);

    RecordKind kind() const { return m_kind; }
    // The next record's values in fieldSpecs(kind) order, written into `values` (resized to
    // fieldCount(kind); its buffers are reused from call to call).
    void next(QList<QByteArray> &values);
    qint64 rowsGenerated() const { return m_row; }

    // CSV (RFC 4180 quoting where needed, "\n" line ends) with the API field names as header.
    static QByteArray csvHeader(RecordKind kind, char delimiter = ',');
    static void appendCsvLine(QByteArray &out, const QList<QByteArray> &values,
                              char delimiter = ',');
    static QByteArray csv(RecordKind kind, qint64 rows, quint64 seed = 1, double badShare = 0.02,
                          char delimiter = ',');

private:
    void customer(QList<QByteArray> &values);
    void merchant(QList<QByteArray> &values);
    void spoilCustomer(QList<QByteArray> &values);
    void spoilMerchant(QList<QByteArray> &values);
    quint32 below(quint32 bound) { return quint32(m_random() % bound); }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }

    RecordKind m_kind;
    std::mt19937_64 m_random;
    double m_badShare;
    qint64 m_row = 0;
};

} // namespace Peere::Bench
