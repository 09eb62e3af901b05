#include "importprompt.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

ImportPrompt::ImportPrompt(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_sample(new QLabel)
    , m_open(new QPushButton)
    , m_importSample(new QPushButton)
{
    setObjectName(u"importPrompt"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    m_text->setWordWrap(true);
    m_sample->setObjectName(u"importSampleLabel"_s);
    m_sample->setWordWrap(true);
    m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(u"importOpenButton"_s);
    m_importSample->setObjectName(u"importSampleButton"_s);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_importSample);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_sample);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_open, &QPushButton::clicked, this, &ImportPrompt::importRequested);
    connect(m_importSample, &QPushButton::clicked, this, [this] {
        if (!m_suggested.isEmpty())
            emit importFileRequested(m_suggested);
    });
    setSuggestedFile({});
}

void ImportPrompt::setSuggestedFile(const QString &path)
{
    m_suggested = path;
    m_sample->setVisible(!path.isEmpty());
    m_importSample->setVisible(!path.isEmpty());
    retranslate();
}

void ImportPrompt::retranslate()
{
    m_title->setText(tr("Import"));
    m_text->setText(tr("Open a CSV export of customers or merchants, or drop it on this window. "
                       "Its columns are matched to the API's fields, and every row is checked "
                       "before anything is sent."));
    m_sample->setText(
        tr("Sample file ready for the demo: %1").arg(QDir::toNativeSeparators(m_suggested)));
    m_open->setText(tr("&Open a CSV file…"));
    m_open->setAccessibleName(tr("Open a CSV file"));
    m_importSample->setText(tr("Import the &sample"));
    m_importSample->setAccessibleName(tr("Import the sample"));
}

void ImportPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
