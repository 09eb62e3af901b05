#include "csvoptions.h"

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

CsvOptions::CsvOptions()
    : m_delimiter(u"delimiter"_s, u"Field delimiter: , ; tab or | (detected by default)."_s, u"C"_s)
    , m_encoding(u"encoding"_s,
                 u"Text encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 (detected by default)."_s,
                 u"NAME"_s)
{}

void CsvOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_delimiter);
    parser.addOption(m_encoding);
}

bool CsvOptions::read(const QCommandLineParser &parser, Io &io)
{
    if (parser.isSet(m_delimiter)) {
        const QString value = parser.value(m_delimiter);
        delimiter = delimiterFromName(value);
        if (!delimiter) {
            fail(io, BadUsage,
                 u"--delimiter '%1': not one of , ; tab |"_s.arg(value));
            return false;
        }
    }
    if (parser.isSet(m_encoding)) {
        const QString value = parser.value(m_encoding);
        encoding = encodingFromName(value);
        if (!encoding) {
            fail(io, BadUsage,
                 u"--encoding '%1': not one of UTF-8, UTF-16LE, UTF-16BE, Windows-1252"_s.arg(value));
            return false;
        }
    }
    return true;
}

bool singleFile(const QCommandLineParser &parser, const QString &command, Io &io, QString *file)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        fail(io, BadUsage,
             (files.isEmpty() ? u"%1: FILE is missing (see peere-migrate %1 --help)"_s
                              : u"%1: one FILE only (see peere-migrate %1 --help)"_s)
                 .arg(command));
        return false;
    }
    *file = files.constFirst();
    return true;
}

ProgressBar::ProgressBar(Io &io, const QString &label)
    : m_io(io)
    , m_label(label)
{}

ProgressBar::~ProgressBar()
{
    if (m_percent.load() >= 0) {
        QMutexLocker lock(&m_mutex);
        m_io.err << "\r\x1b[K";
        m_io.err.flush();
    }
}

void ProgressBar::update(int percent)
{
    if (!m_io.errIsTerminal)
        return;
    int last = m_percent.load();
    do {
        if (percent <= last)
            return;
    } while (!m_percent.compare_exchange_weak(last, percent));
    constexpr int width = 30;
    const int filled = percent * width / 100;
    QMutexLocker lock(&m_mutex);
    m_io.err << '\r' << m_label << " [" << QString(filled, u'#') << QString(width - filled, u' ')
             << "] " << percent << '%';
    m_io.err.flush();
}

} // namespace Peere::Cli
