// Every user-facing string in the sources has a French translation: lupdate is run over the
// sources into a copy of the committed .ts file, and nothing may come out unfinished.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsComplete();
};

void tst_Translations::frenchIsComplete()
{
    const QString source = QStringLiteral(PEERE_SOURCE_DIR);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(u"peere-console_fr.ts"_s);
    QVERIFY(QFile::copy(source + u"/translations/peere-console_fr.ts"_s, ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PEERE_LUPDATE),
                  {u"-source-language"_s, u"en"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                   u"-extensions"_s, u"cpp,h"_s,
                   source + u"/app"_s, source + u"/ui"_s, source + u"/report"_s, u"-ts"_s, ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString sourceText;
    QStringList missing;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"source"_s) {
            sourceText = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            ++messages;
            const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            // Plurals keep their forms in <numerusform> children: their text counts too.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                missing << context + u": "_s + sourceText;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 0);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 strings have no French translation (run `scripts/dev.sh translations`"
                        " and translate them):\n"_s.arg(missing.size())
                        + missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
