#include "imapcommand.h"

#include "imapwording.h"

#include <QIODevice>

namespace {

bool hasLineBreakOrNul(const QByteArray &s)
{
    return s.contains('\r') || s.contains('\n') || s.contains('\0');
}

bool isSevenBit(const QByteArray &s)
{
    for (const char c : s) {
        if (uchar(c) > 0x7f) {
            return false;
        }
    }
    return true;
}

// RFC 9051 flag-keyword / "\" atom: atom characters only.
bool isFlag(const QByteArray &flag)
{
    if (flag.isEmpty() || flag.size() > 200) {
        return false;
    }
    for (qsizetype i = 0; i < flag.size(); ++i) {
        const uchar c = uchar(flag.at(i));
        const bool special = c <= 0x20 || c >= 0x7f || c == '(' || c == ')' || c == '{' || c == '%'
            || c == '*' || c == '"' || c == ']' || (c == '\\' && i > 0);
        if (special) {
            return false;
        }
    }
    return true;
}

} // namespace

ImapCommand::ImapCommand(Imap::Step step, const QByteArray &text) : m_step(step)
{
    if (!text.isEmpty()) {
        addText(text);
    }
}

void ImapCommand::addText(const QByteArray &text, const QByteArray &log)
{
    Piece p;
    p.bytes = text;
    p.log = log.isNull() ? text : log;
    m_pieces.append(p);
}

void ImapCommand::addString(const QByteArray &value, bool secret)
{
    if (hasLineBreakOrNul(value)) {
        invalidate(ImapError::InvalidInput, ImapWording::lineBreakInArgument());
        return;
    }
    if (isSevenBit(value)) {
        addText(quoted(value), secret ? QByteArray("[redacted]") : QByteArray());
        return;
    }
    // RFC 9051 4.3: 8-bit text goes as a literal.
    Piece literal;
    literal.kind = Piece::Kind::Literal;
    literal.bytes = value;
    literal.secret = secret;
    m_pieces.append(literal);
}

bool ImapCommand::checkFlags(const QList<QByteArray> &flags)
{
    for (const QByteArray &flag : flags) {
        if (!isFlag(flag)) {
            invalidate(ImapError::InvalidInput, ImapWording::invalidFlag(QString::fromLatin1(flag)));
            return false;
        }
    }
    return true;
}

void ImapCommand::invalidate(ImapError::Code code, const QString &error)
{
    if (isValid()) {
        m_errorCode = code;
        m_error = error;
    }
}

ImapCommand ImapCommand::capability()
{
    ImapCommand c(Imap::Step::Capability, "CAPABILITY");
    c.m_collect = { "CAPABILITY" };
    return c;
}

ImapCommand ImapCommand::startTls()
{
    ImapCommand c(Imap::Step::StartTls, "STARTTLS");
    c.m_startTls = true;
    return c;
}

ImapCommand ImapCommand::noop()
{
    return ImapCommand(Imap::Step::Noop, "NOOP");
}

ImapCommand ImapCommand::logout()
{
    ImapCommand c(Imap::Step::Logout, "LOGOUT");
    c.m_logout = true;
    return c;
}

ImapCommand ImapCommand::login(const QByteArray &user, const QByteArray &password)
{
    ImapCommand c(Imap::Step::Authenticate, "LOGIN ");
    c.addString(user);
    c.addText(" ");
    c.addString(password, true);
    return c;
}

ImapCommand ImapCommand::authenticate(const QByteArray &mechanism, const QByteArray *initialResponse)
{
    ImapCommand c(Imap::Step::Authenticate, "AUTHENTICATE " + mechanism);
    if (initialResponse) {
        c.addText(' ' + (initialResponse->isEmpty() ? QByteArray("=") : initialResponse->toBase64()),
            " [redacted]");
    }
    return c;
}

ImapCommand ImapCommand::list(const QByteArray &pattern, bool returnSpecialUse)
{
    ImapCommand c(Imap::Step::List, "LIST \"\" ");
    c.addString(pattern);
    if (returnSpecialUse) {
        c.addText(" RETURN (SPECIAL-USE)");
    }
    c.m_collect = { "LIST" };
    return c;
}

ImapCommand ImapCommand::create(const QByteArray &mailbox, const QList<QByteArray> &specialUse)
{
    ImapCommand c(Imap::Step::Create, "CREATE ");
    c.addString(mailbox);
    if (!specialUse.isEmpty() && c.checkFlags(specialUse)) {
        c.addText(" (USE (" + specialUse.join(' ') + "))");
    }
    return c;
}

ImapCommand ImapCommand::examine(const QByteArray &mailbox)
{
    ImapCommand c(Imap::Step::Examine, "EXAMINE ");
    c.addString(mailbox);
    return c;
}

ImapCommand ImapCommand::uidSearchHeader(const QByteArray &field, const QByteArray &value)
{
    ImapCommand c(Imap::Step::Search);
    if (!isFlag(field) || field.startsWith('\\')) {
        c.invalidate(ImapError::InvalidInput, ImapWording::invalidFlag(QString::fromLatin1(field)));
        return c;
    }
    c.addText(isSevenBit(value) ? "UID SEARCH HEADER " + field + ' '
                                : "UID SEARCH CHARSET UTF-8 HEADER " + field + ' ');
    c.addString(value);
    c.m_collect = { "SEARCH" };
    return c;
}

ImapCommand ImapCommand::append(const QByteArray &mailbox, QIODevice *message, qint64 size,
    const QList<QByteArray> &flags, const QDateTime &internalDateTime)
{
    ImapCommand c(Imap::Step::Append, "APPEND ");
    if (!message || !message->isReadable() || size < 0) {
        c.invalidate(ImapError::MessageReadError, ImapWording::messageNotReadable());
        return c;
    }
    c.addString(mailbox);
    if (!flags.isEmpty() && c.checkFlags(flags)) {
        c.addText(" (" + flags.join(' ') + ')');
    }
    if (internalDateTime.isValid()) {
        c.addText(" \"" + internalDate(internalDateTime) + '"');
    }
    c.addText(" ");
    Piece stream;
    stream.kind = Piece::Kind::Stream;
    stream.size = size;
    c.m_pieces.append(stream);
    c.m_device = message;
    return c;
}

QByteArray ImapCommand::toDisplay(const QByteArray &tag) const
{
    QByteArray out = tag + ' ';
    for (const Piece &p : m_pieces) {
        if (p.kind == Piece::Kind::Text) {
            out += p.bytes;
        } else if (p.kind == Piece::Kind::Literal) {
            out += '{' + QByteArray::number(p.bytes.size()) + "+}\r\n" + p.bytes;
        } else {
            out += '{' + QByteArray::number(p.size) + "+}";
        }
    }
    return out;
}

QByteArray ImapCommand::quoted(const QByteArray &text)
{
    QByteArray escaped = text;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

QByteArray ImapCommand::internalDate(const QDateTime &when)
{
    static const char *const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime local = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = (offset < 0 ? "-" : "+")
        + QByteArray::number(qAbs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(qAbs(offset) % 60).rightJustified(2, '0');
    const QDate d = local.date();
    return QByteArray::number(d.day()).rightJustified(2, '0') + '-' + months[d.month() - 1] + '-'
        + QByteArray::number(d.year()) + ' ' + local.time().toString(QStringLiteral("HH:mm:ss")).toLatin1()
        + ' ' + zone;
}
