#include "smtpcommands.h"

#include "smtpadvice.h"

#include <QUrl>

namespace SmtpCommands {

namespace {

QString localPart(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at >= 0 ? address.left(at) : address;
}

SmtpCommand refused(const SmtpError &error)
{
    SmtpCommand c;
    c.error = error;
    return c;
}

// RFC 3461 4.1-4.2: RET and ENVID go only to a server that offers DSN; otherwise the request is dropped with
// a warning rather than failing the message.
bool appendDsn(const SmtpMailParameters &parameters, const SmtpCapabilities &capabilities, SmtpCommand *c)
{
    if (parameters.dsnReturn.isEmpty() && parameters.dsnEnvelopeId.isEmpty()) {
        return true;
    }
    if (!capabilities.dsn()) {
        c->warnings << SmtpAdvice::dsnNotOfferedWarning();
        return true;
    }
    const QByteArray ret = parameters.dsnReturn.toUpper();
    if (!ret.isEmpty()) {
        if (ret != "FULL" && ret != "HDRS") {
            c->error = SmtpAdvice::invalidDsnReturn();
            return false;
        }
        c->line += " RET=" + ret;
    }
    if (!parameters.dsnEnvelopeId.isEmpty()) {
        c->line += " ENVID=" + xtext(parameters.dsnEnvelopeId.toUtf8());
    }
    return true;
}

bool appendNotify(const SmtpRcptParameters &parameters, SmtpCommand *c)
{
    if (!parameters.notify.isEmpty()) {
        QList<QByteArray> notify;
        for (const QByteArray &n : parameters.notify) {
            const QByteArray u = n.toUpper();
            if (u != "NEVER" && u != "SUCCESS" && u != "FAILURE" && u != "DELAY") {
                c->error = SmtpAdvice::invalidDsnNotify();
                return false;
            }
            notify << u;
        }
        if (notify.contains("NEVER") && notify.size() > 1) {
            c->error = SmtpAdvice::dsnNeverCombined();
            return false;
        }
        c->line += " NOTIFY=" + notify.join(',');
    }
    if (!parameters.originalRecipient.isEmpty() && isAscii(parameters.originalRecipient)
        && !hasControlOrAngle(parameters.originalRecipient)) {
        c->line += " ORCPT=rfc822;" + xtext(parameters.originalRecipient.toLatin1());
    }
    return true;
}

} // namespace

bool hasControlOrAngle(const QString &text)
{
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            return true;
        }
    }
    return false;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

bool hasAsciiLocalPart(const QString &address)
{
    return isAscii(localPart(address));
}

QByteArray xtext(const QByteArray &in)
{
    QByteArray out;
    for (char ch : in) {
        const uchar c = uchar(ch);
        if (c < 33 || c > 126 || c == '+' || c == '=') {
            out += '+' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        } else {
            out += ch;
        }
    }
    return out;
}

SmtpCommand address(const QString &address, bool smtpUtf8, Smtp::Step step)
{
    if (hasControlOrAngle(address)) {
        return refused(SmtpAdvice::addressHasControl(step, address, false));
    }
    SmtpCommand c;
    if (isAscii(address) || smtpUtf8) {
        c.line = address.toUtf8();
        return c;
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? address.mid(at + 1) : QString();
    if (!hasAsciiLocalPart(address)) {
        return refused(SmtpAdvice::nonAsciiLocalPart(step, address));
    }
    // RFC 5890: without SMTPUTF8 a Unicode domain goes as its A-label (xn--...).
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty()) {
        return refused(SmtpAdvice::invalidDomain(step, address));
    }
    c.line = localPart(address).toLatin1() + '@' + ace;
    return c;
}

SmtpCommand hello(const QByteArray &verb, const QString &name)
{
    for (QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            return refused(SmtpAdvice::invalidHeloName(name));
        }
    }
    SmtpCommand c;
    c.line = verb + ' ' + name.toLatin1();
    return c;
}

