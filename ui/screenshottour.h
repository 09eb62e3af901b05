#pragma once

#include <QObject>
#include <QStringList>

namespace Peere::Ui {

class Console;

// `peere-console --screenshot-dir DIR`: runs the imported sample first (so that the Run and
// Dashboard pages show a migration), then shows each page in turn, grabs the window with
// QWidget::grab once it has painted, writes DIR/NN-<step>.png (and the settings dialog), then
// reports the files. Used by scripts/screenshots.sh under Xvfb for the README.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(Console *console, const QString &directory, QObject *parent = nullptr);

    void start();
    QStringList files() const { return m_files; }

signals:
    void finished(bool ok, const QString &message);

private:
    void runFirst();
    void next();
    bool save(QWidget *widget, const QString &name);

    Console *m_console;
    QString m_directory;
    int m_index = 0;
    bool m_runStarted = false;
    int m_waitedMs = 0;
    QStringList m_files;
    QString m_error;
};

} // namespace Peere::Ui
