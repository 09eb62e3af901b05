#include "kpitile.h"

#include "semanticcolors.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

Semantic meaningOf(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Good: return Semantic::Ok;
    case KpiStatus::Warning: return Semantic::Warning;
    case KpiStatus::Bad: return Semantic::Error;
    case KpiStatus::NoData: return Semantic::Neutral;
    }
    return Semantic::Neutral;
}

} // namespace

KpiTile::KpiTile(Kpi kpi, QWidget *parent)
    : QFrame(parent)
    , m_value(KpiValue::none(kpi))
    , m_title(new QLabel)
    , m_figure(new QLabel)
    , m_target(new QLabel)
    , m_status(new QLabel)
{
    setObjectName(u"kpiTile-"_s + kpiName(kpi));
    setFrameShape(QFrame::StyledPanel);
    auto layout = new QVBoxLayout(this);
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_figure->setFont(big);
    m_figure->setObjectName(u"figure"_s);
    m_status->setObjectName(u"status"_s);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_title);
    layout->addWidget(m_figure);
    layout->addWidget(m_status);
    layout->addWidget(m_target);
    setValue(m_value);
}

void KpiTile::setValue(const KpiValue &value)
{
    m_value = value;
    m_title->setText(kpiTitle(value.kpi));
    m_figure->setText(value.figure());
    m_target->setText(kpiTargetText(value.kpi));
    m_status->setText(kpiStatusText(value.status));
    setAccessibleName(kpiTitle(value.kpi));
    setAccessibleDescription(value.figure() + u", "_s + kpiStatusText(value.status));
    updateColours();
}

QString KpiTile::figureText() const
{
    return m_figure->text();
}

QString KpiTile::statusText() const
{
    return m_status->text();
}

void KpiTile::updateColours()
{
    const Semantic meaning = meaningOf(m_value.status);
    setSemanticForeground(m_figure, meaning);
    setSemanticForeground(m_status, meaning);
    // The frame in the status colour: a stylesheet on this tile only, recomputed when the palette
    // changes (light/dark), so the colour always reads on the window background.
    const QString sheet = meaning == Semantic::Neutral
        ? QString()
        : u"Peere--Ui--KpiTile { border: 2px solid %1; border-radius: 6px; }"_s.arg(
              semanticColor(meaning, palette()).name());
    if (sheet != styleSheet()) // setting a style sheet re-polishes: only when it changes
        setStyleSheet(sheet);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

} // namespace Peere::Ui
