#include "trustrules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr TrustLevel allLevels[] = {TrustLevel::Basic, TrustLevel::Enhanced, TrustLevel::Premium};

} // namespace

TrustRules::TrustRules()
    : m_column(u"trustLevel"_s)
{
    for (TrustLevel level : allLevels)
        m_levels[int(level)] = standardSetting(level);
}

TrustSetting TrustRules::standardSetting(TrustLevel level)
{
    // The merchants being migrated are the provider's existing, vetted merchants: trusted at
    // every level. Device lookup comes with enhanced (peere-api.md §5).
    return {level, true, level >= TrustLevel::Enhanced};
}

void TrustRules::setThresholds(QList<Threshold> thresholds)
{
    std::stable_sort(thresholds.begin(), thresholds.end(),
                     [](const Threshold &a, const Threshold &b) { return a.min > b.min; });
    m_thresholds = std::move(thresholds);
}

void TrustRules::setLevelSetting(TrustLevel level, bool trusted, bool deviceLookupEnabled)
{
    m_levels[int(level)] = {level, trusted, deviceLookupEnabled};
}

Result<TrustRules> TrustRules::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("The trust rules %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    Result<TrustRules> rules = fromJson(file.readAll());
    if (!rules)
        return failure(tr("%1: %2").arg(QDir::toNativeSeparators(path), rules.error()));
    return rules;
}

Result<TrustRules> TrustRules::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return failure(tr("the trust rules must be a JSON object"));
    const QJsonObject object = document.object();
    static const QStringList known = {u"column"_s, u"thresholds"_s, u"default"_s, u"levels"_s};
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return failure(tr("unknown key \"%1\" (expected column, thresholds, default, levels)")
                               .arg(key));
    }
    TrustRules rules;
    const QJsonValue column = object.value(u"column"_s);
    if (!column.isUndefined()) {
        if (!column.isString() || column.toString().trimmed().isEmpty())
            return failure(tr("\"column\" must be the name of a column of the source file"));
        rules.m_column = column.toString().trimmed();
    }
    const QJsonValue fallback = object.value(u"default"_s);
    if (!fallback.isUndefined()) {
        const auto level = trustLevelFromName(fallback.toString());
        if (!fallback.isString() || !level)
            return failure(tr("\"default\" must be basic, enhanced or premium"));
        rules.m_default = *level;
    }
    const QJsonValue thresholds = object.value(u"thresholds"_s);
    if (!thresholds.isUndefined()) {
        if (!thresholds.isArray() || thresholds.toArray().isEmpty())
            return failure(tr("\"thresholds\" must be a list of {\"min\": number, \"level\": name}"));
        if (column.isUndefined())
            return failure(tr("thresholds need a \"column\" that holds the numbers"));
        QList<Threshold> list;
        for (const QJsonValue &item : thresholds.toArray()) {
            const QJsonObject o = item.toObject();
            const auto level = trustLevelFromName(o.value(u"level"_s).toString());
            if (!item.isObject() || !o.value(u"min"_s).isDouble() || !level)
                return failure(tr("each threshold must be {\"min\": number, \"level\": "
                                  "\"basic\" | \"enhanced\" | \"premium\"}"));
            list.append({o.value(u"min"_s).toDouble(), *level});
        }
        rules.m_mode = Mode::Thresholds;
        rules.setThresholds(list);
    }
    const QJsonValue levels = object.value(u"levels"_s);
    if (!levels.isUndefined()) {
        if (!levels.isObject())
            return failure(tr("\"levels\" must be an object keyed by level name"));
        const QJsonObject byName = levels.toObject();
        for (const QString &name : byName.keys()) {
            const auto level = trustLevelFromName(name);
            const QJsonObject flags = byName.value(name).toObject();
            if (!level || !byName.value(name).isObject())
                return failure(tr("\"levels\" has an unknown level \"%1\"").arg(name));
            TrustSetting setting = rules.m_levels[int(*level)];
            for (const QString &flag : flags.keys()) {
                const QJsonValue value = flags.value(flag);
                if (!value.isBool() || (flag != u"trusted" && flag != u"deviceLookupEnabled"))
                    return failure(tr("\"levels\".\"%1\" may hold only \"trusted\" and "
                                      "\"deviceLookupEnabled\", each true or false").arg(name));
                (flag == u"trusted" ? setting.trusted : setting.deviceLookupEnabled) = value.toBool();
            }
            rules.m_levels[int(*level)] = setting;
        }
    }
    return rules;
}

QByteArray TrustRules::toJson() const
{
    QJsonObject object{{u"column"_s, m_column}, {u"default"_s, trustLevelName(m_default)}};
    if (m_mode == Mode::Thresholds) {
        QJsonArray list;
        for (const Threshold &t : m_thresholds)
            list.append(QJsonObject{{u"min"_s, t.min}, {u"level"_s, trustLevelName(t.level)}});
        object.insert(u"thresholds"_s, list);
    }
    QJsonObject levels;
    for (TrustLevel level : allLevels) {
        const TrustSetting &s = m_levels[int(level)];
        levels.insert(trustLevelName(level),
                      QJsonObject{{u"trusted"_s, s.trusted},
                                  {u"deviceLookupEnabled"_s, s.deviceLookupEnabled}});
    }
    object.insert(u"levels"_s, levels);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

TrustRules::Decision TrustRules::decide(QStringView value, QStringView trusted,
                                        QStringView deviceLookupEnabled) const
{
    Decision decision;
    std::optional<TrustLevel> level;
    if (!value.trimmed().isEmpty()) {
        if (m_mode == Mode::LevelColumn) {
            level = trustLevelFromName(value);
        } else if (const std::optional<double> amount = parseAmount(value)) {
            level = m_default;
            for (const Threshold &t : m_thresholds) {
                if (*amount >= t.min) {
                    level = t.level;
                    break;
                }
            }
        }
        decision.reading = level ? Reading::FromColumn : Reading::Unreadable;
    }
    decision.setting = m_levels[int(level.value_or(m_default))];
    if (const std::optional<bool> flag = parseFlag(trusted))
        decision.setting.trusted = *flag;
    if (const std::optional<bool> flag = parseFlag(deviceLookupEnabled))
        decision.setting.deviceLookupEnabled = *flag;
    return decision;
}

std::optional<double> TrustRules::parseAmount(QStringView text)
{
    // Digits, one decimal point and a leading minus; grouping (comma, space, apostrophe,
    // underscore) and currency signs or codes are dropped.
    QString number;
    bool seenDigit = false;
    for (const QChar c : text.trimmed()) {
        if (c.isDigit()) {
            number += c;
            seenDigit = true;
        } else if (c == u'.') {
            number += c;
        } else if (c == u'-' && !seenDigit && number.isEmpty()) {
            number += c;
        } else if (c == u',' || c.isSpace() || c == u'\'' || c == u'_' || c.isLetter()
                   || c.category() == QChar::Symbol_Currency) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<bool> TrustRules::parseFlag(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"true" || t == u"yes" || t == u"1" || t == u"y")
        return true;
    if (t == u"false" || t == u"no" || t == u"0" || t == u"n")
        return false;
    return std::nullopt;
}

} // namespace Peere
