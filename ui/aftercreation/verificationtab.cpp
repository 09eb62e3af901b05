#include "verificationtab.h"

#include "journal/journal.h"
#include "metrics/verificationmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

VerificationTab::VerificationTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new VerificationModel(this))
    , m_summary(new QLabel)
    , m_error(new QLabel)
    , m_table(new QTableView)
{
    m_summary->setObjectName(u"verificationSummary"_s);
    m_summary->setWordWrap(true);
    m_error->setObjectName(u"verificationError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(u"verificationRefresh"_s);
    connect(refreshButton, &QPushButton::clicked, this, &VerificationTab::refresh);
    m_table->setObjectName(u"mismatchTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Records that differ on the server or were not found:")));
    layout->addWidget(m_table, 1);
    refresh();
}

void VerificationTab::setJournalPath(const QString &path)
{
    m_path = path;
    refresh();
}

void VerificationTab::refresh()
{
    m_error->hide();
    if (m_path.isEmpty()) {
        m_model->clear();
        m_summary->setText(tr("Open a migration to see what its verification found."));
        return;
    }
    const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly);
    VoidResult loaded = journal ? m_model->load(**journal) : VoidResult(Failure{journal.error()});
    if (!loaded) {
        m_model->clear();
        m_error->setText(loaded.error());
        m_error->show();
    }
    const VerificationModel::Counts c = m_model->counts();
    const QLocale locale;
    m_summary->setText(tr("Verified: %1 · Mismatch: %2 · Not found: %3 · Still to verify: %4")
                           .arg(locale.toString(c.verified),
                                locale.toString(c.mismatch),
                                locale.toString(c.notFound),
                                locale.toString(c.toVerify)));
    m_table->resizeColumnToContents(VerificationModel::RowColumn);
}

QString VerificationTab::summaryText() const
{
    return m_summary->text();
}

QString VerificationTab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Peere::Ui
