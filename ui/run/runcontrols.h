#pragma once

#include "migration/runner.h"

#include <QWidget>

class QPushButton;

namespace Peere::Ui {

// Start, Pause, Resume and Cancel, each with a keyboard shortcut and an accessible name, enabled
// for the state of the run. They only ask; the Run page does.
class RunControls : public QWidget
{
    Q_OBJECT

public:
    explicit RunControls(QWidget *parent = nullptr);

    // `running`: a runner is going (or the journal is being prepared); `startable`: there is
    // something left to run.
    void setState(RunnerState state, bool running, bool preparing, bool startable);

    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void startRequested();
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
};

} // namespace Peere::Ui
