#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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
QWidget *makeIntroPage(WorkflowStep step)
{
    auto page = new QWidget;
    auto layout = new QVBoxLayout(page);
    auto title = new QLabel(stepTitle(step));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto description = new QLabel(stepDescription(step));
    description->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addStretch();
    page->setObjectName(u"intro-page"_s);
    return page;
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
    for (WorkflowStep step : workflowSteps()) {
        auto item = new QListWidgetItem(stepIcon(step), stepTitle(step), m_sidebar);
        item->setData(Qt::UserRole, int(step));
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

    m_environmentLabel = new QLabel;
    m_environmentLabel->setObjectName(u"environmentLabel"_s);
    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    statusBar()->addPermanentWidget(m_environmentLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (WorkflowStep step : workflowSteps()) {
        QAction *action = view->addAction(stepIcon(step), stepTitle(step), this,
                                          [this, step] { showStep(step); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(step))));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Peere Migration Console"), this, [this] {
        QMessageBox::about(this, tr("About Peere Migration Console"),
                           tr("<h3>Peere Migration Console %1</h3>"
                              "<p>Moves a bank's customers and merchants onto the Peere Network "
                              "in phases, with every record and every answer kept in the "
                              "migration's journal.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Peere Migration Console"));
    m_sidebar->setAccessibleName(tr("Migration steps"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem *item = m_sidebar->item(row);
        const auto step = WorkflowStep(item->data(Qt::UserRole).toInt());
        item->setText(stepTitle(step));
        item->setToolTip(stepDescription(step));
    }
    m_environmentLabel->setText(tr("Environment: none"));
    m_connectionLabel->setText(tr("Not connected"));
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
