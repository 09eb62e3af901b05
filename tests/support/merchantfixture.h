#pragma once
// Shared by the trust and notification tests: a merchants' source file with the columns the
// journal does not keep (monthlyVolume, trustLevel, trusted), whose levels are known exactly.

#include <QFile>
#include <QString>

namespace MerchantFixture {

// Row i (1-based) of `rows`:
// - monthlyVolume: i % 3 == 0 -> "1,500,000" (premium at >= 1,000,000), i % 3 == 1 -> "250000"
//   (enhanced at >= 100,000), i % 3 == 2 -> "5 000" (basic); except row 17: empty, row 18: "n/a";
// - trustLevel: rows 1-4 "premium", 5-10 "Enhanced", 11 "gold" (unreadable), the others empty;
// - trusted: "no" on row 3, empty elsewhere.
inline QString writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("name,email,phone,address,website,monthlyVolume,trustLevel,trusted\n");
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray volume = i % 3 == 0 ? "\"1,500,000\"" : i % 3 == 1 ? "250000" : "5 000";
        if (i == 17)
            volume = "";
        if (i == 18)
            volume = "n/a";
        const QByteArray level = i <= 4 ? "premium" : i <= 10 ? "Enhanced" : i == 11 ? "gold" : "";
        file.write("Shop " + n + ",shop" + n + "@merchants.example.com,+23480300" + QByteArray::number(10000 + i)
                   + ",\"" + n + " Marina Road, Lagos\",https://shop" + n + ".example.com," + volume
                   + "," + level + "," + (i == 3 ? "no" : "") + "\n");
    }
    return path;
}

// The rules file of the monthlyVolume thresholds.
inline QString writeRules(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({
  "column": "monthlyVolume",
  "thresholds": [
    {"min": 100000, "level": "enhanced"},
    {"min": 1000000, "level": "premium"}
  ],
  "default": "basic"
})");
    return path;
}

} // namespace MerchantFixture