SmtpCommand mailFrom(const QString &from, const SmtpMailParameters &parameters,
    const SmtpCapabilities &capabilities, bool encrypted, const QString &peer)
{
    bool utf8 = parameters.smtpUtf8;
    if (utf8 && !capabilities.smtpUtf8()) {
        return refused(SmtpAdvice::utf8HeadersNeedSmtpUtf8());
    }
    if (!isAscii(from) && capabilities.smtpUtf8()) {
        utf8 = utf8 || !hasAsciiLocalPart(from);
    }
    SmtpCommand c = address(from, utf8, Smtp::Step::MailFrom);
    if (!c.isValid()) {
        return c;
    }
    c.line = "MAIL FROM:<" + c.line + '>';
    const qint64 limit = capabilities.sizeLimit();
    if (limit >= 0 && parameters.size >= 0) {
        const qint64 size
            = parameters.size + (parameters.tlsNotRequired ? qint64(sizeof SmtpTlsNotRequiredField) - 1 : 0);
        if (limit > 0 && size > limit) {
            return refused(SmtpAdvice::messageTooLargeForLimit(size, limit));
        }
        c.line += " SIZE=" + QByteArray::number(size);
    }
    if (parameters.body8bit) {
        if (!capabilities.eightBitMime()) {
            return refused(SmtpAdvice::eightBitNeeds8BitMime());
        }
        c.line += " BODY=8BITMIME";
    }
    if (utf8) {
        c.line += " SMTPUTF8";
    }
    if (!appendDsn(parameters, capabilities, &c)) {
        return refused(c.error);
    }
    if (parameters.requireTls && !parameters.tlsNotRequired) {
        // RFC 8689 3: only on a TLS session, and only to a server that promises to keep it so onwards.
        if (!encrypted || !capabilities.has("REQUIRETLS")) {
            return refused(SmtpAdvice::requireTlsNotOffered(peer, encrypted));
        }
        c.line += " REQUIRETLS";
    }
    c.smtpUtf8 = utf8;
    return c;
}

SmtpCommand rcptTo(const QString &to, const SmtpRcptParameters &parameters,
    const SmtpCapabilities &capabilities, bool smtpUtf8)
{
    if (to.isEmpty()) {
        return refused(SmtpAdvice::emptyRecipient());
    }
    SmtpCommand c = address(to, smtpUtf8, Smtp::Step::RcptTo);
    if (!c.isValid()) {
        return c;
    }
    c.line = "RCPT TO:<" + c.line + '>';
    c.smtpUtf8 = smtpUtf8;
    if (parameters.notify.isEmpty() && parameters.originalRecipient.isEmpty()) {
        return c;
    }
    if (!capabilities.dsn()) {
        c.warnings << SmtpAdvice::dsnNotOfferedWarning(to);
        return c;
    }
    if (!appendNotify(parameters, &c)) {
        return refused(c.error);
    }
    return c;
}

SmtpCommand verify(const QString &address, const SmtpCapabilities &capabilities)
{
    if (hasControlOrAngle(address)) {
        return refused(SmtpAdvice::addressHasControl(Smtp::Step::Verify, address, false));
    }
    SmtpCommand c;
    c.line = "VRFY " + address.toUtf8();
    if (capabilities.smtpUtf8() && !isAscii(address)) {
        c.line += " SMTPUTF8";
    }
    return c;
}

SmtpError checkEnvelope(const QString &from, const QStringList &recipients, bool utf8Headers,
    const SmtpCapabilities &capabilities, bool *needsUtf8)
{
    *needsUtf8 = utf8Headers;
    if (recipients.isEmpty()) {
        return SmtpAdvice::noRecipients();
    }
    QStringList all = recipients;
    all.prepend(from);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &a = all.at(i);
        const Smtp::Step step = i == 0 ? Smtp::Step::MailFrom : Smtp::Step::RcptTo;
        if (hasControlOrAngle(a)) {
            return SmtpAdvice::addressHasControl(step, a, true);
        }
        if (!hasAsciiLocalPart(a)) {
            if (!capabilities.smtpUtf8()) {
                return SmtpAdvice::nonAsciiLocalPart(step, a);
            }
            *needsUtf8 = true;
        }
    }
    return {};
}

} // namespace SmtpCommands
