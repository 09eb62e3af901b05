#include "failureexportdialog.h"

#include "metrics/phasemetricsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

FailureExportDialog::FailureExportDialog(const QStringList &causes, const QString &suggestedPath,
                                         const QString &suggestedDevicesPath, QWidget *parent)
    : QDialog(parent)
    , m_phase(new QComboBox)
    , m_batch(new QSpinBox)
    , m_cause(new QComboBox)
    , m_mask(new QCheckBox)
    , m_path(new QLineEdit)
    , m_devices(new QCheckBox)
    , m_devicesPath(new QLineEdit)
{
    setObjectName(u"failureExportDialog"_s);
    setWindowTitle(tr("Export the failure list"));
    m_phase->setObjectName(u"exportPhase"_s);
    m_phase->addItem(tr("Every phase"));
    for (int phase = 0; phase < phaseCount; ++phase)
        m_phase->addItem(PhaseMetricsModel::phaseTitle(Phase(phase)), phase);
    m_batch->setObjectName(u"exportBatch"_s);
    m_batch->setRange(0, 1000000000);
    m_batch->setSpecialValueText(tr("Every batch"));
    m_cause->setObjectName(u"exportCause"_s);
    m_cause->setEditable(true);
    m_cause->addItem(QString());
    m_cause->addItems(causes);
    m_cause->lineEdit()->setPlaceholderText(tr("Every cause"));
    m_mask->setObjectName(u"exportMask"_s);
    m_mask->setText(tr("Mask account and phone numbers (all but the last 4 digits)"));
    m_mask->setToolTip(tr("For a list that leaves the operations team."));
    m_path->setObjectName(u"exportPath"_s);
    m_path->setText(QDir::toNativeSeparators(suggestedPath));
    auto browseButton = new QPushButton(tr("Choose\u2026"));
    connect(browseButton, &QPushButton::clicked, this, &FailureExportDialog::browse);
    auto pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto form = new QFormLayout;
    form->addRow(tr("Phase:"), m_phase);
    form->addRow(tr("Batch:"), m_batch);
    form->addRow(tr("Cause:"), m_cause);
    form->addRow(QString(), m_mask);
    form->addRow(tr("File:"), pathRow);
    m_devices->setObjectName(u"exportDevices"_s);
    m_devices->setText(tr("Also the device links that failed, to a file of their own:"));
    m_devices->setChecked(!suggestedDevicesPath.isEmpty());
    m_devicesPath->setObjectName(u"exportDevicesPath"_s);
    m_devicesPath->setText(QDir::toNativeSeparators(suggestedDevicesPath));
    connect(m_devices, &QCheckBox::toggled, m_devicesPath, &QLineEdit::setEnabled);
    if (!suggestedDevicesPath.isEmpty()) {
        form->addRow(QString(), m_devices);
        form->addRow(tr("Device links:"), m_devicesPath);
    } else {
        // Not shown, owned by the dialog all the same.
        for (QWidget *unused : {static_cast<QWidget *>(m_devices), static_cast<QWidget *>(m_devicesPath)}) {
            unused->setParent(this);
            unused->hide();
        }
        m_devices->setChecked(false);
    }
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
    });
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

FailureList::Options FailureExportDialog::options() const
{
    FailureList::Options options;
    if (m_phase->currentData().isValid())
        options.phase = Phase(m_phase->currentData().toInt());
    options.batch = m_batch->value();
    options.cause = m_cause->currentText().trimmed();
    options.mask = m_mask->isChecked();
    return options;
}

QString FailureExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString FailureExportDialog::devicesPath() const
{
    return m_devices->isChecked() ? QDir::fromNativeSeparators(m_devicesPath->text().trimmed())
                                  : QString();
}

void FailureExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export the failure list"), path(),
        tr("CSV files (*.csv);;JSON files (*.json)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

} // namespace Peere::Ui
