#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace Peere::Ui {

class MainWindow;

// The File menu: New migration (Ctrl+N), Open migration (Ctrl+O, *.peere journals), the recent
// migrations (at most 8, kept in the settings), Import CSV (Ctrl+I) and Settings (Ctrl+,), in
// front of the window's Quit. It asks for paths and emits what the user chose; the console decides
// what that means.
class FileActions : public QObject
{
    Q_OBJECT

public:
    enum class Ask { NewMigration, OpenMigration, ImportCsv };
    // Returns the chosen path, or an empty string when the user cancels.
    using PathPrompt = std::function<QString(Ask)>;

    explicit FileActions(MainWindow *window);

    // Replaces the file dialogs (tests answer without a dialog).
    void setPathPrompt(PathPrompt prompt) { m_prompt = std::move(prompt); }

    // Puts `path` first among the recent migrations.
    void noteRecentFile(const QString &path);
    QStringList recentFiles() const;
    QMenu *recentMenu() const { return m_recent; }

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *importAction() const { return m_import; }
    QAction *settingsAction() const { return m_settings; }

    static QString journalSuffix() { return QStringLiteral("peere"); }

signals:
    void newMigrationRequested(const QString &path);
    void openMigrationRequested(const QString &path);
    void importCsvRequested(const QString &path);
    void settingsRequested();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString askPath(Ask ask) const;
    void openRecent(const QString &path);
    void rebuildRecentMenu();
    void retranslate();

    MainWindow *m_window;
    QAction *m_new;
    QAction *m_open;
    QMenu *m_recent;
    QAction *m_clearRecent;
    QAction *m_import;
    QAction *m_settings;
    PathPrompt m_prompt;
};

} // namespace Peere::Ui
