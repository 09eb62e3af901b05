#include "fileactions.h"

#include "mainwindow.h"
#include "settings/consolesettings.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

FileActions::FileActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_new(new QAction(this))
    , m_open(new QAction(this))
    , m_recent(new QMenu(window))
    , m_clearRecent(new QAction(this))
    , m_import(new QAction(this))
    , m_settings(new QAction(this))
{
    m_new->setObjectName(u"newMigrationAction"_s);
    m_new->setShortcut(QKeySequence::New);
    m_open->setObjectName(u"openMigrationAction"_s);
    m_open->setShortcut(QKeySequence::Open);
    m_recent->setObjectName(u"recentMenu"_s);
    m_import->setObjectName(u"importCsvAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);

    // Shortcuts work while the menu is closed: the actions belong to the window too.
    for (QAction *action : {m_new, m_open, m_import, m_settings})
        window->addAction(action);

    QMenu *file = window->fileMenu();
    QAction *quit = window->quitAction();
    file->insertAction(quit, m_new);
    file->insertAction(quit, m_open);
    file->insertMenu(quit, m_recent);
    file->insertSeparator(quit);
    file->insertAction(quit, m_import);
    file->insertSeparator(quit);
    file->insertAction(quit, m_settings);
    file->insertSeparator(quit);

    connect(m_new, &QAction::triggered, this, [this] {
        const QString path = askPath(Ask::NewMigration);
        if (!path.isEmpty())
            emit newMigrationRequested(path);
    });
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = askPath(Ask::OpenMigration);
        if (!path.isEmpty())
            emit openMigrationRequested(path);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = askPath(Ask::ImportCsv);
        if (!path.isEmpty())
            emit importCsvRequested(path);
    });
    connect(m_settings, &QAction::triggered, this, &FileActions::settingsRequested);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        ConsoleSettings().clearRecentFiles();
        rebuildRecentMenu();
    });

    // The window forwards LanguageChange to its children, not to this QObject.
    window->installEventFilter(this);
    retranslate();
    rebuildRecentMenu();
}

QStringList FileActions::recentFiles() const
{
    return ConsoleSettings().recentFiles();
}

void FileActions::noteRecentFile(const QString &path)
{
    ConsoleSettings().addRecentFile(QFileInfo(path).absoluteFilePath());
    rebuildRecentMenu();
}

void FileActions::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        ConsoleSettings().removeRecentFile(path);
        rebuildRecentMenu();
        QMessageBox::warning(m_window,
                             tr("Open migration"),
                             tr("The migration %1 no longer exists. It was removed from the "
                                "recent migrations.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openMigrationRequested(path);
}

void FileActions::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = recentFiles();
    int number = 1;
    for (const QString &path : files) {
        // "&1 name.peere": the number is the menu's keyboard accelerator.
        QAction *action
            = m_recent->addAction(u"&%1 %2"_s.arg(number++).arg(QFileInfo(path).fileName()),
                                  this,
                                  [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    if (!files.isEmpty()) {
        m_recent->addSeparator();
        m_recent->addAction(m_clearRecent);
    }
    m_recent->setEnabled(!files.isEmpty());
}

QString FileActions::askPath(Ask ask) const
{
    if (m_prompt)
        return m_prompt(ask);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString journals = tr("Peere migrations (*.peere)");
    switch (ask) {
    case Ask::NewMigration: {
        QString path
            = QFileDialog::getSaveFileName(m_window, tr("New migration"), documents, journals);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += u'.' + journalSuffix();
        return path;
    }
    case Ask::OpenMigration:
        return QFileDialog::getOpenFileName(m_window, tr("Open migration"), documents, journals);
    case Ask::ImportCsv:
        return QFileDialog::getOpenFileName(
            m_window, tr("Import CSV"), documents, tr("CSV files (*.csv *.txt);;All files (*)"));
    }
    return {};
}

void FileActions::retranslate()
{
    m_new->setText(tr("&New migration…"));
    m_new->setStatusTip(tr("Start a migration in a new journal file"));
    m_open->setText(tr("&Open migration…"));
    m_open->setStatusTip(tr("Reopen a migration from its journal file"));
    m_recent->setTitle(tr("Open &recent"));
    m_clearRecent->setText(tr("&Clear the list"));
    m_import->setText(tr("&Import CSV…"));
    m_import->setStatusTip(tr("Read a CSV export of customers or merchants"));
    m_settings->setText(tr("&Settings…"));
}

bool FileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Peere::Ui
