#include "windowplacement.h"

#include <QApplication>
#include <QCursor>
#include <QEvent>
#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <QWindow>

namespace {

// A new window of the same kind opens this far down and right of the one the person was in (as window
// managers cascade), so both title bars stay visible.
constexpr int CascadeStep = 32;

// The window manager's decoration is only known once the window is mapped; until then, reserve what a
// title bar and a thin border usually take, so the frame does not end up past the edge either.
QMargins frameOf(QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect client = window->geometry();
    const QMargins known(client.left() - frame.left(), client.top() - frame.top(),
        frame.right() - client.right(), frame.bottom() - client.bottom());
    if (!known.isNull()) {
        return known;
    }
    const int title = window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    return { 4, title + 8, 4, 4 };
}

// The window this one belongs to: its parent's window, or the window the person was working in.
QWidget *anchorOf(QWidget *window)
{
    if (QWidget *parent = window->parentWidget()) {
        return parent->window();
    }
    QWidget *active = QApplication::activeWindow();
    return active && active != window && active->isVisible() ? active : nullptr;
}

} // namespace

WindowPlacement::WindowPlacement(QWidget *window, const QSize &preferred)
    : QObject(window), m_window(window), m_preferred(preferred)
{
    window->installEventFilter(this);
}

void WindowPlacement::install(QWidget *window, const QSize &preferred)
{
    new WindowPlacement(window, preferred);
    window->resize(preferred);
}

QRect WindowPlacement::fit(
    const QRect &available, QSize preferred, const QSize &minimum, const QMargins &frame, const QRect &anchor)
{
    const QRect inside = available.marginsRemoved(frame);
    // The person's screen wins over the window's wish; a minimum larger than the screen is a layout bug
    // the tests catch, and is still kept so nothing overlaps.
    const QSize size = preferred.boundedTo(inside.size()).expandedTo(minimum);
    QRect client(QPoint(0, 0), size);
    client.moveCenter(anchor.isNull() ? inside.center() : anchor.center());
    if (client.right() > inside.right()) {
        client.moveRight(inside.right());
    }
    if (client.bottom() > inside.bottom()) {
        client.moveBottom(inside.bottom());
    }
    if (client.left() < inside.left()) {
        client.moveLeft(inside.left());
    }
    if (client.top() < inside.top()) {
        client.moveTop(inside.top());
    }
    return { client.topLeft() - QPoint(frame.left(), frame.top()), size };
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event)
{
    // Show comes before the window is mapped: placing it here means it never appears in the wrong place.
    // Only the first time: where the person moves the window afterwards is theirs.
    if (watched == m_window && event->type() == QEvent::Show && !event->spontaneous()) {
        m_window->removeEventFilter(this);
        place();
    }
    return QObject::eventFilter(watched, event);
}

void WindowPlacement::place()
{
    QWidget *anchor = anchorOf(m_window);
    QScreen *screen = anchor ? anchor->screen() : nullptr;
    if (!screen) {
        screen = QGuiApplication::screenAt(QCursor::pos());
    }
    if (!screen) {
        screen = m_window->screen();
    }
    QRect around;
    if (anchor) {
        around = anchor->geometry();
        // Another window of the same kind (Ctrl+N): cascade from it rather than cover it exactly.
        if (!m_window->parentWidget() && anchor->metaObject() == m_window->metaObject()) {
            around.translate(CascadeStep, CascadeStep);
        }
    }
    const QRect r = fit(
        screen->availableGeometry(), m_preferred, m_window->minimumSizeHint(), frameOf(m_window), around);
    m_window->resize(r.size());
    m_window->move(r.topLeft());
}
