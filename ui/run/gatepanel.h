#pragma once

#include "runsession.h"

#include <QFrame>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Peere::Ui {

// The decision at a gate: the phase's figures against the gate (success rate, slowest batch,
// counts) and the manager's name (required, remembered for next time), then Approve to go on to
// the next phase or Stop to end the migration there. Recorded in the journal by the runner.
class GatePanel : public QFrame
{
    Q_OBJECT

public:
    explicit GatePanel(QWidget *parent = nullptr);

    void showGate(const GateStop &gate);
    QString figuresText() const;
    QString deciderName() const;

    static QString rememberedName();

signals:
    void approveRequested(const QString &name);
    void stopRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void decide(bool approve);

    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_explanation;
    QFormLayout *m_form;
    QLabel *m_successRate;
    QLabel *m_slowest;
    QLabel *m_counts;
    QLineEdit *m_name;
    QPushButton *m_approve;
    QPushButton *m_stop;
    std::optional<GateStop> m_gate;
};

} // namespace Peere::Ui
