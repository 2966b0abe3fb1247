#pragma once

#include "smtperror.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// The one home of the engine's human wording: a function per situation returning the SmtpError with its plain
// sentence (what happened and, where there is one, what to change), or the warning text. The client, the
// sender, the transaction, the login and the connection test all take their sentences from here, so the same
// advice is written once.
class SmtpAdvice
{
    Q_DECLARE_TR_FUNCTIONS(SmtpAdvice)

public:
    // ---- connecting and TLS ----
    static SmtpError alreadyConnected();
    static SmtpError notConnected(Smtp::Step step);
    static SmtpError hostNotFound(const QString &host);
    static SmtpError connectionRefused(const QString &peer);
    static SmtpError proxyFailed(const QString &peer, const QString &detail);
    static SmtpError networkError(Smtp::Step step, const QString &peer, const QString &detail);
    static SmtpError connectTimeout(const QString &peer, int seconds);
    // The port waits for a TLS ClientHello (usually 465) while plain text or STARTTLS was chosen.
    static SmtpError tlsExpectedByServer(quint16 port, Smtp::Security chosen);
    static SmtpError tlsNotSpokenByServer(quint16 port);
    static SmtpError tlsHandshakeFailed(const QString &peer, const QString &detail);
    static SmtpError tlsHandshakeClosed(const QString &peer);
    static SmtpError tlsHandshakeTimeout(const QString &peer, int seconds);
    static SmtpError certificateUntrusted(
        const QString &host, const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    static SmtpError certificatePinMismatch(
        const QString &host, const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    static SmtpError alreadyEncrypted();
    static SmtpError startTlsNotOffered(const QString &peer);
    static SmtpError startTlsRefused(const SmtpReply &reply);
    // RFC 3207 / CVE-2011-0411: bytes after the 220 to STARTTLS.
    static SmtpError startTlsInjection(const SmtpReply &reply);

    // ---- greeting and hello ----
    static SmtpError greetingRefused(const QString &peer, const SmtpReply &reply);
    static SmtpError greetingTimeout(
        const QString &peer, quint16 port, int seconds, bool encrypted, Smtp::Security chosen);
    static SmtpError helloRefused(const SmtpReply &reply);
    static SmtpError helloRefusedAfterTls(const SmtpReply &reply);
    static SmtpError invalidHeloName(const QString &name);

    // ---- the server's replies ----
    static SmtpError serviceClosing(Smtp::Step step, const QString &peer, const SmtpReply &reply);
    static SmtpError unsolicitedReply(const SmtpReply &reply);
    // RFC 2920 3.1: a reply its command cannot get (a 354 to RCPT, anything but 221 to QUIT).
    static SmtpError impossibleReply(Smtp::Step step, const SmtpReply &reply);
    static SmtpError malformedReply(Smtp::Step step, const QString &parserError);
    static SmtpError commandTimeout(Smtp::Step step, const QString &peer, int seconds);
    static SmtpError connectionClosed(Smtp::Step step, const QString &peer, bool duringBody);
    static SmtpError cancelled(Smtp::Step step);

    // ---- logging in ----
    static SmtpError loginRunning();
    static SmtpError userNameHasLineBreak();
    static QString insecureAuthenticationWarning(const QString &peer);
    static SmtpError authRequiresTls(const QString &peer);
    // AUTH "auto" and no AUTH keyword: why not, from what the connection knows.
    static SmtpError authNotOffered(const QString &peer, bool startTlsOffered, bool encrypted, bool loopback);
    static SmtpError noMechanismFits(const QString &offered);
    static SmtpError mechanismNotOffered(
        const QString &peer, const QByteArray &mechanism, const QString &offered);
    static SmtpError mechanismFailed(const QString &why);
    static SmtpError tooManyChallenges(int limit, const SmtpReply &reply);
    static SmtpError challengeNotBase64(const SmtpReply &reply);
    static SmtpError serverNotVerified(const SmtpReply &reply);
    static SmtpError serverSignatureWrong(const QString &why, const SmtpReply &reply);
    static SmtpError cancelledLoginAccepted(const SmtpReply &reply);
    // The final reply to AUTH was negative: 535 wrong credentials, 534/538/504 another way, 454 try later.
    static SmtpError loginRefused(const SmtpReply &reply);
    // The same, when a DATA transaction pipelined behind the login got its 354: the body was withheld.
    static SmtpError loginRefusedBodyWithheld(const SmtpReply &reply);
    // A warning: the login was refused but the server queued the message anyway (RFC 2920 3.1; Postfix's
    // permit_mynetworks does that for its own network).
    static SmtpError loginRefusedMessageAccepted(const SmtpReply &reply);
    // "auto" without TLS to a remote server never picks a mechanism that shows the password (PLAIN, LOGIN).
    static SmtpError passwordMechanismsWithoutTls(const QString &peer, const QString &offered);
    static SmtpError mechanismNeedsTls(const QString &peer, const QByteArray &mechanism);

    // ---- the envelope ----
    static SmtpError noRecipients();
    static SmtpError emptyRecipient();
    static SmtpError addressHasControl(Smtp::Step step, const QString &address, bool nothingSent);
    static SmtpError nonAsciiLocalPart(Smtp::Step step, const QString &address);
    static SmtpError invalidDomain(Smtp::Step step, const QString &address);
    static SmtpError utf8HeadersNeedSmtpUtf8();
    static SmtpError eightBitNeeds8BitMime();
    static SmtpError messageTooLargeForLimit(qint64 size, qint64 limit);
    // What to do about a message too large for the server.
    static QString smallerMessage();
    static SmtpError invalidDsnReturn();
    static SmtpError invalidDsnNotify();
    static SmtpError dsnNeverCombined();
    static QString dsnNotOfferedWarning();
    static QString dsnNotOfferedWarning(const QString &recipient);
    // RFC 8689: the message asks for TLS all the way; this server cannot promise it (no REQUIRETLS, or no
    // TLS).
    static SmtpError requireTlsNotOffered(const QString &peer, bool encrypted);
    static SmtpError senderRefused(const QString &from, const SmtpReply &reply);
    static SmtpError allRecipientsRefused(const SmtpReply &firstRefusal);

    // ---- the message ----
    static SmtpError bodyNotReadable();
    static SmtpError bodyGone();
    static SmtpError bodyReadFailed(const QString &why);
    static SmtpError chunkingNotOffered();
    static SmtpError bodyStalled(int seconds);
    static SmtpError messageRefused(const SmtpReply &reply);
    // The end of the message left and 'cause' ended the session before a settled final reply said whether it
    // was taken: a timeout, a lost connection, or replies that no longer match their commands.
    static SmtpError mayHaveBeenSent(const SmtpError &cause);
    // A positive final reply to a message whose sender or every recipient the same server had refused.
    static SmtpError contradictoryVerdict(const SmtpReply &reply);

    // ---- a batch ----
    static SmtpError nothingToSend();

    // ---- diagnoses: the connection test's cause and fix, for what the engine's own sentence cannot know
    // ---- The session was refused in the greeting (RFC 5321 3.1, usually 554): the server's words and the
    // usual causes.
    static QString greetingRefusedCauses(const QString &peer, const SmtpReply &reply);
    // Connected, no greeting, and the port did not answer a TLS handshake either; the settings to try instead
    // are 'security' on 'port'.
    static QString noGreetingNoTls(const QString &peer, Smtp::Security security, quint16 port);
    // Connected and encrypted, and still no greeting.
    static QString noGreetingAfterTls(const QString &peer);
    // RFC 4954 section 6: 530 5.7.0 to MAIL or RCPT from an account without a user name and password.
    static QString loginRequired(const SmtpReply &reply);
    // The same, from an account that has a login but authentication set to none.
    static QString loginTurnedOff(const SmtpReply &reply);
    // AUTH refused before encryption (RFC 4954 538 / 5.7.11, or a 530 that says so).
    static QString loginNeedsEncryption(const SmtpReply &reply);
    // A 4xx to AUTH during a test: nothing retries it.
    static QString loginUnavailable(const SmtpReply &reply);
    // An OAuth token refused: the sign-in expired or was revoked.
    static QString signInTokenRefused(const SmtpReply &reply);
    static QString testRecipientRefused(const QString &recipient, const SmtpReply &reply);
    // RFC 1870 section 6.1: the announced SIZE was refused.
    static QString sizeRefused(qint64 size, const SmtpReply &reply);
    static QString certificateFingerprint(const QString &formattedFingerprint);
};
