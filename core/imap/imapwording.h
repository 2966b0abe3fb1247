#pragma once

#include "imapresponse.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Every sentence the IMAP side says to a person, in one place: errors (what happened, the server's words,
// what to do) and the server test's step titles and findings. The client, the Sent-copy operation and the
// server test all take their wording from here, so the same advice is never written twice. 'where' is
// "host:port".
class ImapWording
{
    Q_DECLARE_TR_FUNCTIONS(ImapWording)

public:
    // The response parser.
    static QString responseTooLarge(qint64 limit);
    static QString literalTooLarge(quint64 size, qint64 limit);

    // Connecting and TLS.
    static QString hostNotFound(const QString &host);
    static QString connectionRefused(const QString &where);
    static QString proxyFailed(const QString &where, const QString &detail);
    static QString connectionFailed(const QString &where, const QString &detail);
    static QString tlsNotSpoken(quint16 port);
    static QString tlsHandshakeFailed(const QString &where, const QString &detail);
    static QString closedDuringTls(const QString &where);
    static QString connectTimeout(const QString &where, int seconds);
    static QString tlsTimeout(const QString &where, int seconds);
    static QString greetingTimeout(const QString &where, int seconds, bool plainText, bool tlsPort);
    static QString notAGreeting(const QString &where, const QString &summary);
    static QString greetingRefused(const QString &where, const QString &serverText);
    static QString startTlsNotOffered(const QString &where);
    static QString preauthWithoutTls(const QString &where);
    static QString startTlsRefused(const QString &summary);
    static QString startTlsInjection();

    // The session.
    static QString connectionClosed(const QString &where, const QString &serverText);
    static QString commandTimeout(const QString &where, const QString &command, int seconds);
    static QString flood(const QString &where, int responses, qint64 bytes);
    static QString unexpectedContinuation(const QString &summary);
    static QString unknownTag(const QString &tag, const QString &summary);
    static QString commandRefused(const QString &command, const QString &summary);
    static QString alreadyConnected();
    static QString notConnected();
    static QString alreadyEncrypted();
    static QString cancelled();
    static QString lineBreakInArgument();
    static QString invalidFlag(const QString &flag);

    // Logging in.
    static QString loginRunning();
    static QString lineBreakInUserName();
    static QString loginBeforeTls(const QString &where);
    static QString noUsableLogin(const QString &where, const QList<QByteArray> &offered, bool loginDisabled);
    static QString mechanismNotOffered(const QString &mechanism, const QList<QByteArray> &offered);
    static QString tooManyChallenges(int limit);
    static QString badChallenge();
    static QString serverNotVerified();
    static QString cancelledLoginAccepted();
    // A refused login, with advice chosen by the RFC 5530 response code.
    static QString loginRefused(const ImapResponse &completion);

    // Finding the folder and saving the copy.
    static QString listRefused(const QString &summary);
    static QString noSentFolder(const QString &fallback);
    static QString createRefused(const QString &folder, const ImapResponse &completion);
    // A refused APPEND, with advice chosen by the response code (OVERQUOTA, TOOBIG, TRYCREATE, NOPERM...).
    static QString appendRefused(const QString &folder, const ImapResponse &completion);
    static QString tooLargeForServer(qint64 size, qint64 limit);
    static QString messageNotReadable();
    static QString messageGone();
    static QString messageEnded(qint64 sent, qint64 total, const QString &detail);
    static QString messageNotRereadable();
    static QString closedDuringAppend(const QString &where, const QString &serverText);
    static QString appendStalled(const QString &where, int seconds);
    static QString appendNoAnswer(const QString &where, int seconds);
    static QString appendOutcomeUnknown(const QString &where);

    // The server test: what each step found.
    static QString folderFoundBySpecialUse(const QString &folder);
    static QString folderFoundByName(const QString &folder);
    static QString folderConfigured(const QString &folder);
    static QString folderWillBeCreated(const QString &folder);
    static QString loggedInWith(const QString &mechanism);
    static QString preauthenticated();
};
