#include "schema.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QString kindName(RecordKind kind)
{
    return kind == RecordKind::Customers ? u"customers"_s : u"merchants"_s;
}

std::optional<RecordKind> kindFromName(QStringView name)
{
    if (name == u"customers" || name == u"customer")
        return RecordKind::Customers;
    if (name == u"merchants" || name == u"merchant")
        return RecordKind::Merchants;
    return std::nullopt;
}

const QList<FieldSpec> &fieldSpecs(RecordKind kind)
{
    // peere-api.md §3 and §5.
    static const QList<FieldSpec> customers = {
        {"clientRef"_L1, true, 64},
        {"firstname"_L1, true, 100},
        {"lastname"_L1, true, 100},
        {"middlename"_L1, false, 100},
        {"accountName"_L1, true, 200},
        {"email"_L1, true, 254},
        {"country"_L1, true, 0},
        {"accountNumber"_L1, true, 0},
        {"reference"_L1, true, 64},
        {"phone"_L1, false, 0},
        {"address"_L1, false, 255},
        {"gender"_L1, false, 0},
    };
    static const QList<FieldSpec> merchants = {
        {"name"_L1, true, 200},
        {"email"_L1, true, 254},
        {"phone"_L1, true, 0},
        {"address"_L1, true, 255},
        {"website"_L1, true, 0},
        {"description"_L1, false, 500},
        {"icon"_L1, false, 0},
        {"registrationNumber"_L1, false, 100},
        {"industry"_L1, false, 100},
        {"country"_L1, false, 0},
        {"state"_L1, false, 100},
    };
    return kind == RecordKind::Customers ? customers : merchants;
}

int fieldCount(RecordKind kind)
{
    return int(fieldSpecs(kind).size());
}

int fieldIndex(RecordKind kind, QStringView name)
{
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    for (int i = 0; i < specs.size(); ++i) {
        if (specs.at(i).name == name)
            return i;
    }
    return -1;
}

QString fieldName(RecordKind kind, int field)
{
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    return field >= 0 && field < specs.size() ? QString(specs.at(field).name) : QString();
}

} // namespace Peere
