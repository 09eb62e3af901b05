#include "dashboardpage.h"

#include "chartpanel.h"
#include "dashboardcharts.h"
#include "kpitile.h"
#include "metrics/metricssource.h"
#include "report/reportwriter.h"
#include "semanticcolors.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_source(new MetricsSource(this))
    , m_journalLabel(new QLabel)
    , m_queueLabel(new QLabel)
    , m_errorLabel(new QLabel)
{
    setObjectName(u"dashboardPage"_s);
    m_charts = new DashboardCharts(m_source, this);

    auto openButton = new QPushButton(tr("Open Journal\u2026"));
    openButton->setObjectName(u"openJournalButton"_s);
    connect(openButton, &QPushButton::clicked, this, &DashboardPage::openJournal);
    m_reportButton = new QPushButton(tr("Save Report (PDF)\u2026"));
    m_reportButton->setObjectName(u"saveReportButton"_s);
    m_reportButton->setEnabled(false);
    connect(m_reportButton, &QPushButton::clicked, this, &DashboardPage::saveReportWithDialog);
    m_journalLabel->setText(tr("No migration journal is open."));
    m_journalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto top = new QHBoxLayout;
    top->addWidget(m_journalLabel, 1);
    top->addWidget(openButton);
    top->addWidget(m_reportButton);

    auto tiles = new QHBoxLayout;
    for (int i = 0; i < kpiCount; ++i) {
        m_tiles[i] = new KpiTile(Kpi(i));
        tiles->addWidget(m_tiles[i]);
    }
    m_queueLabel->setObjectName(u"queueLabel"_s);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    setSemanticForeground(m_errorLabel, Semantic::Error);

    // The charts, two a row, each with its own PNG button (also in its context menu).
    auto grid = new QGridLayout;
    const QList<ChartPanel *> &panels = m_charts->panels();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        ChartPanel *panel = panels.at(i);
        auto save = new QToolButton;
        save->setText(tr("Save as PNG\u2026"));
        save->setObjectName(panel->objectName() + u"-png"_s);
        connect(save, &QToolButton::clicked, panel, &ChartPanel::saveWithDialog);
        auto cell = new QVBoxLayout;
        cell->addWidget(panel, 1);
        cell->addWidget(save, 0, Qt::AlignRight);
        grid->addLayout(cell, int(i / 2), int(i % 2));
    }
    auto chartsWidget = new QWidget;
    chartsWidget->setLayout(grid);
    auto scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsWidget);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tiles);
    layout->addWidget(m_queueLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(scroll, 1);

    connect(m_source, &MetricsSource::snapshotChanged, this, &DashboardPage::showSnapshot);
    connect(m_source, &MetricsSource::refreshFailed, this, [this](const QString &message) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    });
    showSnapshot();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setJournalPath(const QString &path)
{
    m_errorLabel->hide();
    m_journalLabel->setText(path.isEmpty() ? tr("No migration journal is open.")
                                           : tr("Journal: %1").arg(QDir::toNativeSeparators(path)));
    m_reportButton->setEnabled(!path.isEmpty());
    m_source->setJournalPath(path);
    m_source->setLive(!path.isEmpty());
}

QString DashboardPage::journalPath() const
{
    return m_source->journalPath();
}

QString DashboardPage::queueText() const
{
    return m_queueLabel->text();
}

void DashboardPage::showSnapshot()
{
    const MetricsSnapshot &s = m_source->snapshot();
    for (int i = 0; i < kpiCount; ++i)
        m_tiles[i]->setValue(s.kpis[i]);
    const QLocale locale;
    const QString remaining = locale.toString(s.queue);
    const QString eta = DashboardCharts::etaText(s.etaSeconds);
    const QString pace = locale.toString(s.recordsPerMinute, 'f', 0);
    const QString ceiling = locale.toString(s.ceilingPerMinute, 'f', 0);
    // Never "X of Y" with X over Y: a pace over the ceiling (a burst) says so.
    if (!s.hasCeiling())
        m_queueLabel->setText(tr("Records remaining: %1 \u00b7 ETA: %2 \u00b7 Throughput: %3 records "
                                 "per minute (no rate limit)")
                                  .arg(remaining, eta, pace));
    else if (s.aboveCeiling())
        m_queueLabel->setText(tr("Records remaining: %1 \u00b7 ETA: %2 \u00b7 Throughput: %3 records "
                                 "per minute, above the ceiling of %4")
                                  .arg(remaining, eta, pace, ceiling));
    else
        m_queueLabel->setText(tr("Records remaining: %1 \u00b7 ETA: %2 \u00b7 Throughput: %3 of %4 "
                                 "records per minute")
                                  .arg(remaining, eta, pace, ceiling));
    if (!s.journalPath.isEmpty())
        m_errorLabel->hide();
}

bool DashboardPage::saveReport(const QString &path, QString *error)
{
    const Result<int> pages = Report::ReportWriter::writePdf(m_source->snapshot(), path);
    if (!pages) {
        if (error)
            *error = pages.error();
        return false;
    }
    emit reportSaved(path);
    return true;
}

void DashboardPage::openJournal()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Migration Journal"), folder,
                                                      tr("Migration journals (*.peere *.journal);;All files (*)"));
    if (!path.isEmpty())
        setJournalPath(path);
}

void DashboardPage::saveReportWithDialog()
{
    const QString base = QFileInfo(journalPath()).completeBaseName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Migration Report"),
                                                      folder + u'/' + base + u"-report.pdf"_s,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        QMessageBox::warning(this, tr("Save Migration Report"), error);
}

} // namespace Peere::Ui
