#include "smtpadvice.h"

#include "smtptlsinfo.h"
#include "tlstrust.h"

#include <QDateTime>
#include <QStringList>

namespace {

using Step = Smtp::Step;

QString stepVerb(Step step)
{
    return QString::fromLatin1(Smtp::stepName(step)).toUpper();
}

// An address with its line breaks made visible, for a sentence that says why it cannot be sent.
QString visible(const QString &address)
{
    return QString(address)
        .replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .remove(QChar(0));
}

} // namespace

// ---- connecting and TLS ----

SmtpError SmtpAdvice::alreadyConnected()
{
    return SmtpError(SmtpError::InvalidInput, Step::Connect, tr("Already connected"));
}

SmtpError SmtpAdvice::notConnected(Step step)
{
    return SmtpError(SmtpError::InvalidInput, step, tr("Not connected to a server."));
}

SmtpError SmtpAdvice::hostNotFound(const QString &host)
{
    return SmtpError(SmtpError::HostNotFound, Step::Resolve,
        tr("The server name %1 could not be found. Check its spelling, and that this computer is online.")
            .arg(host));
}

SmtpError SmtpAdvice::connectionRefused(const QString &peer)
{
    return SmtpError(SmtpError::ConnectionRefused, Step::Connect,
        tr("Nothing accepts connections at %1. Check the port: mail submission uses 465 (SSL/TLS) or 587 "
           "(STARTTLS).")
            .arg(peer));
}

SmtpError SmtpAdvice::proxyFailed(const QString &peer, const QString &detail)
{
    return SmtpError(SmtpError::NetworkError, Step::Connect,
        tr("The proxy did not connect Epistle to %1: %2").arg(peer, detail));
}

SmtpError SmtpAdvice::networkError(Step step, const QString &peer, const QString &detail)
{
    return SmtpError(SmtpError::NetworkError, step, tr("The connection to %1 failed: %2").arg(peer, detail));
}

SmtpError SmtpAdvice::connectTimeout(const QString &peer, int seconds)
{
    return SmtpError(SmtpError::Timeout, Step::Connect,
        tr("No connection to %1 within %2 s: the server is down, or a firewall drops the traffic.")
            .arg(peer)
            .arg(seconds));
}

SmtpError SmtpAdvice::tlsExpectedByServer(quint16 port, Smtp::Security chosen)
{
    return SmtpError(SmtpError::TlsExpectedByServer, Step::Greeting,
        chosen == Smtp::Security::None
            ? tr("The server on port %1 expects TLS from the first byte, and this account is set to no "
                 "encryption; choose SSL/TLS.")
                  .arg(port)
            : tr("The server on port %1 expects TLS from the first byte; choose SSL/TLS instead of STARTTLS.")
                  .arg(port));
}

SmtpError SmtpAdvice::tlsNotSpokenByServer(quint16 port)
{
    return SmtpError(SmtpError::TlsNotSpokenByServer, Step::TlsHandshake,
        tr("The server on port %1 does not speak TLS from the first byte; choose STARTTLS instead of SSL/TLS "
           "(or port 465 for SSL/TLS).")
            .arg(port));
}

SmtpError SmtpAdvice::tlsHandshakeFailed(const QString &peer, const QString &detail)
{
    return SmtpError(SmtpError::TlsHandshakeFailed, Step::TlsHandshake,
        tr("The TLS handshake with %1 failed: %2").arg(peer, detail));
}

SmtpError SmtpAdvice::tlsHandshakeClosed(const QString &peer)
{
    return SmtpError(SmtpError::TlsHandshakeFailed, Step::TlsHandshake,
        tr("The server at %1 closed the connection during the TLS handshake.").arg(peer));
}

SmtpError SmtpAdvice::tlsHandshakeTimeout(const QString &peer, int seconds)
{
    return SmtpError(SmtpError::Timeout, Step::TlsHandshake,
        tr("The TLS handshake with %1 did not finish within %2 s.").arg(peer).arg(seconds));
}

