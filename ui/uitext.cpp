#include "uitext.h"

#include <QStringList>

QString UiText::securityTitle(Smtp::Security security)
{
    switch (security) {
    case Smtp::Security::Tls:
        return tr("SSL/TLS");
    case Smtp::Security::StartTls:
        return tr("STARTTLS");
    case Smtp::Security::None:
        return tr("None (unencrypted)");
    }
    return {};
}

QString UiText::serverTitle(const SmtpConnectionSettings &settings)
{
    return tr("%1:%2 (%3)")
        .arg(settings.host)
        .arg(settings.effectivePort())
        .arg(securityTitle(settings.security));
}

QString UiText::describeChange(const SmtpConnectionSettings &from, const SmtpConnectionSettings &to)
{
    QStringList changes;
    if (from.security != to.security || from.effectivePort() != to.effectivePort()) {
        changes << tr("%1 on port %2").arg(securityTitle(to.security)).arg(to.effectivePort());
    }
    if (from.host != to.host) {
        changes << tr("server %1").arg(to.host);
    }
    if (from.authMechanism != to.authMechanism) {
        changes << (to.authMechanism == "auto"
                ? tr("the strongest login method the server offers")
                : tr("login method %1").arg(QString::fromLatin1(to.authMechanism)));
    }
    if (from.tls.pinnedSha256 != to.tls.pinnedSha256) {
        changes << tr("trust the server's certificate");
    }
    return changes.join(tr(", "));
}

QString UiText::applyFixAndSend(const QString &change)
{
    return tr("Use %1 and send again").arg(change);
}
