#include "iso3166.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace Peere::Iso3166 {

using namespace Qt::Literals::StringLiterals;

namespace {

// ISO 3166-1, officially assigned codes (ISO 3166 Maintenance Agency), with English short names.
const Country table[] = {
    {"AD"_L1, "AND"_L1, "Andorra"},
    {"AE"_L1, "ARE"_L1, "United Arab Emirates"},
    {"AF"_L1, "AFG"_L1, "Afghanistan"},
    {"AG"_L1, "ATG"_L1, "Antigua and Barbuda"},
    {"AI"_L1, "AIA"_L1, "Anguilla"},
    {"AL"_L1, "ALB"_L1, "Albania"},
    {"AM"_L1, "ARM"_L1, "Armenia"},
    {"AO"_L1, "AGO"_L1, "Angola"},
    {"AQ"_L1, "ATA"_L1, "Antarctica"},
    {"AR"_L1, "ARG"_L1, "Argentina"},
    {"AS"_L1, "ASM"_L1, "American Samoa"},
    {"AT"_L1, "AUT"_L1, "Austria"},
    {"AU"_L1, "AUS"_L1, "Australia"},
    {"AW"_L1, "ABW"_L1, "Aruba"},
    {"AX"_L1, "ALA"_L1, "Åland Islands"},
    {"AZ"_L1, "AZE"_L1, "Azerbaijan"},
    {"BA"_L1, "BIH"_L1, "Bosnia and Herzegovina"},
    {"BB"_L1, "BRB"_L1, "Barbados"},
    {"BD"_L1, "BGD"_L1, "Bangladesh"},
    {"BE"_L1, "BEL"_L1, "Belgium"},
    {"BF"_L1, "BFA"_L1, "Burkina Faso"},
    {"BG"_L1, "BGR"_L1, "Bulgaria"},
    {"BH"_L1, "BHR"_L1, "Bahrain"},
    {"BI"_L1, "BDI"_L1, "Burundi"},
    {"BJ"_L1, "BEN"_L1, "Benin"},
    {"BL"_L1, "BLM"_L1, "Saint Barthélemy"},
    {"BM"_L1, "BMU"_L1, "Bermuda"},
    {"BN"_L1, "BRN"_L1, "Brunei Darussalam"},
    {"BO"_L1, "BOL"_L1, "Bolivia (Plurinational State of)"},
    {"BQ"_L1, "BES"_L1, "Bonaire, Sint Eustatius and Saba"},
    {"BR"_L1, "BRA"_L1, "Brazil"},
    {"BS"_L1, "BHS"_L1, "Bahamas"},
    {"BT"_L1, "BTN"_L1, "Bhutan"},
    {"BV"_L1, "BVT"_L1, "Bouvet Island"},
    {"BW"_L1, "BWA"_L1, "Botswana"},
    {"BY"_L1, "BLR"_L1, "Belarus"},
    {"BZ"_L1, "BLZ"_L1, "Belize"},
    {"CA"_L1, "CAN"_L1, "Canada"},
    {"CC"_L1, "CCK"_L1, "Cocos (Keeling) Islands"},
    {"CD"_L1, "COD"_L1, "Congo, Democratic Republic of the"},
    {"CF"_L1, "CAF"_L1, "Central African Republic"},
    {"CG"_L1, "COG"_L1, "Congo"},
    {"CH"_L1, "CHE"_L1, "Switzerland"},
    {"CI"_L1, "CIV"_L1, "Côte d'Ivoire"},
    {"CK"_L1, "COK"_L1, "Cook Islands"},
    {"CL"_L1, "CHL"_L1, "Chile"},
    {"CM"_L1, "CMR"_L1, "Cameroon"},
    {"CN"_L1, "CHN"_L1, "China"},
    {"CO"_L1, "COL"_L1, "Colombia"},
    {"CR"_L1, "CRI"_L1, "Costa Rica"},
    {"CU"_L1, "CUB"_L1, "Cuba"},
    {"CV"_L1, "CPV"_L1, "Cabo Verde"},
    {"CW"_L1, "CUW"_L1, "Curaçao"},
    {"CX"_L1, "CXR"_L1, "Christmas Island"},
    {"CY"_L1, "CYP"_L1, "Cyprus"},
    {"CZ"_L1, "CZE"_L1, "Czechia"},
    {"DE"_L1, "DEU"_L1, "Germany"},
    {"DJ"_L1, "DJI"_L1, "Djibouti"},
    {"DK"_L1, "DNK"_L1, "Denmark"},
    {"DM"_L1, "DMA"_L1, "Dominica"},
    {"DO"_L1, "DOM"_L1, "Dominican Republic"},
    {"DZ"_L1, "DZA"_L1, "Algeria"},
    {"EC"_L1, "ECU"_L1, "Ecuador"},
    {"EE"_L1, "EST"_L1, "Estonia"},
    {"EG"_L1, "EGY"_L1, "Egypt"},
    {"EH"_L1, "ESH"_L1, "Western Sahara"},
    {"ER"_L1, "ERI"_L1, "Eritrea"},
    {"ES"_L1, "ESP"_L1, "Spain"},
    {"ET"_L1, "ETH"_L1, "Ethiopia"},
    {"FI"_L1, "FIN"_L1, "Finland"},
    {"FJ"_L1, "FJI"_L1, "Fiji"},
    {"FK"_L1, "FLK"_L1, "Falkland Islands (Malvinas)"},
    {"FM"_L1, "FSM"_L1, "Micronesia (Federated States of)"},
    {"FO"_L1, "FRO"_L1, "Faroe Islands"},
    {"FR"_L1, "FRA"_L1, "France"},
    {"GA"_L1, "GAB"_L1, "Gabon"},
    {"GB"_L1, "GBR"_L1, "United Kingdom of Great Britain and Northern Ireland"},
    {"GD"_L1, "GRD"_L1, "Grenada"},
    {"GE"_L1, "GEO"_L1, "Georgia"},
    {"GF"_L1, "GUF"_L1, "French Guiana"},
    {"GG"_L1, "GGY"_L1, "Guernsey"},
    {"GH"_L1, "GHA"_L1, "Ghana"},
    {"GI"_L1, "GIB"_L1, "Gibraltar"},
    {"GL"_L1, "GRL"_L1, "Greenland"},
    {"GM"_L1, "GMB"_L1, "Gambia"},
    {"GN"_L1, "GIN"_L1, "Guinea"},
    {"GP"_L1, "GLP"_L1, "Guadeloupe"},
    {"GQ"_L1, "GNQ"_L1, "Equatorial Guinea"},
    {"GR"_L1, "GRC"_L1, "Greece"},
    {"GS"_L1, "SGS"_L1, "South Georgia and the South Sandwich Islands"},
    {"GT"_L1, "GTM"_L1, "Guatemala"},
    {"GU"_L1, "GUM"_L1, "Guam"},
    {"GW"_L1, "GNB"_L1, "Guinea-Bissau"},
    {"GY"_L1, "GUY"_L1, "Guyana"},
    {"HK"_L1, "HKG"_L1, "Hong Kong"},
    {"HM"_L1, "HMD"_L1, "Heard Island and McDonald Islands"},
    {"HN"_L1, "HND"_L1, "Honduras"},
    {"HR"_L1, "HRV"_L1, "Croatia"},
    {"HT"_L1, "HTI"_L1, "Haiti"},
    {"HU"_L1, "HUN"_L1, "Hungary"},
    {"ID"_L1, "IDN"_L1, "Indonesia"},
    {"IE"_L1, "IRL"_L1, "Ireland"},
    {"IL"_L1, "ISR"_L1, "Israel"},
    {"IM"_L1, "IMN"_L1, "Isle of Man"},
    {"IN"_L1, "IND"_L1, "India"},
    {"IO"_L1, "IOT"_L1, "British Indian Ocean Territory"},
    {"IQ"_L1, "IRQ"_L1, "Iraq"},
    {"IR"_L1, "IRN"_L1, "Iran (Islamic Republic of)"},
    {"IS"_L1, "ISL"_L1, "Iceland"},
    {"IT"_L1, "ITA"_L1, "Italy"},
    {"JE"_L1, "JEY"_L1, "Jersey"},
    {"JM"_L1, "JAM"_L1, "Jamaica"},
    {"JO"_L1, "JOR"_L1, "Jordan"},
    {"JP"_L1, "JPN"_L1, "Japan"},
    {"KE"_L1, "KEN"_L1, "Kenya"},
    {"KG"_L1, "KGZ"_L1, "Kyrgyzstan"},
    {"KH"_L1, "KHM"_L1, "Cambodia"},
    {"KI"_L1, "KIR"_L1, "Kiribati"},
    {"KM"_L1, "COM"_L1, "Comoros"},
    {"KN"_L1, "KNA"_L1, "Saint Kitts and Nevis"},
    {"KP"_L1, "PRK"_L1, "Korea (Democratic People's Republic of)"},
    {"KR"_L1, "KOR"_L1, "Korea, Republic of"},
    {"KW"_L1, "KWT"_L1, "Kuwait"},
    {"KY"_L1, "CYM"_L1, "Cayman Islands"},
    {"KZ"_L1, "KAZ"_L1, "Kazakhstan"},
    {"LA"_L1, "LAO"_L1, "Lao People's Democratic Republic"},
    {"LB"_L1, "LBN"_L1, "Lebanon"},
    {"LC"_L1, "LCA"_L1, "Saint Lucia"},
    {"LI"_L1, "LIE"_L1, "Liechtenstein"},
    {"LK"_L1, "LKA"_L1, "Sri Lanka"},
    {"LR"_L1, "LBR"_L1, "Liberia"},
    {"LS"_L1, "LSO"_L1, "Lesotho"},
    {"LT"_L1, "LTU"_L1, "Lithuania"},
    {"LU"_L1, "LUX"_L1, "Luxembourg"},
    {"LV"_L1, "LVA"_L1, "Latvia"},
    {"LY"_L1, "LBY"_L1, "Libya"},
    {"MA"_L1, "MAR"_L1, "Morocco"},
    {"MC"_L1, "MCO"_L1, "Monaco"},
    {"MD"_L1, "MDA"_L1, "Moldova, Republic of"},
    {"ME"_L1, "MNE"_L1, "Montenegro"},
    {"MF"_L1, "MAF"_L1, "Saint Martin (French part)"},
    {"MG"_L1, "MDG"_L1, "Madagascar"},
    {"MH"_L1, "MHL"_L1, "Marshall Islands"},
    {"MK"_L1, "MKD"_L1, "North Macedonia"},
    {"ML"_L1, "MLI"_L1, "Mali"},
    {"MM"_L1, "MMR"_L1, "Myanmar"},
    {"MN"_L1, "MNG"_L1, "Mongolia"},
    {"MO"_L1, "MAC"_L1, "Macao"},
    {"MP"_L1, "MNP"_L1, "Northern Mariana Islands"},
    {"MQ"_L1, "MTQ"_L1, "Martinique"},
    {"MR"_L1, "MRT"_L1, "Mauritania"},
    {"MS"_L1, "MSR"_L1, "Montserrat"},
    {"MT"_L1, "MLT"_L1, "Malta"},
    {"MU"_L1, "MUS"_L1, "Mauritius"},
    {"MV"_L1, "MDV"_L1, "Maldives"},
    {"MW"_L1, "MWI"_L1, "Malawi"},
    {"MX"_L1, "MEX"_L1, "Mexico"},
    {"MY"_L1, "MYS"_L1, "Malaysia"},
    {"MZ"_L1, "MOZ"_L1, "Mozambique"},
    {"NA"_L1, "NAM"_L1, "Namibia"},
    {"NC"_L1, "NCL"_L1, "New Caledonia"},
    {"NE"_L1, "NER"_L1, "Niger"},
    {"NF"_L1, "NFK"_L1, "Norfolk Island"},
    {"NG"_L1, "NGA"_L1, "Nigeria"},
    {"NI"_L1, "NIC"_L1, "Nicaragua"},
    {"NL"_L1, "NLD"_L1, "Netherlands"},
    {"NO"_L1, "NOR"_L1, "Norway"},
    {"NP"_L1, "NPL"_L1, "Nepal"},
    {"NR"_L1, "NRU"_L1, "Nauru"},
    {"NU"_L1, "NIU"_L1, "Niue"},
    {"NZ"_L1, "NZL"_L1, "New Zealand"},
    {"OM"_L1, "OMN"_L1, "Oman"},
    {"PA"_L1, "PAN"_L1, "Panama"},
    {"PE"_L1, "PER"_L1, "Peru"},
    {"PF"_L1, "PYF"_L1, "French Polynesia"},
    {"PG"_L1, "PNG"_L1, "Papua New Guinea"},
    {"PH"_L1, "PHL"_L1, "Philippines"},
    {"PK"_L1, "PAK"_L1, "Pakistan"},
    {"PL"_L1, "POL"_L1, "Poland"},
    {"PM"_L1, "SPM"_L1, "Saint Pierre and Miquelon"},
    {"PN"_L1, "PCN"_L1, "Pitcairn"},
    {"PR"_L1, "PRI"_L1, "Puerto Rico"},
    {"PS"_L1, "PSE"_L1, "Palestine, State of"},
    {"PT"_L1, "PRT"_L1, "Portugal"},
    {"PW"_L1, "PLW"_L1, "Palau"},
    {"PY"_L1, "PRY"_L1, "Paraguay"},
    {"QA"_L1, "QAT"_L1, "Qatar"},
    {"RE"_L1, "REU"_L1, "Réunion"},
    {"RO"_L1, "ROU"_L1, "Romania"},
    {"RS"_L1, "SRB"_L1, "Serbia"},
    {"RU"_L1, "RUS"_L1, "Russian Federation"},
    {"RW"_L1, "RWA"_L1, "Rwanda"},
    {"SA"_L1, "SAU"_L1, "Saudi Arabia"},
    {"SB"_L1, "SLB"_L1, "Solomon Islands"},
    {"SC"_L1, "SYC"_L1, "Seychelles"},
    {"SD"_L1, "SDN"_L1, "Sudan"},
    {"SE"_L1, "SWE"_L1, "Sweden"},
    {"SG"_L1, "SGP"_L1, "Singapore"},
    {"SH"_L1, "SHN"_L1, "Saint Helena, Ascension and Tristan da Cunha"},
    {"SI"_L1, "SVN"_L1, "Slovenia"},
    {"SJ"_L1, "SJM"_L1, "Svalbard and Jan Mayen"},
    {"SK"_L1, "SVK"_L1, "Slovakia"},
    {"SL"_L1, "SLE"_L1, "Sierra Leone"},
    {"SM"_L1, "SMR"_L1, "San Marino"},
    {"SN"_L1, "SEN"_L1, "Senegal"},
    {"SO"_L1, "SOM"_L1, "Somalia"},
    {"SR"_L1, "SUR"_L1, "Suriname"},
    {"SS"_L1, "SSD"_L1, "South Sudan"},
    {"ST"_L1, "STP"_L1, "Sao Tome and Principe"},
    {"SV"_L1, "SLV"_L1, "El Salvador"},
    {"SX"_L1, "SXM"_L1, "Sint Maarten (Dutch part)"},
    {"SY"_L1, "SYR"_L1, "Syrian Arab Republic"},
    {"SZ"_L1, "SWZ"_L1, "Eswatini"},
    {"TC"_L1, "TCA"_L1, "Turks and Caicos Islands"},
    {"TD"_L1, "TCD"_L1, "Chad"},
    {"TF"_L1, "ATF"_L1, "French Southern Territories"},
    {"TG"_L1, "TGO"_L1, "Togo"},
    {"TH"_L1, "THA"_L1, "Thailand"},
    {"TJ"_L1, "TJK"_L1, "Tajikistan"},
    {"TK"_L1, "TKL"_L1, "Tokelau"},
    {"TL"_L1, "TLS"_L1, "Timor-Leste"},
    {"TM"_L1, "TKM"_L1, "Turkmenistan"},
    {"TN"_L1, "TUN"_L1, "Tunisia"},
    {"TO"_L1, "TON"_L1, "Tonga"},
    {"TR"_L1, "TUR"_L1, "Türkiye"},
    {"TT"_L1, "TTO"_L1, "Trinidad and Tobago"},
    {"TV"_L1, "TUV"_L1, "Tuvalu"},
    {"TW"_L1, "TWN"_L1, "Taiwan, Province of China"},
    {"TZ"_L1, "TZA"_L1, "Tanzania, United Republic of"},
    {"UA"_L1, "UKR"_L1, "Ukraine"},
    {"UG"_L1, "UGA"_L1, "Uganda"},
    {"UM"_L1, "UMI"_L1, "United States Minor Outlying Islands"},
    {"US"_L1, "USA"_L1, "United States of America"},
    {"UY"_L1, "URY"_L1, "Uruguay"},
    {"UZ"_L1, "UZB"_L1, "Uzbekistan"},
    {"VA"_L1, "VAT"_L1, "Holy See"},
    {"VC"_L1, "VCT"_L1, "Saint Vincent and the Grenadines"},
    {"VE"_L1, "VEN"_L1, "Venezuela (Bolivarian Republic of)"},
    {"VG"_L1, "VGB"_L1, "Virgin Islands (British)"},
    {"VI"_L1, "VIR"_L1, "Virgin Islands (U.S.)"},
    {"VN"_L1, "VNM"_L1, "Viet Nam"},
    {"VU"_L1, "VUT"_L1, "Vanuatu"},
    {"WF"_L1, "WLF"_L1, "Wallis and Futuna"},
    {"WS"_L1, "WSM"_L1, "Samoa"},
    {"YE"_L1, "YEM"_L1, "Yemen"},
    {"YT"_L1, "MYT"_L1, "Mayotte"},
    {"ZA"_L1, "ZAF"_L1, "South Africa"},
    {"ZM"_L1, "ZMB"_L1, "Zambia"},
    {"ZW"_L1, "ZWE"_L1, "Zimbabwe"},
};
static_assert(std::size(table) == 249, "ISO 3166-1 has 249 officially assigned codes");

// Names banks use that are not the ISO short name: short English forms and French names.
struct Variant
{
    const char *text; // UTF-8
    const char alpha2[3];
};
const Variant variants[] = {
    {"Nigéria", "NG"}, {"Federal Republic of Nigeria", "NG"}, {"Ghana", "GH"},
    {"United Kingdom", "GB"}, {"UK", "GB"}, {"U.K.", "GB"}, {"Great Britain", "GB"},
    {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"},
    {"Northern Ireland", "GB"}, {"Royaume-Uni", "GB"}, {"Angleterre", "GB"},
    {"Grande-Bretagne", "GB"}, {"United States", "US"}, {"USA", "US"}, {"U.S.A.", "US"},
    {"U.S.", "US"}, {"America", "US"}, {"États-Unis", "US"}, {"Etats-Unis d'Amérique", "US"},
    {"Ivory Coast", "CI"}, {"Côte-d'Ivoire", "CI"}, {"Cameroun", "CM"}, {"Sénégal", "SN"},
    {"Bénin", "BJ"}, {"Allemagne", "DE"}, {"Espagne", "ES"}, {"Afrique du Sud", "ZA"},
    {"Égypte", "EG"}, {"Maroc", "MA"}, {"Algérie", "DZ"}, {"Tunisie", "TN"}, {"Chine", "CN"},
    {"Inde", "IN"}, {"Japon", "JP"}, {"Italie", "IT"}, {"Belgique", "BE"}, {"Suisse", "CH"},
    {"Pays-Bas", "NL"}, {"Holland", "NL"}, {"The Netherlands", "NL"}, {"Russia", "RU"},
    {"Russie", "RU"}, {"South Korea", "KR"}, {"Korea", "KR"}, {"Corée du Sud", "KR"},
    {"North Korea", "KP"}, {"Corée du Nord", "KP"}, {"Iran", "IR"}, {"Syria", "SY"},
    {"Syrie", "SY"}, {"Vietnam", "VN"}, {"Laos", "LA"}, {"Bolivia", "BO"}, {"Bolivie", "BO"},
    {"Venezuela", "VE"}, {"Tanzania", "TZ"}, {"Tanzanie", "TZ"}, {"Moldova", "MD"},
    {"Moldavie", "MD"}, {"Czech Republic", "CZ"}, {"Tchéquie", "CZ"},
    {"République tchèque", "CZ"}, {"Turkey", "TR"}, {"Turquie", "TR"}, {"Macedonia", "MK"},
    {"Macédoine du Nord", "MK"}, {"Swaziland", "SZ"}, {"Cape Verde", "CV"}, {"Cap-Vert", "CV"},
    {"DRC", "CD"}, {"DR Congo", "CD"}, {"Democratic Republic of the Congo", "CD"},
    {"Congo-Kinshasa", "CD"}, {"RDC", "CD"}, {"République démocratique du Congo", "CD"},
    {"Congo-Brazzaville", "CG"}, {"Republic of the Congo", "CG"}, {"Brésil", "BR"},
    {"Mexique", "MX"}, {"Autriche", "AT"}, {"Suède", "SE"}, {"Norvège", "NO"},
    {"Danemark", "DK"}, {"Finlande", "FI"}, {"Irlande", "IE"}, {"Grèce", "GR"},
    {"Pologne", "PL"}, {"Guinée", "GN"}, {"Guinée-Bissau", "GW"},
    {"Guinée équatoriale", "GQ"}, {"Gambie", "GM"}, {"The Gambia", "GM"}, {"Tchad", "TD"},
    {"Burkina", "BF"}, {"Libéria", "LR"}, {"Émirats arabes unis", "AE"}, {"UAE", "AE"},
    {"Emirates", "AE"}, {"Arabie saoudite", "SA"}, {"Taiwan", "TW"}, {"Taïwan", "TW"},
    {"Macau", "MO"}, {"Palestine", "PS"}, {"Vatican", "VA"}, {"Vatican City", "VA"},
    {"Micronesia", "FM"}, {"Brunei", "BN"}, {"Éthiopie", "ET"}, {"Ouganda", "UG"},
    {"Zambie", "ZM"}, {"Nouvelle-Zélande", "NZ"}, {"Australie", "AU"}, {"Liban", "LB"},
    {"Jordanie", "JO"}, {"Koweït", "KW"}, {"Mauritanie", "MR"}, {"Mauritanie", "MR"},
    {"Namibie", "NA"}, {"Somalie", "SO"}, {"Soudan", "SD"}, {"Soudan du Sud", "SS"},
    {"Érythrée", "ER"}, {"Libye", "LY"}, {"Tunisia", "TN"}, {"Kenya", "KE"},
    {"Rwanda", "RW"}, {"Gabon", "GA"}, {"Comores", "KM"}, {"Maurice", "MU"},
    {"Seychelles", "SC"}, {"Sao Tomé-et-Principe", "ST"}, {"São Tomé and Príncipe", "ST"},
    {"Centrafrique", "CF"}, {"République centrafricaine", "CF"}, {"Singapour", "SG"},
    {"Malaisie", "MY"}, {"Indonésie", "ID"}, {"Philippines", "PH"}, {"Thaïlande", "TH"},
    {"Canada", "CA"}, {"Portugal", "PT"}, {"Hongrie", "HU"}, {"Roumanie", "RO"},
    {"Bulgarie", "BG"}, {"Croatie", "HR"}, {"Serbie", "RS"}, {"Ukraine", "UA"},
    {"Biélorussie", "BY"}, {"Lituanie", "LT"}, {"Lettonie", "LV"}, {"Estonie", "EE"},
    {"Islande", "IS"}, {"Chypre", "CY"}, {"Malte", "MT"}, {"Slovaquie", "SK"},
    {"Slovénie", "SI"}, {"Israël", "IL"}, {"Irak", "IQ"}, {"Arabie Saoudite", "SA"},
    {"Qatar", "QA"}, {"Yémen", "YE"}, {"Pakistan", "PK"}, {"Bangladesh", "BD"},
    {"Argentine", "AR"}, {"Chili", "CL"}, {"Colombie", "CO"}, {"Pérou", "PE"},
    {"Équateur", "EC"}, {"Uruguay", "UY"}, {"Paraguay", "PY"}, {"Cuba", "CU"},
    {"Haïti", "HT"}, {"Jamaïque", "JM"}, {"Trinité-et-Tobago", "TT"}, {"Turkiye", "TR"},
};

// The letters and digits of `text`, case-folded and without accents: "Côte d'Ivoire" and
// "COTE D IVOIRE" both become "cotedivoire".
QString normalizedName(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

int alpha2Index(QByteArrayView code)
{
    if (code.size() != 2)
        return -1;
    const int a = (code[0] | 0x20) - 'a';
    const int b = (code[1] | 0x20) - 'a';
    if (a < 0 || a >= 26 || b < 0 || b >= 26)
        return -1;
    return a * 26 + b;
}

struct Lookup
{
    std::array<qint16, 26 * 26> byAlpha2; // table index or -1
    QHash<QByteArray, qint16> byAlpha3;   // upper-case alpha-3 -> table index
    QHash<QString, qint16> names;         // normalized name -> table index

    Lookup()
    {
        byAlpha2.fill(-1);
        QHash<QString, qint16> shortNames;
        QSet<QString> ambiguous;
        for (qint16 i = 0; i < qint16(std::size(table)); ++i) {
            const Country &country = table[i];
            byAlpha2[size_t(alpha2Index(QByteArrayView(country.alpha2.data(), 2)))] = i;
            byAlpha3.insert(QByteArray(country.alpha3.data(), country.alpha3.size()), i);
            const QString name = QString::fromUtf8(country.name);
            names.insert(normalizedName(name), i);
            // "Bolivia (Plurinational State of)" and "Moldova, Republic of" are usually written
            // without their tail; "Korea" or "Virgin Islands" would be ambiguous, so they are not.
            const qsizetype cut = name.indexOf(QRegularExpression(u"[,(]"_s));
            if (cut > 0) {
                const QString key = normalizedName(QStringView(name).left(cut));
                if (shortNames.contains(key) && shortNames.value(key) != i)
                    ambiguous.insert(key);
                shortNames.insert(key, i);
            }
        }
        for (auto it = shortNames.cbegin(); it != shortNames.cend(); ++it) {
            if (!ambiguous.contains(it.key()) && !names.contains(it.key()))
                names.insert(it.key(), it.value());
        }
        for (const Variant &variant : variants) {
            const int index = alpha2Index(QByteArrayView(variant.alpha2, 2));
            Q_ASSERT(index >= 0 && byAlpha2[size_t(index)] >= 0);
            names.insert(normalizedName(QString::fromUtf8(variant.text)), byAlpha2[size_t(index)]);
        }
    }
};

const Lookup &lookup()
{
    static const Lookup instance; // thread-safe initialisation
    return instance;
}

} // namespace

std::span<const Country> countries()
{
    return std::span<const Country>(table);
}

bool isAlpha2(QByteArrayView code)
{
    const int index = alpha2Index(code);
    return index >= 0 && lookup().byAlpha2[size_t(index)] >= 0;
}

const Country *byAlpha2(QByteArrayView code)
{
    const int index = alpha2Index(code);
    const qint16 row = index >= 0 ? lookup().byAlpha2[size_t(index)] : qint16(-1);
    return row >= 0 ? &table[row] : nullptr;
}

const Country *byAlpha3(QByteArrayView code)
{
    if (code.size() != 3)
        return nullptr;
    const QByteArray upper = code.toByteArray().toUpper();
    const qint16 row = lookup().byAlpha3.value(upper, -1);
    return row >= 0 ? &table[row] : nullptr;
}

std::optional<QString> alpha2FromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() == 2 || trimmed.size() == 3) {
        const QByteArray latin = trimmed.toLatin1();
        if (const Country *country = trimmed.size() == 2 ? byAlpha2(latin) : byAlpha3(latin))
            return QString(country->alpha2);
    }
    const QString key = normalizedName(trimmed);
    if (key.isEmpty())
        return std::nullopt;
    const qint16 row = lookup().names.value(key, -1);
    if (row < 0)
        return std::nullopt;
    return QString(table[row].alpha2);
}

} // namespace Peere::Iso3166