SmtpError SmtpAdvice::certificateUntrusted(
    const QString &host, const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    // The words are TlsTrust's, shared with the IMAP client: one sentence per kind of certificate problem.
    SmtpError error(SmtpError::CertificateUntrusted, Step::TlsHandshake,
        TlsTrust::describeErrors(errors, host, chain.value(0)));
    error.setCertificateProblem(errors, chain);
    return error;
}

SmtpError SmtpAdvice::certificatePinMismatch(
    const QString &host, const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    SmtpError error(SmtpError::CertificatePinMismatch, Step::TlsHandshake,
        TlsTrust::pinMismatch(host, SmtpTlsInfo::fingerprint(chain.value(0))));
    error.setCertificateProblem(errors, chain);
    return error;
}

SmtpError SmtpAdvice::alreadyEncrypted()
{
    return SmtpError(SmtpError::InvalidInput, Step::StartTls, tr("The connection is already encrypted."));
}

SmtpError SmtpAdvice::startTlsNotOffered(const QString &peer)
{
    return SmtpError(SmtpError::StartTlsNotOffered, Step::StartTls,
        tr("The server at %1 does not offer STARTTLS, so the connection cannot be encrypted; nothing was "
           "sent. If it supports SSL/TLS (usually port 465), choose that; Epistle never falls back to plain "
           "text on its own.")
            .arg(peer));
}

SmtpError SmtpAdvice::startTlsRefused(const SmtpReply &reply)
{
    return SmtpError(SmtpError::StartTlsRefused, Step::StartTls,
        tr("The server refused to start TLS (%1); nothing was sent, and Epistle will not fall back to plain "
           "text.")
            .arg(reply.summary()),
        reply);
}

SmtpError SmtpAdvice::startTlsInjection(const SmtpReply &reply)
{
    return SmtpError(SmtpError::ProtocolError, Step::StartTls,
        tr("The server (or something in between) sent more data right after agreeing to STARTTLS. That is "
           "how TLS-stripping attacks inject replies; Epistle stopped."),
        reply);
}

// ---- greeting and hello ----

SmtpError SmtpAdvice::greetingRefused(const QString &peer, const SmtpReply &reply)
{
    return SmtpError(SmtpError::GreetingRefused, Step::Greeting,
        tr("The server at %1 refused the connection in its greeting.").arg(peer), reply);
}

SmtpError SmtpAdvice::greetingTimeout(
    const QString &peer, quint16 port, int seconds, bool encrypted, Smtp::Security chosen)
{
    if (encrypted) {
        return SmtpError(SmtpError::Timeout, Step::Greeting,
            tr("The server at %1 sent no greeting within %2 s.").arg(peer).arg(seconds));
    }
    if (port == 465) {
        // Worded for what was chosen (STARTTLS or no encryption), as the server test words it.
        return tlsExpectedByServer(port, chosen);
    }
    return SmtpError(SmtpError::Timeout, Step::Greeting,
        tr("The server at %1 accepted the connection but sent no greeting within %2 s. If this port expects "
           "TLS from the first byte (usually 465), choose SSL/TLS.")
            .arg(peer)
            .arg(seconds));
}

SmtpError SmtpAdvice::helloRefused(const SmtpReply &reply)
{
    return SmtpError(SmtpError::HelloRefused, Step::Hello,
        tr("The server refused to say hello (EHLO and HELO): %1").arg(reply.summary()), reply);
}

SmtpError SmtpAdvice::helloRefusedAfterTls(const SmtpReply &reply)
{
    return SmtpError(SmtpError::HelloRefused, Step::Hello,
        tr("The server refused EHLO after TLS: %1").arg(reply.summary()), reply);
}

SmtpError SmtpAdvice::invalidHeloName(const QString &name)
{
    return SmtpError(SmtpError::InvalidInput, Step::Hello,
        tr("The EHLO name \"%1\" may only hold printable ASCII without spaces.").arg(name.toHtmlEscaped()));
}

