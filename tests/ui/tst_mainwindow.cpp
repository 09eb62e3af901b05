// The main window shows on the offscreen platform with its workflow steps.
#include "application.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryStep();
    void keyboardSwitchesSteps();
    void frenchTranslationApplies();
    void stepSummaryShowsUnderTheTitle();
    void droppingOneFileEmitsItsPath();
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
}

void tst_MainWindow::showsEveryStep()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto sidebar = window.findChild<QListWidget *>(u"workflowSidebar"_s);
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), workflowSteps().size());
    QCOMPARE(sidebar->item(0)->text(), u"Import"_s);
    QCOMPARE(sidebar->item(1)->text(), u"Review & fix"_s);
    QVERIFY(!sidebar->item(0)->icon().isNull());

    // Clicking a step shows its page.
    const QRect rect = sidebar->visualItemRect(sidebar->item(int(WorkflowStep::Dashboard)));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentStep(), WorkflowStep::Dashboard);
    auto pages = window.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), window.page(WorkflowStep::Dashboard));
}

void tst_MainWindow::keyboardSwitchesSteps()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentStep(), WorkflowStep::Run);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentStep(), WorkflowStep::Import);
}

void tst_MainWindow::frenchTranslationApplies()
{
    QVERIFY(installTranslations(QLocale(QLocale::French, QLocale::France)));
    MainWindow window;
    auto sidebar = window.findChild<QListWidget *>(u"workflowSidebar"_s);
    QCOMPARE(sidebar->item(int(WorkflowStep::Review))->text(), u"Vérifier et corriger"_s);
    QCOMPARE(window.windowTitle(), u"Console de migration Peere"_s);
    installTranslations(QLocale(QLocale::English));
}

void tst_MainWindow::stepSummaryShowsUnderTheTitle()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto sidebar = window.findChild<QListWidget *>(u"workflowSidebar"_s);
    QListWidgetItem *review = sidebar->item(int(WorkflowStep::Review));
    const int plainHeight = sidebar->visualItemRect(review).height();

    window.setStepSummary(WorkflowStep::Review, u"12 errors"_s, Semantic::Error);
    QCOMPARE(window.stepSummary(WorkflowStep::Review), u"12 errors"_s);
    QCOMPARE(review->text(), u"Review & fix"_s); // the title stays the item's text
    QCOMPARE(review->data(Qt::AccessibleDescriptionRole).toString(), u"12 errors"_s);
    QVERIFY(review->toolTip().endsWith(u"\n12 errors"_s));
    QTRY_VERIFY(sidebar->visualItemRect(review).height() > plainHeight); // room for two lines
    QVERIFY(!sidebar->viewport()->grab().isNull()); // the delegate paints without trouble

    window.setStepSummary(WorkflowStep::Review, QString());
    QCOMPARE(review->toolTip(), stepDescription(WorkflowStep::Review));
}

void tst_MainWindow::droppingOneFileEmitsItsPath()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy dropped(&window, &MainWindow::csvFileDropped);
    const QPointF centre = QRectF(window.rect()).center();

    const auto drop = [&](const QList<QUrl> &urls) {
        QMimeData data;
        data.setUrls(urls);
        QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QDropEvent event(centre, Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &event);
        return enter.isAccepted();
    };
    QVERIFY(drop({QUrl::fromLocalFile(u"/tmp/customers.csv"_s)}));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().at(0).toString(), u"/tmp/customers.csv"_s);
    // Two files, or a remote one, are refused.
    QVERIFY(!drop({QUrl::fromLocalFile(u"/tmp/a.csv"_s), QUrl::fromLocalFile(u"/tmp/b.csv"_s)}));
    QVERIFY(!drop({QUrl(u"https://example.com/c.csv"_s)}));
    QCOMPARE(dropped.count(), 1);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
