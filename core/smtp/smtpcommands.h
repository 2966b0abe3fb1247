#pragma once

#include "smtpcapabilities.h"
#include "smtperror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Options of MAIL FROM (RFC 1870 SIZE, RFC 6152 8BITMIME, RFC 6531 SMTPUTF8, RFC 3461 DSN).
struct SmtpMailParameters
{
    qint64 size = -1; // SIZE=, sent when the server offers SIZE; larger than its limit is refused
    bool body8bit = false; // BODY=8BITMIME; refused up front when the server lacks 8BITMIME
    bool smtpUtf8 = false; // SMTPUTF8; implied by a non-ASCII sender
    QByteArray dsnReturn; // "FULL" or "HDRS" (RET=), only when the server offers DSN
    QString dsnEnvelopeId; // ENVID=
    // RFC 8689 REQUIRETLS: the message travels only over TLS all the way; refused up front when the
    // connection is not encrypted or the server does not offer REQUIRETLS, so it never goes unprotected.
    bool requireTls = false;
    // RFC 8689 5, the opposite wish: deliver even where TLS fails on the way. The client puts the header
    // field "TLS-Required: No" at the top of the message (the message must not carry one itself); SIZE counts
    // it.
    bool tlsNotRequired = false;
};

// The header field of SmtpMailParameters::tlsNotRequired, as it goes in front of the message.
inline constexpr char SmtpTlsNotRequiredField[] = "TLS-Required: No\r\n";

// Options of RCPT TO (RFC 3461 DSN).
struct SmtpRcptParameters
{
    QList<QByteArray> notify; // "NEVER" or any of "SUCCESS", "FAILURE", "DELAY"
    QString originalRecipient; // ORCPT=rfc822;...
};

// One command line as the builders below make it: the bytes to send (without CRLF), or why it cannot be sent.
struct SmtpCommand
{
    QByteArray line; // without CRLF; empty when refused
    SmtpError error; // why the command cannot be sent; nothing may go out then
    QStringList warnings; // parameters left out because the server does not offer them (DSN)
    bool smtpUtf8 = false; // MAIL: the transaction carries SMTPUTF8, so its RCPTs may be UTF-8

    bool isValid() const { return !error.isError(); }
};

// The wire format of the envelope commands, as pure functions of their input and the server's capabilities:
// no socket, no state. The client sends what they return; tests and fuzzers call them directly. Every
// refusal happens here, before a byte leaves, so a CR/LF in an address never reaches the wire.
namespace SmtpCommands {

// CR, LF, NUL, other control characters and angle brackets: what may never be inside <...>.
bool hasControlOrAngle(const QString &text);
bool isAscii(const QString &text);
// The part before the last '@' (the whole text without one) is ASCII.
bool hasAsciiLocalPart(const QString &address);
// RFC 3461 4: xtext encodes '+', '=' and anything outside printable ASCII as "+HH".
QByteArray xtext(const QByteArray &in);

// An address for MAIL/RCPT: UTF-8 when the transaction has SMTPUTF8 (or it is ASCII), else a Unicode domain
// as its A-label (RFC 5890); a non-ASCII local part needs SMTPUTF8.
SmtpCommand address(const QString &address, bool smtpUtf8, Smtp::Step step);
// "EHLO name" / "HELO name": printable ASCII without spaces.
SmtpCommand hello(const QByteArray &verb, const QString &name);
// "MAIL FROM:<from> SIZE=... BODY=8BITMIME SMTPUTF8 RET=... ENVID=... REQUIRETLS", each parameter only where
// the server offers it; refused when the message cannot go to this server at all (too large, 8-bit, UTF-8,
// REQUIRETLS without TLS or without the server's promise). 'peer' names the server in that refusal.
SmtpCommand mailFrom(const QString &from, const SmtpMailParameters &parameters,
    const SmtpCapabilities &capabilities, bool encrypted = false, const QString &peer = {});
// "RCPT TO:<to> NOTIFY=... ORCPT=rfc822;...", in a transaction with or without SMTPUTF8.
SmtpCommand rcptTo(const QString &to, const SmtpRcptParameters &parameters,
    const SmtpCapabilities &capabilities, bool smtpUtf8);
// "VRFY address" (with SMTPUTF8 for a non-ASCII address when offered).
SmtpCommand verify(const QString &address, const SmtpCapabilities &capabilities);
// The whole envelope checked before anything is sent: recipients present, no control characters, non-ASCII
// local parts only with SMTPUTF8. NoError when it may go; *needsUtf8 says whether MAIL needs SMTPUTF8.
SmtpError checkEnvelope(const QString &from, const QStringList &recipients, bool utf8Headers,
    const SmtpCapabilities &capabilities, bool *needsUtf8);

} // namespace SmtpCommands
