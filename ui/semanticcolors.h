#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace Peere::Ui {

// The only colours the console chooses itself: what a state means. Everything else comes from the
// system's palette, light or dark.
enum class Semantic { Neutral, Ok, Warning, Error };

// A colour for `meaning` that reads on `palette`'s window background: darker tones on a light
// palette, lighter ones on a dark palette. Neutral is the palette's own text colour.
QColor semanticColor(Semantic meaning, const QPalette &palette);
bool isDarkPalette(const QPalette &palette);

// Sets `widget`'s text colour to `meaning` (Neutral restores the inherited palette).
void setSemanticForeground(QWidget *widget, Semantic meaning);

} // namespace Peere::Ui
