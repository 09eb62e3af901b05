#include "mainwindow.h"

#include "environmentstatus.h"
#include "sidebardelegate.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// What a step shows until its screen is set with MainWindow::setPage.
class IntroPage : public QWidget
{
public:
    explicit IntroPage(WorkflowStep step)
        : m_step(step)
        , m_title(new QLabel)
        , m_description(new QLabel)
    {
        auto layout = new QVBoxLayout(this);
        QFont font = m_title->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        m_title->setFont(font);
        m_description->setWordWrap(true);
        layout->addWidget(m_title);
        layout->addWidget(m_description);
        layout->addStretch();
        setObjectName(u"intro-page"_s);
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }

private:
    void retranslate()
    {
        m_title->setText(stepTitle(m_step));
        m_description->setText(stepDescription(m_step));
    }

    WorkflowStep m_step;
    QLabel *m_title;
    QLabel *m_description;
};

QWidget *makeIntroPage(WorkflowStep step)
{
    return new IntroPage(step);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    resize(1200, 780);

    m_sidebar->setObjectName(u"workflowSidebar"_s);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    for (WorkflowStep step : workflowSteps()) {
        auto item = new QListWidgetItem(stepIcon(step), stepTitle(step), m_sidebar);
        item->setData(SidebarDelegate::StepRole, int(step));
        m_pages->addWidget(makeIntroPage(step));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto central = new QWidget;
    auto layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_status = new EnvironmentStatus;
    statusBar()->addPermanentWidget(m_status);

    createActions();
    retranslate();
    m_sidebar->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::setPage(WorkflowStep step, QWidget *page)
{
    const int index = int(step);
    QWidget *old = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    delete old;
    m_pages->setCurrentIndex(m_sidebar->currentRow());
}

QWidget *MainWindow::page(WorkflowStep step) const
{
    return m_pages->widget(int(step));
}

WorkflowStep MainWindow::currentStep() const
{
    return WorkflowStep(m_sidebar->currentRow());
}

void MainWindow::showStep(WorkflowStep step)
{
    m_sidebar->setCurrentRow(int(step));
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (WorkflowStep step : workflowSteps()) {
        QAction *action = m_viewMenu->addAction(
            stepIcon(step), stepTitle(step), this, [this, step] { showStep(step); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(step))));
        m_stepActions.append(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this,
                           tr("About Peere Migration Console"),
                           tr("<h3>Peere Migration Console %1</h3>"
                              "<p>Moves a bank's customers and merchants onto the Peere Network "
                              "in phases, with every record and every answer kept in the "
                              "migration's journal.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setStepSummary(WorkflowStep step, const QString &summary, Semantic tone)
{
    QListWidgetItem *item = m_sidebar->item(int(step));
    item->setData(SidebarDelegate::SummaryRole, summary);
    item->setData(SidebarDelegate::ToneRole, int(tone));
    item->setData(Qt::AccessibleDescriptionRole, summary);
    item->setToolTip(summary.isEmpty() ? stepDescription(step)
                                       : stepDescription(step) + u'\n' + summary);
}

QString MainWindow::stepSummary(WorkflowStep step) const
{
    return m_sidebar->item(int(step))->data(SidebarDelegate::SummaryRole).toString();
}

void MainWindow::setMigrationFile(const QString &path)
{
    m_migrationFile = path;
    retranslate();
}

void MainWindow::retranslate()
{
    if (m_migrationFile.isEmpty())
        setWindowTitle(tr("Peere Migration Console"));
    else
        setWindowTitle(
            tr("%1 — Peere Migration Console").arg(QFileInfo(m_migrationFile).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    for (int i = 0; i < m_stepActions.size(); ++i)
        m_stepActions.at(i)->setText(stepTitle(workflowSteps().at(i)));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Peere Migration Console"));
    m_sidebar->setAccessibleName(tr("Migration steps"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem *item = m_sidebar->item(row);
        const auto step = WorkflowStep(item->data(Qt::UserRole).toInt());
        item->setText(stepTitle(step));
        const QString summary = item->data(SidebarDelegate::SummaryRole).toString();
        item->setToolTip(summary.isEmpty() ? stepDescription(step)
                                           : stepDescription(step) + u'\n' + summary);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    emit csvFileDropped(urls.constFirst().toLocalFile());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace Peere::Ui