// ---- the server's replies ----

SmtpError SmtpAdvice::serviceClosing(Step step, const QString &peer, const SmtpReply &reply)
{
    return SmtpError(SmtpError::ServiceUnavailable, step,
        tr("The server at %1 is closing the connection (421); nothing more was sent. Try again later.")
            .arg(peer),
        reply);
}

SmtpError SmtpAdvice::unsolicitedReply(const SmtpReply &reply)
{
    return SmtpError(SmtpError::ProtocolError, Step::None,
        tr("The server sent a reply to a command Epistle never sent: %1").arg(reply.summary()), reply);
}

SmtpError SmtpAdvice::impossibleReply(Step step, const SmtpReply &reply)
{
    return SmtpError(SmtpError::ProtocolError, step,
        tr("The server answered %1 with \"%2\", which cannot answer it: its replies no longer match "
           "Epistle's "
           "commands, so Epistle stopped.")
            .arg(stepVerb(step), reply.summary()),
        reply);
}

SmtpError SmtpAdvice::malformedReply(Step step, const QString &parserError)
{
    return SmtpError(SmtpError::ProtocolError, step, parserError);
}

SmtpError SmtpAdvice::commandTimeout(Step step, const QString &peer, int seconds)
{
    return SmtpError(SmtpError::Timeout, step,
        tr("The server at %1 did not answer %2 within %3 s.").arg(peer, stepVerb(step)).arg(seconds));
}

SmtpError SmtpAdvice::connectionClosed(Step step, const QString &peer, bool duringBody)
{
    QString message = tr("The server at %1 closed the connection").arg(peer);
    if (duringBody) {
        message += tr(" while the message was being sent; it was not delivered.");
    } else {
        message += QLatin1Char('.');
    }
    return SmtpError(SmtpError::ConnectionLost, step, message);
}

SmtpError SmtpAdvice::cancelled(Step step)
{
    return SmtpError(SmtpError::Cancelled, step, tr("Cancelled."));
}

// ---- logging in ----

SmtpError SmtpAdvice::loginRunning()
{
    return SmtpError(SmtpError::InvalidInput, Step::Authenticate, tr("A login is already running."));
}

SmtpError SmtpAdvice::userNameHasLineBreak()
{
    return SmtpError(SmtpError::InvalidInput, Step::Authenticate,
        tr("The user name contains a line break or NUL character."));
}

QString SmtpAdvice::insecureAuthenticationWarning(const QString &peer)
{
    return tr("This account uses no encryption: the password goes to %1 readable by anyone on the network "
              "path.")
        .arg(peer);
}

SmtpError SmtpAdvice::authRequiresTls(const QString &peer)
{
    return SmtpError(SmtpError::AuthRequiresTls, Step::Authenticate,
        tr("Epistle will not send the password to %1 before the connection is encrypted. Use STARTTLS or "
           "SSL/TLS.")
            .arg(peer));
}

SmtpError SmtpAdvice::authNotOffered(const QString &peer, bool startTlsOffered, bool encrypted, bool loopback)
{
    QString why;
    if (startTlsOffered && !encrypted) {
        why = tr("The server at %1 offers authentication only after the connection is encrypted (it offers "
                 "STARTTLS). Choose STARTTLS or SSL/TLS.")
                  .arg(peer);
    } else if (encrypted || loopback) {
        why = tr("The server at %1 does not offer authentication at all (no AUTH in its EHLO reply). It may "
                 "not need a login from here, or it is not a submission server: try port 587 or 465, or turn "
                 "authentication off.")
                  .arg(peer);
    } else {
        why = tr("The server at %1 offers no authentication before the connection is encrypted. Use STARTTLS "
                 "or SSL/TLS.")
                  .arg(peer);
    }
    return SmtpError(SmtpError::AuthNotOffered, Step::Authenticate, why);
}

SmtpError SmtpAdvice::noMechanismFits(const QString &offered)
{
    return SmtpError(SmtpError::AuthMechanismUnsupported, Step::Authenticate,
        tr("The server offers %1; none of them works with the credentials given (a password or a token is "
           "missing).")
            .arg(offered));
}

