#pragma once

#include "appcontext.h"

#include "accounts/account.h"
#include "accounts/accountstore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

// A private Epistle for one UI test: accounts, drafts, outbox, sent folder, recent addresses and a keychain
// service name of its own under a temporary folder, so no test touches the person's data or another test's.
class UiTestEnv
{
public:
    UiTestEnv()
    {
        AppContext::Paths paths;
        paths.accountsFile = m_dir.filePath(QStringLiteral("config/accounts.conf"));
        paths.storeDirectory = m_dir.filePath(QStringLiteral("data"));
        paths.uiSettings = m_dir.filePath(QStringLiteral("config/ui.conf"));
        paths.keychainService = QStringLiteral("epistle-ui-tests");
        context = std::make_unique<AppContext>(paths);
        m_opened = context->open();
        // Messages go at once unless a test is about "undo send" (and turns it on).
        context->undoSend().setSeconds(0);
    }

    bool isOpen() const { return m_opened; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Adds an account (the first becomes the default) and returns it with its id.
    Account addAccount(const QString &name, quint16 port, Smtp::Security security = Smtp::Security::None,
        const QByteArray &auth = "none", const QString &host = QStringLiteral("127.0.0.1"))
    {
        Account a;
        a.name = name;
        a.senderName = QStringLiteral("Alice Example");
        a.address = QStringLiteral("alice@example.test");
        a.host = host;
        a.port = port;
        a.security = security;
        a.authMechanism = auth;
        a.proxyType = Account::ProxyType::None;
        a.signature = QStringLiteral("Alice Example\nExample Corp");
        context->accounts()->add(&a);
        return a;
    }

    std::unique_ptr<AppContext> context;

private:
    QTemporaryDir m_dir;
    bool m_opened = false;
};

// The first visible widget of type T named 'name' (any name when empty) under 'parent', or among the
// top-level widgets when parent is null.
template<typename T> T *findVisible(QWidget *parent = nullptr, const QString &name = {})
{
    QList<T *> candidates;
    if (parent) {
        candidates = parent->findChildren<T *>();
    } else {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *t = qobject_cast<T *>(w)) {
                candidates << t;
            }
            candidates += w->findChildren<T *>();
        }
    }
    for (T *t : candidates) {
        if (t->isVisible() && (name.isEmpty() || t->objectName() == name)) {
            return t;
        }
    }
    return nullptr;
}

// A TCP port on 127.0.0.1 where nothing listens.
quint16 closedPort();

// The controls of 'window' that Tab reaches (visible, enabled, in the focus chain) but that give assistive
// technology no name (QAccessible's Name: the accessible name, a button's text, a buddy label...), as
// "ClassName objectName" strings; empty when every one is named.
QStringList unnamedTabStops(QWidget *window);
