#pragma once

#include "metrics/kpi.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace Peere {
class MetricsSource;
}

namespace Peere::Ui {

class DashboardCharts;
class KpiTile;

// The live dashboard: the four KPI tiles, the queue and ETA, and the charts, fed by a
// MetricsSource that reads the migration's journal (live while a run writes it, the same figures
// when a finished migration is reopened). Saves the manager report as PDF.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Shows the journal at `path` and follows it live (4 refreshes a second at most).
    void setJournalPath(const QString &path);
    QString journalPath() const;

    MetricsSource *source() const { return m_source; }
    DashboardCharts *charts() const { return m_charts; }
    KpiTile *tile(Kpi kpi) const { return m_tiles[int(kpi)]; }
    QString queueText() const;

    // Writes the manager report of the journal shown; a message on failure.
    bool saveReport(const QString &path, QString *error = nullptr);

signals:
    void reportSaved(const QString &path);

private:
    void openJournal();
    void saveReportWithDialog();
    void showSnapshot();

    MetricsSource *m_source = nullptr;
    DashboardCharts *m_charts = nullptr;
    std::array<KpiTile *, kpiCount> m_tiles = {};
    QLabel *m_journalLabel = nullptr;
    QLabel *m_queueLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_reportButton = nullptr;
};

} // namespace Peere::Ui
