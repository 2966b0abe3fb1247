#include "imapwording.h"

#include <QStringList>

namespace {

QString joined(const QList<QByteArray> &names)
{
    QStringList out;
    for (const QByteArray &n : names) {
        out << QString::fromLatin1(n);
    }
    return out.join(QLatin1String(", "));
}

QString serverSaid(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral(" (\u201c%1\u201d)").arg(text.left(300));
}

} // namespace

QString ImapWording::responseTooLarge(qint64 limit)
{
    return tr("The IMAP server sent a response larger than %1 bytes; Epistle stopped reading.").arg(limit);
}

QString ImapWording::literalTooLarge(quint64 size, qint64 limit)
{
    return tr("The IMAP server announced %1 bytes of data in one response, more than the %2 Epistle accepts "
              "for anything it asks; Epistle stopped reading.")
        .arg(size)
        .arg(limit);
}

QString ImapWording::hostNotFound(const QString &host)
{
    return tr(
        "The IMAP server name %1 could not be found. Check its spelling, and that this computer is online.")
        .arg(host);
}

QString ImapWording::connectionRefused(const QString &where)
{
    return tr("Nothing accepts connections at %1. Check the IMAP server's port: 993 for SSL/TLS, 143 for "
              "STARTTLS.")
        .arg(where);
}

QString ImapWording::proxyFailed(const QString &where, const QString &detail)
{
    return tr("The proxy did not connect Epistle to %1: %2").arg(where, detail);
}

QString ImapWording::connectionFailed(const QString &where, const QString &detail)
{
    return tr("The connection to %1 failed: %2").arg(where, detail);
}

QString ImapWording::tlsNotSpoken(quint16 port)
{
    return tr("The IMAP server on port %1 does not speak TLS from the first byte; choose STARTTLS instead of "
              "SSL/TLS (or port 993 for SSL/TLS).")
        .arg(port);
}

QString ImapWording::tlsHandshakeFailed(const QString &where, const QString &detail)
{
    return tr("The TLS handshake with %1 failed: %2").arg(where, detail);
}

QString ImapWording::closedDuringTls(const QString &where)
{
    return tr("The IMAP server at %1 closed the connection during the TLS handshake.").arg(where);
}

QString ImapWording::connectTimeout(const QString &where, int seconds)
{
    return tr("No connection to %1 within %2 s: the server is down, or a firewall drops the traffic.")
        .arg(where)
        .arg(seconds);
}

QString ImapWording::tlsTimeout(const QString &where, int seconds)
{
    return tr("The TLS handshake with %1 did not finish within %2 s.").arg(where).arg(seconds);
}

QString ImapWording::greetingTimeout(const QString &where, int seconds, bool plainText, bool tlsPort)
{
    if (tlsPort) {
        return tr(
            "The IMAP server on port 993 sent no greeting within %1 s: it expects TLS from the first byte; "
            "choose SSL/TLS instead of STARTTLS.")
            .arg(seconds);
    }
    if (plainText) {
        return tr(
            "The IMAP server at %1 accepted the connection but sent no greeting within %2 s. If this port "
            "expects TLS from the first byte (usually 993), choose SSL/TLS.")
            .arg(where)
            .arg(seconds);
    }
    return tr("The IMAP server at %1 sent no greeting within %2 s.").arg(where).arg(seconds);
}

QString ImapWording::notAGreeting(const QString &where, const QString &summary)
{
    return tr("What answered at %1 is not an IMAP server (its first words were \u201c%2\u201d). Check the "
              "server name and port.")
        .arg(where, summary.left(200));
}

QString ImapWording::greetingRefused(const QString &where, const QString &serverText)
{
    return tr("The IMAP server at %1 refused the connection%2. Try again later.")
        .arg(where, serverSaid(serverText));
}

QString ImapWording::startTlsNotOffered(const QString &where)
{
    return tr(
        "The IMAP server at %1 does not offer STARTTLS, so the connection cannot be encrypted; nothing was "
        "sent. If it supports SSL/TLS (usually port 993), choose that; Epistle never falls back to plain "
        "text on its own.")
        .arg(where);
}

QString ImapWording::preauthWithoutTls(const QString &where)
{
    return tr(
        "The IMAP server at %1 logged Epistle in before the connection was encrypted (PREAUTH), so it can "
        "no longer be encrypted with STARTTLS; Epistle stopped. Choose SSL/TLS (usually port 993).")
        .arg(where);
}

QString ImapWording::startTlsRefused(const QString &summary)
{
    return tr(
        "The IMAP server refused to start TLS (%1); nothing was sent, and Epistle will not fall back to "
        "plain text.")
        .arg(summary);
}

QString ImapWording::startTlsInjection()
{
    return tr(
        "The IMAP server (or something in between) sent more data right after agreeing to STARTTLS. That is "
        "how TLS-stripping attacks inject responses; Epistle stopped.");
}

QString ImapWording::connectionClosed(const QString &where, const QString &serverText)
{
    return tr("The IMAP server at %1 closed the connection%2.").arg(where, serverSaid(serverText));
}

