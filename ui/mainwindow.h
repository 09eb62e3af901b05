#pragma once

#include "semanticcolors.h"
#include "workflowstep.h"

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace Peere::Ui {

class EnvironmentStatus;

// The console's window: a side bar of workflow steps and one page per step. It assembles the
// pages; each page lives in its own folder under ui/.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPage(WorkflowStep step, QWidget *page);
    QWidget *page(WorkflowStep step) const;
    WorkflowStep currentStep() const;
    void showStep(WorkflowStep step);

    // Where a step stands, under its title in the side bar ("300 rows", "12 errors"); empty
    // clears it. The pages set it as their figures change.
    void
    setStepSummary(WorkflowStep step, const QString &summary, Semantic tone = Semantic::Neutral);
    QString stepSummary(WorkflowStep step) const;

    // The File menu, for FileActions to fill in front of Quit.
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *quitAction() const { return m_quit; }
    EnvironmentStatus *environmentStatus() const { return m_status; }
    // The migration (journal) the window shows, in the title; empty for none.
    void setMigrationFile(const QString &path);
    QString migrationFile() const { return m_migrationFile; }

signals:
    void csvFileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    EnvironmentStatus *m_status = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_stepActions;
    QString m_migrationFile;
};

} // namespace Peere::Ui
