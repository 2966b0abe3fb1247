#include "imapresponse.h"

namespace {

QString readable(const QByteArray &raw)
{
    QString s = QString::fromUtf8(raw);
    // Servers send Latin-1 too; a replacement character means the bytes were not UTF-8.
    if (s.contains(QChar::ReplacementCharacter)) {
        s = QString::fromLatin1(raw);
    }
    for (QChar &c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QChar(0xFFFD);
        }
    }
    return s;
}

const char *statusName(ImapResponse::Status status)
{
    switch (status) {
    case ImapResponse::Status::Ok:
        return "OK";
    case ImapResponse::Status::No:
        return "NO";
    case ImapResponse::Status::Bad:
        return "BAD";
    case ImapResponse::Status::PreAuth:
        return "PREAUTH";
    case ImapResponse::Status::Bye:
        return "BYE";
    case ImapResponse::Status::None:
        break;
    }
    return "";
}

} // namespace

bool ImapValue::isAtom(const char *upperCase) const
{
    return m_type == Type::Atom && m_bytes.compare(upperCase, Qt::CaseInsensitive) == 0;
}

quint64 ImapValue::toNumber(bool *ok) const
{
    bool converted = false;
    const quint64 n = m_type == Type::Number ? m_bytes.toULongLong(&converted) : 0;
    if (ok) {
        *ok = converted;
    }
    return converted ? n : 0;
}

QByteArray ImapValue::toDisplay() const
{
    switch (m_type) {
    case Type::Atom:
    case Type::Number:
        return m_bytes;
    case Type::Nil:
        return "NIL";
    case Type::String: {
        QByteArray escaped = m_bytes;
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        return '"' + escaped + '"';
    }
    case Type::List: {
        // Depth is bounded by the parser's nesting limit, so this recursion is too.
        QByteArray out = "(";
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i) {
                out += ' ';
            }
            out += m_items[i].toDisplay();
        }
        return out + ')';
    }
    }
    return {};
}

QList<QByteArray> ImapResponse::codeArguments() const
{
    QList<QByteArray> out;
    QByteArray current;
    int depth = 0;
    for (const char c : m_codeData) {
        if (c == ' ' && depth == 0) {
            if (!current.isEmpty()) {
                out.append(current);
            }
            current.clear();
            continue;
        }
        depth += c == '(' ? 1 : (c == ')' && depth > 0 ? -1 : 0);
        current += c;
    }
    if (!current.isEmpty()) {
        out.append(current);
    }
    return out;
}

QString ImapResponse::message() const
{
    return readable(m_text);
}

QString ImapResponse::summary() const
{
    QString s;
    if (m_kind == Kind::Continuation) {
        s = QStringLiteral("+");
    } else if (m_status != Status::None) {
        s = QString::fromLatin1(statusName(m_status));
    } else {
        if (m_hasNumber) {
            s = QString::number(m_number) + QLatin1Char(' ');
        }
        s += readable(m_keyword);
    }
    if (!m_code.isEmpty()) {
        s += QStringLiteral(" [") + readable(m_code);
        if (!m_codeData.isEmpty()) {
            s += QLatin1Char(' ') + readable(m_codeData).left(200);
        }
        s += QLatin1Char(']');
    }
    const QString text = message().simplified();
    if (!text.isEmpty()) {
        s += QLatin1Char(' ') + text.left(300);
    }
    return s;
}
