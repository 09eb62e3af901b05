#pragma once

#include "workflowstep.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Peere::Ui {

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
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace Peere::Ui