SmtpError SmtpAdvice::mechanismNotOffered(
    const QString &peer, const QByteArray &mechanism, const QString &offered)
{
    const QString name = QString::fromLatin1(mechanism);
    return SmtpError(SmtpError::AuthMechanismNotOffered, Step::Authenticate,
        offered.isEmpty()
            ? tr("The server at %1 does not offer %2 (it offers no authentication at this point).")
                  .arg(peer, name)
            : tr("The server does not offer %1; it offers %2. Choose one of those, or \"auto\".")
                  .arg(name, offered));
}

SmtpError SmtpAdvice::mechanismFailed(const QString &why)
{
    return SmtpError(SmtpError::AuthMechanismUnsupported, Step::Authenticate, why);
}

SmtpError SmtpAdvice::tooManyChallenges(int limit, const SmtpReply &reply)
{
    return SmtpError(SmtpError::ProtocolError, Step::Authenticate,
        tr("The server sent more than %1 authentication challenges; Epistle stopped instead of going round "
           "in "
           "circles")
            .arg(limit),
        reply);
}

SmtpError SmtpAdvice::challengeNotBase64(const SmtpReply &reply)
{
    return SmtpError(SmtpError::ProtocolError, Step::Authenticate,
        tr("The server's authentication challenge is not valid base64"), reply);
}

SmtpError SmtpAdvice::serverNotVerified(const SmtpReply &reply)
{
    return SmtpError(SmtpError::AuthServerNotVerified, Step::Authenticate,
        tr("The server accepted the login without proving it knows the password (no SCRAM server "
           "signature). Epistle does not trust this server."),
        reply);
}

SmtpError SmtpAdvice::serverSignatureWrong(const QString &why, const SmtpReply &reply)
{
    return SmtpError(SmtpError::AuthServerNotVerified, Step::Authenticate, why, reply);
}

SmtpError SmtpAdvice::cancelledLoginAccepted(const SmtpReply &reply)
{
    return SmtpError(
        SmtpError::ProtocolError, Step::Authenticate, tr("The server accepted a cancelled login"), reply);
}

SmtpError SmtpAdvice::loginRefused(const SmtpReply &reply)
{
    QString advice;
    switch (reply.code()) {
    case 535:
        advice = tr("The server refused the user name or password. Check both; some providers require an app "
                    "password or OAuth instead.");
        break;
    case 534:
        advice = tr("The server wants a different way of logging in (a stronger mechanism, or its web login "
                    "once).");
        break;
    case 538:
        advice = tr("The server requires encryption for this login: use STARTTLS or SSL/TLS.");
        break;
    case 454:
        advice = tr("The server could not check the login right now; Epistle will try again.");
        break;
    case 504:
        advice = tr("The server does not accept this login mechanism; choose another one or \"auto\".");
        break;
    default:
        advice = tr("The login failed.");
    }
    return SmtpError(SmtpError::AuthenticationFailed, Step::Authenticate,
        advice + QStringLiteral(" (%1)").arg(reply.summary()), reply);
}

SmtpError SmtpAdvice::loginRefusedBodyWithheld(const SmtpReply &reply)
{
    SmtpError refused = loginRefused(reply);
    return SmtpError(refused.code(), refused.step(),
        refused.message() + QLatin1Char(' ')
            + tr(
                "The message was not sent: Epistle ended the session instead of sending it without a login."),
        reply);
}

SmtpError SmtpAdvice::loginRefusedMessageAccepted(const SmtpReply &reply)
{
    return SmtpError(SmtpError::AuthenticationFailed, Step::Authenticate,
        tr("The server refused the login (%1) but accepted the message anyway, most likely because it trusts "
           "this computer's network. Check the user name and password before the next message.")
            .arg(reply.summary()),
        reply);
}

