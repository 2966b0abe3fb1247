#include "testaccounts.h"

#include "testpaths.h"

#include <QFile>

namespace TestAccounts {

QList<TestAccount> all()
{
    QList<TestAccount> accounts;
    QFile file(TestPaths::serversDirectory() + QStringLiteral("/users.conf"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("TestAccounts: cannot read %s", qPrintable(file.fileName()));
    }
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const int tab = line.indexOf('\t');
        if (tab < 0) {
            qFatal("TestAccounts: malformed line in %s", qPrintable(file.fileName()));
        }
        accounts.append({ QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)) });
    }
    return accounts;
}

static TestAccount find(const QString &user)
{
    const QList<TestAccount> accounts = all();
    for (const TestAccount &account : accounts) {
        if (account.user == user) {
            return account;
        }
    }
    qFatal("TestAccounts: %s is not in users.conf", qPrintable(user));
}

TestAccount alice()
{
    return find(QStringLiteral("alice@example.test"));
}

TestAccount bob()
{
    return find(QStringLiteral("bob@example.test"));
}

} // namespace TestAccounts
