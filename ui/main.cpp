// peere-console: the desktop application. Everything it shows is assembled in MainWindow.
#include "application.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Peere::Ui::setUpApplication(app);
    Peere::Ui::installTranslations(QLocale());

    Peere::Ui::MainWindow window;
    window.show();
    return app.exec();
}