SmtpError SmtpAdvice::passwordMechanismsWithoutTls(const QString &peer, const QString &offered)
{
    return SmtpError(SmtpError::AuthRequiresTls, Step::Authenticate,
        tr("Without encryption the server at %1 offers only %2, which would show the password to anyone on "
           "the "
           "network path (or someone in between removed the safer methods). Choose STARTTLS or SSL/TLS; to "
           "send "
           "it like this anyway, choose the login method by name.")
            .arg(peer, offered));
}

SmtpError SmtpAdvice::mechanismNeedsTls(const QString &peer, const QByteArray &mechanism)
{
    return SmtpError(SmtpError::AuthRequiresTls, Step::Authenticate,
        tr("Epistle uses %1 only over an encrypted connection, and the one to %2 is not. Choose STARTTLS or "
           "SSL/TLS.")
            .arg(QString::fromLatin1(mechanism), peer));
}

// ---- the envelope ----

SmtpError SmtpAdvice::noRecipients()
{
    return SmtpError(SmtpError::InvalidInput, Step::RcptTo, tr("The message has no recipients."));
}

SmtpError SmtpAdvice::emptyRecipient()
{
    return SmtpError(SmtpError::InvalidInput, Step::RcptTo, tr("A recipient address is empty."));
}

SmtpError SmtpAdvice::addressHasControl(Step step, const QString &address, bool nothingSent)
{
    return SmtpError(SmtpError::InvalidInput, step,
        nothingSent ? tr("The address \"%1\" contains a line break, control character or angle bracket; "
                         "nothing was sent.")
                          .arg(visible(address))
                    : tr("The address \"%1\" contains a line break, control character or angle bracket.")
                          .arg(visible(address)));
}

SmtpError SmtpAdvice::nonAsciiLocalPart(Step step, const QString &address)
{
    return SmtpError(SmtpError::EightBitNotSupported, step,
        tr("The server does not accept internationalized addresses (no SMTPUTF8), and \"%1\" has non-ASCII "
           "characters before the @.")
            .arg(address));
}

SmtpError SmtpAdvice::invalidDomain(Step step, const QString &address)
{
    return SmtpError(
        SmtpError::InvalidInput, step, tr("The domain of \"%1\" is not a valid domain name.").arg(address));
}

SmtpError SmtpAdvice::utf8HeadersNeedSmtpUtf8()
{
    return SmtpError(SmtpError::EightBitNotSupported, Step::MailFrom,
        tr("The message has UTF-8 headers, and the server does not accept them (no SMTPUTF8)."));
}

SmtpError SmtpAdvice::eightBitNeeds8BitMime()
{
    return SmtpError(SmtpError::EightBitNotSupported, Step::MailFrom,
        tr("The message has 8-bit content, and the server does not accept it (no 8BITMIME)."));
}

QString SmtpAdvice::smallerMessage()
{
    return tr("Send smaller attachments, or a link to the files.");
}

SmtpError SmtpAdvice::messageTooLargeForLimit(qint64 size, qint64 limit)
{
    return SmtpError(SmtpError::MessageTooLarge, Step::MailFrom,
        tr("The message is %1 bytes; the server accepts at most %2 bytes.").arg(size).arg(limit)
            + QLatin1Char(' ') + smallerMessage());
}

SmtpError SmtpAdvice::invalidDsnReturn()
{
    return SmtpError(SmtpError::InvalidInput, Step::MailFrom, tr("RET must be FULL or HDRS."));
}

SmtpError SmtpAdvice::invalidDsnNotify()
{
    return SmtpError(
        SmtpError::InvalidInput, Step::RcptTo, tr("NOTIFY takes NEVER, or SUCCESS, FAILURE and DELAY."));
}

SmtpError SmtpAdvice::dsnNeverCombined()
{
    return SmtpError(
        SmtpError::InvalidInput, Step::RcptTo, tr("NOTIFY=NEVER cannot be combined with other values."));
}

QString SmtpAdvice::dsnNotOfferedWarning()
{
    return tr("The server does not offer delivery status notifications (DSN); the request was left out.");
}

