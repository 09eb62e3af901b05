#pragma once

#include "common/result.h"
#include "journal/journaltypes.h"
#include "migration/notificationlist.h"
#include "migration/notificationtemplate.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Peere::Ui {

// After creation › Notifications (issue 7): the message to the migrated customers or merchants
// (subject and body with placeholders, English or French by default, editable), a preview
// rendered with a real verified record, and the export of the notification list (verified
// records only, for a mail merge) with the message into a folder. The console sends no email.
// The export runs off the GUI thread with a journal connection of its own.
class NotificationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationsTab(QWidget *parent = nullptr);
    ~NotificationsTab() override;

    void setJournalPath(const QString &path);
    void setOutputFolder(const QString &folder);

    NotificationTemplate message() const;
    QString language() const;
    void setLanguage(const QString &language); // replaces the message with that language's default
    QString previewSubject() const;
    QString previewBody() const;

    void exportLists();

signals:
    void exported(const Peere::NotificationList::Summary &summary);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void resetMessage();
    void updatePreview();
    void insertPlaceholder(const QString &name);
    void showStatus(const QString &text, bool problem);

    QString m_journalPath;
    RecordKind m_kind = RecordKind::Customers;
    std::optional<JournalRecord> m_record; // the first verified record, for the preview
    QHash<qint64, QString> m_levels;
    QFutureWatcher<Result<NotificationList::Summary>> m_exportWatcher;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QPushButton *m_reset;
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
    QLabel *m_placeholdersLabel;
    QListWidget *m_placeholders;
    QLabel *m_previewLabel;
    QLineEdit *m_previewSubject;
    QPlainTextEdit *m_previewBody;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_export;
    QLabel *m_status;
};

} // namespace Peere::Ui
