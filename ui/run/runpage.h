#pragma once

#include "runsession.h"
#include "semanticcolors.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Peere::Ui {

class GatePanel;
class PhaseProgressPanel;
class RunControls;

// Run: start, pause, resume and cancel the migration; progress of the run and of each phase; the
// gate decision with the figures; a live log of batches; errors (the key refused, the journal,
// the server out of reach) shown in the page. Assembles small widgets over a RunSession; the
// console builds the RunRequest (the Plan page's settings, the key) when startRequested().
class RunPage : public QWidget
{
    Q_OBJECT

public:
    explicit RunPage(QWidget *parent = nullptr);

    RunSession *session() const { return m_session; }
    RunControls *controls() const { return m_controls; }
    GatePanel *gatePanel() const { return m_gate; }
    PhaseProgressPanel *progressPanel() const { return m_progress; }
    QTableView *batchLog() const { return m_log; }

    QString statusText() const;
    QString errorText() const;
    // What the side bar shows under "Run".
    QString summary() const { return m_summary; }
    Semantic summaryTone() const { return m_summaryTone; }

signals:
    void startRequested();
    void summaryChanged(const QString &summary, Peere::Ui::Semantic tone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateSummary();
    void showError(const QString &message);
    void showNotice(const QString &notice);

    RunSession *m_session;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_notice;
    RunControls *m_controls;
    PhaseProgressPanel *m_progress;
    GatePanel *m_gate;
    QLabel *m_logTitle;
    QTableView *m_log;
    QString m_summary;
    Semantic m_summaryTone = Semantic::Neutral;
};

} // namespace Peere::Ui