QString SmtpAdvice::dsnNotOfferedWarning(const QString &recipient)
{
    return tr("The server does not offer delivery status notifications (DSN); the request for %1 was left "
              "out.")
        .arg(recipient);
}

SmtpError SmtpAdvice::requireTlsNotOffered(const QString &peer, bool encrypted)
{
    return SmtpError(SmtpError::RequireTlsNotOffered, Step::MailFrom,
        encrypted ? tr("The message asks to travel only over TLS all the way (REQUIRETLS, RFC 8689), and the "
                       "server at %1 does not offer that, so nothing was sent. Send it without that "
                       "requirement, or through a server that offers it.")
                        .arg(peer)
                  : tr("The message asks to travel only over TLS all the way (REQUIRETLS, RFC 8689), and the "
                       "connection to %1 is not encrypted, so nothing was sent. Choose STARTTLS or SSL/TLS.")
                        .arg(peer));
}

SmtpError SmtpAdvice::senderRefused(const QString &from, const SmtpReply &reply)
{
    return SmtpError(SmtpError::SenderRefused, Step::MailFrom,
        reply.isTransientFailure()
            ? tr("The server cannot take mail from %1 right now: %2. Epistle will try again.")
                  .arg(from, reply.summary())
            : tr("The server refused the sender address %1: %2. Check the From address: many servers only "
                 "accept the address of the account you log in with.")
                  .arg(from.isEmpty() ? QStringLiteral("<>") : from, reply.summary()),
        reply);
}

SmtpError SmtpAdvice::allRecipientsRefused(const SmtpReply &firstRefusal)
{
    return SmtpError(SmtpError::AllRecipientsRefused, Step::RcptTo,
        tr("The server refused every recipient (%1); the message was not sent.").arg(firstRefusal.summary()),
        firstRefusal);
}

// ---- the message ----

SmtpError SmtpAdvice::bodyNotReadable()
{
    return SmtpError(SmtpError::BodyReadError, Step::Data, tr("The message is not open for reading."));
}

SmtpError SmtpAdvice::bodyGone()
{
    return SmtpError(
        SmtpError::BodyReadError, Step::Data, tr("The message source went away before it was sent."));
}

SmtpError SmtpAdvice::bodyReadFailed(const QString &why)
{
    return SmtpError(SmtpError::BodyReadError, Step::Data,
        why + tr(". The transfer was stopped, so no partial message was delivered."));
}

SmtpError SmtpAdvice::chunkingNotOffered()
{
    return SmtpError(
        SmtpError::InvalidInput, Step::Data, tr("The server does not offer CHUNKING (BDAT); use DATA."));
}

SmtpError SmtpAdvice::bodyStalled(int seconds)
{
    return SmtpError(SmtpError::Timeout, Step::Data,
        tr("The server stopped taking the message for %1 s; it was not delivered.").arg(seconds));
}

SmtpError SmtpAdvice::messageRefused(const SmtpReply &reply)
{
    const bool tooLarge
        = reply.code() == 552 || reply.enhancedCode() == "5.3.4" || reply.enhancedCode() == "5.2.3";
    return SmtpError(tooLarge ? SmtpError::MessageTooLarge : SmtpError::MessageRefused, Step::Data,
        reply.isTransientFailure()
            ? tr("The server could not take the message right now: %1. Epistle will try again.")
                  .arg(reply.summary())
            : tr("The server refused the message: %1").arg(reply.summary()),
        reply);
}

SmtpError SmtpAdvice::mayHaveBeenSent(const SmtpError &cause)
{
    const QString consequence = cause.code() == SmtpError::ProtocolError
        ? tr("The whole message had been sent, and the server's replies no longer match Epistle's commands, "
             "so "
             "nobody knows whether it took it. It may have been delivered: check before sending it again.")
        : tr("The whole message had been sent, and the server had not yet said whether it took it. It may "
             "have "
             "been delivered: check before sending it again.");
    SmtpError error(
        SmtpError::MessageMayHaveBeenSent, Step::Data, cause.message() + QLatin1Char(' ') + consequence);
    error.setCause(cause);
    return error;
}

