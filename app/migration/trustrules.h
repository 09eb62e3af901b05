#pragma once

#include "common/result.h"
#include "journal/trusttypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Peere {

// How each merchant's trust level is chosen (issue 7, "Merchant trust levels"): either read from
// a column of the source file that holds the level by name (`trustLevel` by default), or from
// thresholds on a numeric column the user picks (e.g. monthly volume). A merchant whose value is
// empty or unreadable gets the default level (basic unless the rules say otherwise).
//
// `trusted` and `deviceLookupEnabled` follow the level (per-level flags: every level trusted,
// device lookup from enhanced up) unless the rules set them per level, or the source has a
// `trusted` / `deviceLookupEnabled` column with a value for that merchant.
//
// Rules files are JSON (the format is in README.md, "Trust rules"). A plain value type.
class TrustRules
{
    Q_DECLARE_TR_FUNCTIONS(Peere::TrustRules)

public:
    enum class Mode {
        LevelColumn, // the column holds basic / enhanced / premium
        Thresholds   // the column holds a number; the highest threshold reached gives the level
    };
    struct Threshold
    {
        double min = 0;
        TrustLevel level = TrustLevel::Basic;
    };
    // How a merchant's value was read.
    enum class Reading { FromColumn, Default, Unreadable };
    struct Decision
    {
        TrustSetting setting;
        Reading reading = Reading::Default;
    };

    TrustRules(); // level column `trustLevel`, default basic, standard flags

    static Result<TrustRules> fromJson(const QByteArray &json);
    static Result<TrustRules> fromFile(const QString &path);
    QByteArray toJson() const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    QString column() const { return m_column; }
    void setColumn(const QString &column) { m_column = column; }
    // Sorted highest first.
    QList<Threshold> thresholds() const { return m_thresholds; }
    void setThresholds(QList<Threshold> thresholds);
    TrustLevel defaultLevel() const { return m_default; }
    void setDefaultLevel(TrustLevel level) { m_default = level; }
    // The flags a level brings unless the source says otherwise.
    TrustSetting levelSetting(TrustLevel level) const { return m_levels[int(level)]; }
    void setLevelSetting(TrustLevel level, bool trusted, bool deviceLookupEnabled);
    static TrustSetting standardSetting(TrustLevel level);

    // The setting of one merchant, from its value in column() and its `trusted` /
    // `deviceLookupEnabled` values (empty: follow the level).
    Decision decide(QStringView value, QStringView trusted = {},
                    QStringView deviceLookupEnabled = {}) const;

    // "1,200,000.50", "NGN 1 200 000", "₦1200000" -> 1200000.5; nullopt when there is no number.
    static std::optional<double> parseAmount(QStringView text);
    // true/false, yes/no, 1/0, y/n (case ignored); nullopt when empty or anything else.
    static std::optional<bool> parseFlag(QStringView text);

private:
    Mode m_mode = Mode::LevelColumn;
    QString m_column;
    QList<Threshold> m_thresholds;
    TrustLevel m_default = TrustLevel::Basic;
    TrustSetting m_levels[trustLevelCount];
};

} // namespace Peere
