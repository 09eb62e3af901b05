#include "findreplacedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

FindReplaceDialog::FindReplaceDialog(RecordKind kind,
                                     std::function<QString(const Request &)> replaceAll,
                                     QWidget *parent)
    : QDialog(parent)
    , m_replaceAll(std::move(replaceAll))
    , m_field(new QComboBox)
    , m_find(new QLineEdit)
    , m_replacement(new QLineEdit)
    , m_regex(new QCheckBox(tr("Regular e&xpression")))
    , m_caseSensitive(new QCheckBox(tr("Match &case")))
    , m_shownOnly(new QCheckBox(tr("Only the rows &shown")))
    , m_outcome(new QLabel)
{
    setObjectName(u"FindReplaceDialog"_s);
    setWindowTitle(tr("Find and replace"));
    for (int field = 0; field < fieldCount(kind); ++field)
        m_field->addItem(fieldName(kind, field), field);
    m_field->setObjectName(u"findField"_s);
    m_find->setObjectName(u"findText"_s);
    m_replacement->setObjectName(u"replaceText"_s);
    m_regex->setObjectName(u"regexCheck"_s);
    m_shownOnly->setChecked(true);
    m_outcome->setObjectName(u"findOutcome"_s);
    m_outcome->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(tr("&Column:"), m_field);
    form->addRow(tr("&Find:"), m_find);
    form->addRow(tr("&Replace with:"), m_replacement);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *replace = buttons->addButton(tr("Replace &all"), QDialogButtonBox::ApplyRole);
    replace->setObjectName(u"replaceAllButton"_s);
    replace->setDefault(true);
    connect(replace, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_regex);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_shownOnly);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
}

void FindReplaceDialog::setField(int field)
{
    m_field->setCurrentIndex(m_field->findData(field));
}

FindReplaceDialog::Request FindReplaceDialog::request() const
{
    Request request;
    request.field = m_field->currentData().toInt();
    request.find = m_find->text();
    request.replacement = m_replacement->text();
    request.regex = m_regex->isChecked();
    request.caseSensitive = m_caseSensitive->isChecked();
    request.shownRowsOnly = m_shownOnly->isChecked();
    return request;
}

QString FindReplaceDialog::outcome() const
{
    return m_outcome->text();
}

void FindReplaceDialog::replaceAll()
{
    m_outcome->setText(m_replaceAll(request()));
}

} // namespace Peere::Ui