SmtpError SmtpAdvice::contradictoryVerdict(const SmtpReply &reply)
{
    SmtpError error(SmtpError::MessageMayHaveBeenSent, Step::Data,
        tr("The server accepted the message (%1) after refusing its sender or every recipient; its replies "
           "contradict each other. It may have been delivered: check before sending it again.")
            .arg(reply.summary()),
        reply);
    error.setCause(SmtpError(SmtpError::ProtocolError, Step::Data, error.message(), reply));
    return error;
}

// ---- a batch ----

SmtpError SmtpAdvice::nothingToSend()
{
    return SmtpError(SmtpError::InvalidInput, Step::None, tr("There is nothing to send."));
}

// ---- diagnoses ----

QString SmtpAdvice::greetingRefusedCauses(const QString &peer, const SmtpReply &reply)
{
    return tr(
        "The server at %1 refused the session in its greeting: \"%2\". Usually it does not take mail "
        "from this network or address (a blocklist, or a provider that blocks the port), or this is not "
        "the server for sending mail. Check the server name and port, or try from another network.")
        .arg(peer, reply.summary());
}

QString SmtpAdvice::noGreetingNoTls(const QString &peer, Smtp::Security security, quint16 port)
{
    const QString fix = security == Smtp::Security::Tls ? tr("SSL/TLS on port %1").arg(port)
                                                        : tr("STARTTLS on port %1").arg(port);
    return tr("The server at %1 accepted the connection but sent no greeting, and it does not answer a TLS "
              "handshake either, so SSL/TLS on this port would not help. Usually a firewall or antivirus "
              "program holds the connection without passing it on, or the port is not for mail. Try %2, or "
              "another network.")
        .arg(peer, fix);
}

QString SmtpAdvice::noGreetingAfterTls(const QString &peer)
{
    return tr(
        "The server at %1 completed the TLS handshake but sent no greeting: it is overloaded, or a proxy "
        "or firewall holds the connection. Try again later, or from another network.")
        .arg(peer);
}

QString SmtpAdvice::loginRequired(const SmtpReply &reply)
{
    return tr("The server sends mail only for people who log in (%1), and this account has no user name and "
              "password. Add the user name and password of your mail account.")
        .arg(reply.summary());
}

QString SmtpAdvice::loginTurnedOff(const SmtpReply &reply)
{
    return tr(
        "The server sends mail only for people who log in (%1), and this account's authentication is set "
        "to none. Set it to automatic.")
        .arg(reply.summary());
}

QString SmtpAdvice::loginNeedsEncryption(const SmtpReply &reply)
{
    return tr("The server refuses to log in before the connection is encrypted (%1); choose STARTTLS or "
              "SSL/TLS.")
        .arg(reply.summary());
}

QString SmtpAdvice::loginUnavailable(const SmtpReply &reply)
{
    return tr("The server could not check the login right now (%1); try again later.").arg(reply.summary());
}

QString SmtpAdvice::signInTokenRefused(const SmtpReply &reply)
{
    return tr(
        "The server refused the sign-in token (%1): the sign-in has expired or was revoked. Sign in again.")
        .arg(reply.summary());
}

QString SmtpAdvice::testRecipientRefused(const QString &recipient, const SmtpReply &reply)
{
    return tr("The server refused the test recipient %1 (%2).").arg(recipient, reply.summary());
}

QString SmtpAdvice::sizeRefused(qint64 size, const SmtpReply &reply)
{
    return tr("The server refuses a message of %1 bytes (%2).").arg(size).arg(reply.summary())
        + QLatin1Char(' ') + smallerMessage();
}

QString SmtpAdvice::certificateFingerprint(const QString &formattedFingerprint)
{
    return tr("Its SHA-256 fingerprint is %1.").arg(formattedFingerprint);
}