QString ImapWording::commandTimeout(const QString &where, const QString &command, int seconds)
{
    return tr("The IMAP server at %1 did not answer %2 within %3 s.").arg(where, command).arg(seconds);
}

QString ImapWording::flood(const QString &where, int responses, qint64 bytes)
{
    return tr("The IMAP server at %1 kept sending data Epistle did not ask for (%2 responses, %3 bytes); "
              "Epistle stopped.")
        .arg(where)
        .arg(responses)
        .arg(bytes);
}

QString ImapWording::unexpectedContinuation(const QString &summary)
{
    return tr("The IMAP server asked for data Epistle was not sending (\u201c%1\u201d).")
        .arg(summary.left(200));
}

QString ImapWording::unknownTag(const QString &tag, const QString &summary)
{
    return tr("The IMAP server answered a command Epistle never sent (tag %1: \u201c%2\u201d).")
        .arg(tag, summary.left(200));
}

QString ImapWording::commandRefused(const QString &command, const QString &summary)
{
    return tr("The IMAP server refused %1: %2").arg(command, summary);
}

QString ImapWording::alreadyConnected()
{
    return tr("Already connected.");
}

QString ImapWording::notConnected()
{
    return tr("Not connected to an IMAP server.");
}

QString ImapWording::alreadyEncrypted()
{
    return tr("The connection is already encrypted.");
}

QString ImapWording::cancelled()
{
    return tr("Cancelled.");
}

QString ImapWording::lineBreakInArgument()
{
    return tr("A folder name or search text contains a line break or NUL character.");
}

QString ImapWording::invalidFlag(const QString &flag)
{
    return tr("\u201c%1\u201d is not a valid IMAP flag or keyword.").arg(flag);
}

QString ImapWording::loginRunning()
{
    return tr("A login is already running.");
}

QString ImapWording::lineBreakInUserName()
{
    return tr("The user name contains a line break or NUL character.");
}

QString ImapWording::loginBeforeTls(const QString &where)
{
    return tr("Epistle will not send the password to %1 before the connection is encrypted. Use STARTTLS or "
              "SSL/TLS.")
        .arg(where);
}

QString ImapWording::noUsableLogin(const QString &where, const QList<QByteArray> &offered, bool loginDisabled)
{
    if (offered.isEmpty() && loginDisabled) {
        return tr(
            "The IMAP server at %1 allows no login at this point (LOGINDISABLED, no AUTH=). It may want the "
            "connection encrypted first: choose STARTTLS or SSL/TLS.")
            .arg(where);
    }
    return tr(
        "The IMAP server at %1 offers %2; none of them works with the credentials given (a password or a "
        "token is missing).")
        .arg(where, offered.isEmpty() ? tr("no login mechanism") : joined(offered));
}

QString ImapWording::mechanismNotOffered(const QString &mechanism, const QList<QByteArray> &offered)
{
    // The literal is split after \u201c because lupdate reads "\u201ca" as one five-digit escape.
    return tr("The IMAP server does not offer %1; it offers %2. Choose one of those, or \u201c"
              "auto\u201d.")
        .arg(mechanism, offered.isEmpty() ? tr("no SASL mechanism") : joined(offered));
}

QString ImapWording::tooManyChallenges(int limit)
{
    return tr("The IMAP server sent more than %1 login challenges; Epistle stopped instead of going round in "
              "circles.")
        .arg(limit);
}

QString ImapWording::badChallenge()
{
    return tr("The IMAP server's login challenge is not valid base64.");
}

QString ImapWording::serverNotVerified()
{
    return tr("The IMAP server accepted the login without proving it knows the password (no SCRAM server "
              "signature). Epistle does not trust this server.");
}

QString ImapWording::cancelledLoginAccepted()
{
    return tr("The IMAP server accepted a cancelled login.");
}

QString ImapWording::loginRefused(const ImapResponse &completion)
{
    // RFC 5530 response codes say why; without one the usual cause is the password.
    const QByteArray code = completion.code();
    const QString summary = completion.summary();
    if (code == "UNAVAILABLE") {
        return tr("The IMAP server could not check the login right now (%1); Epistle will try again later.")
            .arg(summary);
    }
    if (code == "EXPIRED") {
        return tr(
            "The IMAP server says the password or account has expired (%1). Renew it with your provider.")
            .arg(summary);
    }
    if (code == "PRIVACYREQUIRED") {
        return tr("The IMAP server refuses this login without encryption (%1); choose STARTTLS or SSL/TLS.")
            .arg(summary);
    }
    if (code == "AUTHORIZATIONFAILED") {
        return tr("The IMAP server accepted the password but not access to this mailbox (%1). Check the user "
                  "name.")
            .arg(summary);
    }
    if (code == "CONTACTADMIN") {
        return tr("The IMAP server refused the login and asks you to contact its administrator (%1).")
            .arg(summary);
    }
    return tr(
        "The IMAP server refused the user name or password (%1). Check both; some providers need an app "
        "password, or the IMAP login is different from the SMTP one.")
        .arg(summary);
}

