#pragma once

#include "runsession.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace Peere::Ui {

// Progress of the whole run and of each phase (pilot 10%, expand to 50%, complete, verify):
// records done of the phase's members, the phase's state and the decision at its gate.
class PhaseProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseProgressPanel(QWidget *parent = nullptr);

    void showProgress(const RunSession &session);

    // "Pilot (10%)", ...: the title of a phase row, translated.
    static QString phaseHeading(Phase phase);
    static QString statusText(PhaseStatus status);
    static QString decisionText(const PhaseDecision &decision);

    QString overallText() const;
    QString phaseText(Phase phase) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *figures = nullptr;
        QLabel *status = nullptr;
    };

    void retranslate();
    static void setBar(QProgressBar *bar, qint64 done, qint64 total);

    QLabel *m_overallTitle;
    QProgressBar *m_overall;
    QLabel *m_overallText;
    std::array<Row, phaseCount> m_rows;
    const RunSession *m_session = nullptr;
};

} // namespace Peere::Ui
