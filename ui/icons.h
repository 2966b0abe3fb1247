#pragma once

#include <QIcon>
#include <QString>

// The application's icons: hand-drawn SVGs (resources/icons) whose strokes use "currentColor", painted at
// whatever size and device pixel ratio is asked for in the colour of the current palette's text, so they
// follow a light or dark desktop theme and stay sharp on HiDPI screens.
namespace Icons {
// An icon by its file name without ".svg" ("send", "attach", "step-done", ...).
QIcon icon(const QString &name);
// The application's own icon (its own colours).
QIcon appIcon();
} // namespace Icons