QString ImapWording::listRefused(const QString &summary)
{
    return tr("The IMAP server would not list its folders (%1), so the Sent folder could not be found.")
        .arg(summary);
}

QString ImapWording::noSentFolder(const QString &fallback)
{
    return tr("The IMAP server has no Sent folder (none marked \\Sent, none called %1), and creating one is "
              "turned off. Choose the folder for sent mail in the account settings.")
        .arg(fallback);
}

QString ImapWording::createRefused(const QString &folder, const ImapResponse &completion)
{
    return tr(
        "The folder %1 could not be created on the IMAP server (%2). Choose an existing folder for sent "
        "mail in the account settings.")
        .arg(folder, completion.summary());
}

QString ImapWording::appendRefused(const QString &folder, const ImapResponse &completion)
{
    const QByteArray code = completion.code();
    const QString summary = completion.summary();
    if (code == "OVERQUOTA") {
        return tr(
            "The mailbox on the IMAP server is full (%1): the copy could not be saved in %2. Delete old "
            "mail on the server, then save the copy again; the message itself was not affected.")
            .arg(summary, folder);
    }
    if (code == "TOOBIG" || code == "LIMIT") {
        return tr("The IMAP server does not take a message this large into %1 (%2); the copy was not saved.")
            .arg(folder, summary);
    }
    if (code == "TRYCREATE" || code == "NONEXISTENT") {
        return tr(
            "The folder %1 does not exist on the IMAP server (%2). Choose an existing folder for sent mail, "
            "or let Epistle create it.")
            .arg(folder, summary);
    }
    if (code == "NOPERM" || code == "READ-ONLY") {
        return tr(
            "The IMAP server does not let this account save into %1 (%2). Choose another folder for sent "
            "mail.")
            .arg(folder, summary);
    }
    if (code == "UNAVAILABLE" || code == "INUSE" || code == "SERVERBUG") {
        return tr(
            "The IMAP server could not save the copy in %1 right now (%2); Epistle will try again later.")
            .arg(folder, summary);
    }
    return tr("The IMAP server refused to save the copy in %1 (%2).").arg(folder, summary);
}

QString ImapWording::tooLargeForServer(qint64 size, qint64 limit)
{
    return tr(
        "The message is %1 bytes; the IMAP server takes at most %2 bytes (APPENDLIMIT), so no copy can be "
        "saved there.")
        .arg(size)
        .arg(limit);
}

QString ImapWording::messageNotReadable()
{
    return tr("The message to copy is not open for reading, or its size is unknown.");
}

QString ImapWording::messageGone()
{
    return tr("The message went away while it was being copied; the copy was not saved.");
}

QString ImapWording::messageEnded(qint64 sent, qint64 total, const QString &detail)
{
    return tr(
        "The message could only be read up to byte %1 of %2 (%3); the connection was dropped so that the "
        "server saves nothing.")
        .arg(sent)
        .arg(total)
        .arg(detail.isEmpty() ? tr("it is shorter than announced") : detail);
}

QString ImapWording::messageNotRereadable()
{
    return tr("The folder had to be created first, and the message cannot be read a second time to save it "
              "there.");
}

QString ImapWording::closedDuringAppend(const QString &where, const QString &serverText)
{
    return tr("The IMAP server at %1 closed the connection while the copy was being sent%2; the copy was not "
              "saved.")
        .arg(where, serverSaid(serverText));
}

QString ImapWording::appendStalled(const QString &where, int seconds)
{
    return tr("The IMAP server at %1 stopped taking the copy for %2 s; it was not saved.")
        .arg(where)
        .arg(seconds);
}

QString ImapWording::appendNoAnswer(const QString &where, int seconds)
{
    return tr(
        "The whole copy went to %1, but the server did not say within %2 s whether it saved it. It may be "
        "there: Epistle looks for it before saving it again.")
        .arg(where)
        .arg(seconds);
}

QString ImapWording::appendOutcomeUnknown(const QString &where)
{
    return tr(
        "The connection to %1 broke after the whole copy was sent, before the server said whether it saved "
        "it. It may be there: Epistle looks for it before saving it again.")
        .arg(where);
}

QString ImapWording::folderFoundBySpecialUse(const QString &folder)
{
    return tr("%1 (marked \\Sent by the server)").arg(folder);
}

QString ImapWording::folderFoundByName(const QString &folder)
{
    return tr("%1 (found by its name; the server marks no folder \\Sent)").arg(folder);
}

QString ImapWording::folderConfigured(const QString &folder)
{
    return tr("%1 (chosen in the settings)").arg(folder);
}

QString ImapWording::folderWillBeCreated(const QString &folder)
{
    return tr("no Sent folder yet: %1 will be created with the first copy").arg(folder);
}

QString ImapWording::loggedInWith(const QString &mechanism)
{
    return tr("logged in with %1").arg(mechanism);
}

QString ImapWording::preauthenticated()
{
    return tr("already logged in by the server (PREAUTH)");
}
