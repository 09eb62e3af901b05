#include "semanticcolors.h"

#include <QWidget>

namespace Peere::Ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor semanticColor(Semantic meaning, const QPalette &palette)
{
    // WCAG AA (4.5:1) against light and dark windows alike: tests/ui/tst_semanticcolors.
    const bool dark = isDarkPalette(palette);
    switch (meaning) {
    case Semantic::Ok:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x14, 0x6c, 0x2e);
    case Semantic::Warning:
        return dark ? QColor(0xe3, 0xa0, 0x2c) : QColor(0x9a, 0x4d, 0x00);
    case Semantic::Error:
        return dark ? QColor(0xff, 0x85, 0x7a) : QColor(0xb3, 0x1d, 0x28);
    case Semantic::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void setSemanticForeground(QWidget *widget, Semantic meaning)
{
    // An empty palette resolves nothing: the widget inherits again, so a later switch between
    // light and dark reaches it.
    widget->setPalette(QPalette());
    if (meaning == Semantic::Neutral)
        return;
    QPalette palette = widget->palette();
    const QColor colour = semanticColor(meaning, palette);
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    palette.setColor(QPalette::ButtonText, colour);
    widget->setPalette(palette);
}

} // namespace Peere::Ui
