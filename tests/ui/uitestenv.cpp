#include "uitestenv.h"

#include <QAccessible>
#include <QTcpServer>

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QStringList unnamedTabStops(QWidget *window)
{
    QStringList unnamed;
    QWidget *w = window;
    for (int i = 0; i < 1000; ++i) {
        w = w->nextInFocusChain();
        if (w == window) {
            break;
        }
        // A widget with a focus proxy (a spin box's line edit) hands Tab on to the proxy.
        if (w->window() != window || !w->isVisibleTo(window) || !w->isEnabled()
            || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy()) {
            continue;
        }
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        }
    }
    return unnamed;
}
