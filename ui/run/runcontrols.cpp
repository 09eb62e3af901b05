#include "runcontrols.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

RunControls::RunControls(QWidget *parent)
    : QWidget(parent)
    , m_start(new QPushButton)
    , m_pause(new QPushButton)
    , m_resume(new QPushButton)
    , m_cancel(new QPushButton)
{
    m_start->setObjectName(u"runStartButton"_s);
    m_pause->setObjectName(u"runPauseButton"_s);
    m_resume->setObjectName(u"runResumeButton"_s);
    m_cancel->setObjectName(u"runCancelButton"_s);
    m_start->setIcon(QIcon(u":/icons/steps/run.svg"_s));
    m_start->setDefault(true);

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_start, m_pause, m_resume, m_cancel})
        layout->addWidget(button);
    layout->addStretch();

    connect(m_start, &QPushButton::clicked, this, &RunControls::startRequested);
    connect(m_pause, &QPushButton::clicked, this, &RunControls::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &RunControls::resumeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RunControls::cancelRequested);
    retranslate();
    setState(RunnerState::Idle, false, false, false);
}

void RunControls::setState(RunnerState state, bool running, bool preparing, bool startable)
{
    m_start->setEnabled(!running && startable);
    m_pause->setEnabled(running && !preparing && state == RunnerState::Running);
    m_resume->setEnabled(running && !preparing && state == RunnerState::Paused);
    m_cancel->setEnabled(running && !preparing
                         && (state == RunnerState::Running || state == RunnerState::Paused
                             || state == RunnerState::AwaitingDecision));
}

void RunControls::retranslate()
{
    m_start->setText(tr("Start"));
    m_start->setAccessibleName(tr("Start the migration"));
    m_start->setToolTip(tr("Start the migration with the Plan page's settings, or go on where "
                           "the journal stopped (Ctrl+R)."));
    m_pause->setText(tr("Pause"));
    m_pause->setAccessibleName(tr("Pause the migration"));
    m_pause->setToolTip(tr("No new batch is sent; the batches in flight finish (Ctrl+P)."));
    m_resume->setText(tr("Resume"));
    m_resume->setAccessibleName(tr("Resume the migration"));
    m_resume->setToolTip(tr("Send batches again after a pause (Ctrl+Shift+R)."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the migration"));
    m_cancel->setToolTip(tr("Stop now. Records in flight are looked up on the server by the next "
                            "run, so nothing is lost or sent twice (Ctrl+Shift+X)."));
    // After the texts (setText replaces a button's shortcut with its mnemonic). Shortcuts of
    // this page's buttons only: a hidden page's buttons do not take them.
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
}

void RunControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
