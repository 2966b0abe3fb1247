#pragma once

#include <QMargins>
#include <QObject>
#include <QRect>
#include <QSize>

class QWidget;

// Sizes and places every top-level window of the app inside the usable area of its screen (the desktop
// minus panels and docks): the size the window asks for, shrunk to fit; centred on the window it belongs to,
// or cascaded from the window the person was in; never past an edge, so no title bar, toolbar or button is
// out of reach on a small screen.
class WindowPlacement : public QObject
{
    Q_OBJECT
public:
    // When 'window' is first shown, it is sized (at most 'preferred') and placed.
    static void install(QWidget *window, const QSize &preferred);

    // The frame's top-left and the client size for a window of 'preferred' size (at least 'minimum') with
    // this frame, inside 'available', centred on 'anchor' (or on 'available' when it is null), then moved in
    // from any edge it crosses.
    static QRect fit(const QRect &available, QSize preferred, const QSize &minimum, const QMargins &frame,
        const QRect &anchor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowPlacement(QWidget *window, const QSize &preferred);
    void place();

    QWidget *m_window;
    QSize m_preferred;
};
