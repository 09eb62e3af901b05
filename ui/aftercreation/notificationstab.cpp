#include "notificationstab.h"

#include "semanticcolors.h"

#include "journal/journal.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<NotificationList::Summary> writeLists(const QString &journalPath, const QString &folder,
                                             const NotificationTemplate &message,
                                             const QString &language)
{
    auto journal = Journal::open(journalPath, Journal::OpenMode::ReadOnly);
    if (!journal)
        return Failure{journal.error()};
    return NotificationList::write(**journal, folder, message, language);
}

} // namespace

NotificationsTab::NotificationsTab(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_reset(new QPushButton)
    , m_subjectLabel(new QLabel)
    , m_subject(new QLineEdit)
    , m_bodyLabel(new QLabel)
    , m_body(new QPlainTextEdit)
    , m_placeholdersLabel(new QLabel)
    , m_placeholders(new QListWidget)
    , m_previewLabel(new QLabel)
    , m_previewSubject(new QLineEdit)
    , m_previewBody(new QPlainTextEdit)
    , m_folderLabel(new QLabel)
    , m_folder(new QLineEdit)
    , m_browse(new QPushButton)
    , m_export(new QPushButton)
    , m_status(new QLabel)
{
    setObjectName(u"notificationsTab"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);

    m_language->setObjectName(u"notificationLanguage"_s);
    m_reset->setObjectName(u"notificationReset"_s);
    m_subject->setObjectName(u"notificationSubject"_s);
    m_body->setObjectName(u"notificationBody"_s);
    m_placeholders->setObjectName(u"notificationPlaceholders"_s);
    m_previewLabel->setObjectName(u"notificationPreviewTitle"_s);
    m_previewSubject->setObjectName(u"notificationPreviewSubject"_s);
    m_previewBody->setObjectName(u"notificationPreviewBody"_s);
    m_folder->setObjectName(u"notificationFolder"_s);
    m_browse->setObjectName(u"notificationBrowse"_s);
    m_export->setObjectName(u"notificationExport"_s);
    m_status->setObjectName(u"notificationStatus"_s);

    // Language names in their own language: the same in every translation.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_previewSubject->setReadOnly(true);
    m_previewBody->setReadOnly(true);
    m_placeholders->setMaximumWidth(180);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_reset);
    languageRow->addStretch(1);

    auto *editor = new QWidget;
    auto *editorLayout = new QGridLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_subjectLabel, 0, 0);
    editorLayout->addWidget(m_subject, 1, 0);
    editorLayout->addWidget(m_bodyLabel, 2, 0);
    editorLayout->addWidget(m_body, 3, 0);
    editorLayout->addWidget(m_placeholdersLabel, 0, 1);
    editorLayout->addWidget(m_placeholders, 1, 1, 3, 1);
    auto *preview = new QWidget;
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(m_previewBody, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(editor);
    splitter->addWidget(preview);
    splitter->setChildrenCollapsible(false);

    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_folderLabel);
    exportRow->addWidget(m_folder, 1);
    exportRow->addWidget(m_browse);
    exportRow->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(exportRow);
    layout->addWidget(m_status);

    connect(m_language, &QComboBox::currentIndexChanged, this, &NotificationsTab::resetMessage);
    connect(m_reset, &QPushButton::clicked, this, &NotificationsTab::resetMessage);
    connect(m_subject, &QLineEdit::textChanged, this, &NotificationsTab::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NotificationsTab::updatePreview);
    connect(m_placeholders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to folder"),
                                                                 m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(m_export, &QPushButton::clicked, this, &NotificationsTab::exportLists);
    connect(m_folder, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(!m_folder->text().isEmpty() && !m_journalPath.isEmpty()); });
    connect(&m_exportWatcher, &QFutureWatcher<Result<NotificationList::Summary>>::finished, this,
            [this] {
                const Result<NotificationList::Summary> summary = m_exportWatcher.result();
                m_export->setEnabled(true);
                if (!summary) {
                    showStatus(summary.error(), true);
                    emit exportFailed(summary.error());
                    return;
                }
                const QLocale locale;
                showStatus(tr("%Ln verified records written to %1 (%2 records are not "
                              "verified and are left out); the message is in %3.",
                              nullptr, int(summary->recipients))
                               .arg(QDir::toNativeSeparators(summary->listPath),
                                    locale.toString(summary->notVerified),
                                    QDir::toNativeSeparators(summary->messagePath)),
                           false);
                emit exported(*summary);
            });

    retranslate();
    resetMessage();
    m_export->setEnabled(false);
}

NotificationsTab::~NotificationsTab()
{
    m_exportWatcher.waitForFinished();
}

void NotificationsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotificationsTab::retranslate()
{
    m_title->setText(tr("Notifications"));
    m_intro->setText(tr("The message to the migrated customers or merchants, and the list of "
                        "those the verify phase found on the server, for a mail merge. The "
                        "console sends no email."));
    m_languageLabel->setText(tr("Message language:"));
    m_reset->setText(tr("Default message"));
    m_subjectLabel->setText(tr("Subject:"));
    m_bodyLabel->setText(tr("Message:"));
    m_placeholdersLabel->setText(tr("Placeholders (double-click to insert):"));
    m_folderLabel->setText(tr("Export to:"));
    m_browse->setText(tr("Browse…"));
    m_export->setText(tr("Export lists"));
    updatePreview();
}

void NotificationsTab::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_record.reset();
    m_levels.clear();
    m_kind = RecordKind::Customers;
    if (path.isEmpty()) {
        showStatus({}, false);
    } else if (auto journal = Journal::open(path, Journal::OpenMode::ReadOnly)) {
        m_kind = (*journal)->kind().value_or(RecordKind::Customers);
        if (const auto first = NotificationList::firstVerified(**journal); first && first->has_value()) {
            m_record = **first;
            if (m_kind == RecordKind::Merchants) {
                if (const Result<TrustEntry> trust = (*journal)->trustEntry(m_record->row))
                    m_levels.insert(m_record->row, trustLevelName(trust->setting.level));
            }
        }
        showStatus({}, false);
    } else {
        showStatus(journal.error(), true);
    }
    m_placeholders->clear();
    m_placeholders->addItems(NotificationList::placeholders(m_kind));
    resetMessage();
    m_export->setEnabled(!m_folder->text().isEmpty() && !path.isEmpty());
}

void NotificationsTab::setOutputFolder(const QString &folder)
{
    m_folder->setText(folder);
}

NotificationTemplate NotificationsTab::message() const
{
    return NotificationTemplate(m_subject->text(), m_body->toPlainText());
}

QString NotificationsTab::language() const
{
    return m_language->currentData().toString();
}

void NotificationsTab::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0 && index != m_language->currentIndex())
        m_language->setCurrentIndex(index); // resets the message
    else
        resetMessage();
}

void NotificationsTab::resetMessage()
{
    const NotificationTemplate standard = NotificationTemplate::standard(m_kind, language());
    {
        const QSignalBlocker subject(m_subject);
        const QSignalBlocker body(m_body);
        m_subject->setText(standard.subject());
        m_body->setPlainText(standard.body());
    }
    updatePreview();
}

QString NotificationsTab::previewSubject() const
{
    return m_previewSubject->text();
}

QString NotificationsTab::previewBody() const
{
    return m_previewBody->toPlainText();
}

void NotificationsTab::updatePreview()
{
    const NotificationTemplate current = message();
    const QStringList unknown = NotificationList::unknownPlaceholders(m_kind, current);
    if (!unknown.isEmpty())
        showStatus(tr("Unknown placeholders: %1").arg(unknown.join(u", "_s)), true);
    else if (m_status->property("problem").toBool() && m_exportWatcher.isFinished())
        showStatus({}, false);
    if (!m_record) {
        m_previewLabel->setText(tr("Preview: no record is verified yet."));
        m_previewSubject->clear();
        m_previewBody->clear();
        return;
    }
    m_previewLabel->setText(tr("Preview with row %1 (%2):")
                                .arg(m_record->row)
                                .arg(NotificationList::value(m_kind, *m_record, u"email"_s)
                                         .value_or(QString())));
    const auto value = [this](const QString &name) {
        return NotificationList::value(m_kind, *m_record, name, m_levels.value(m_record->row));
    };
    m_previewSubject->setText(current.renderSubject(value));
    m_previewBody->setPlainText(current.renderBody(value));
}

void NotificationsTab::insertPlaceholder(const QString &name)
{
    m_body->insertPlainText(u'{' + name + u'}');
    m_body->setFocus();
}

void NotificationsTab::exportLists()
{
    if (m_journalPath.isEmpty() || m_folder->text().isEmpty() || m_exportWatcher.isRunning())
        return;
    m_export->setEnabled(false);
    showStatus(tr("Writing the notification list…"), false);
    m_exportWatcher.setFuture(QtConcurrent::run(writeLists, m_journalPath, m_folder->text(),
                                                message(), language()));
}

void NotificationsTab::showStatus(const QString &text, bool problem)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, problem ? semanticColor(Semantic::Error, palette)
                                                   : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setProperty("problem", problem);
    m_status->setText(text);
}

} // namespace Peere::Ui
