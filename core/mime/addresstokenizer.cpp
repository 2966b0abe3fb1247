#include "mime/addresstokenizer.h"

#include "mime/addressparser.h"

using namespace AddressSyntax;

QString AddressSyntax::at(int position)
{
    // People count from 1.
    //: Appended to a problem with an address; %1 is the position of the character, counting from 1
    return AddressParser::tr(" (at character %1)").arg(position + 1);
}

QString AddressSyntax::quotedString(const QString &text)
{
    QString quoted = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            quoted += QLatin1Char('\\');
        }
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

namespace {

bool isSpecialChar(char16_t c)
{
    switch (c) {
    case '<':
    case '>':
    case '@':
    case ',':
    case ';':
    case ':':
    case '.':
        return true;
    default:
        return false;
    }
}

bool isWhitespace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

class Tokenizer
{
public:
    Tokenizer(const QString &text, bool lenient) : m_text(text), m_lenient(lenient) { }

    // Tokenizes the whole input. On a problem in strict mode, stops and returns false.
    bool run(QList<Token> *tokens, Problem *problem)
    {
        const int n = m_text.size();
        int i = 0;
        bool space = false;
        QString comments;
        while (i < n) {
            const char16_t c = m_text.at(i).unicode();
            if (isWhitespace(c)) {
                space = true;
                ++i;
                continue;
            }
            if (c == '(') {
                if (!readComment(&i, &comments, problem)) {
                    return false;
                }
                space = true;
                continue;
            }
            Token token;
            token.position = i;
            token.spaceBefore = space;
            token.commentBefore = comments;
            space = false;
            comments.clear();
            if (c == ')' || c == ']' || c == '\\' || c < 0x20 || c == 0x7f) {
                if (!reportUnexpected(i, problem)) {
                    return false;
                }
                ++i;
                continue;
            }
            if (!readToken(&i, &token, problem)) {
                return false;
            }
            tokens->append(token);
        }
        Token end;
        end.type = TokenType::End;
        end.position = n;
        end.spaceBefore = space;
        end.commentBefore = comments;
        tokens->append(end);
        return true;
    }

private:
    // Records a problem; returns whether tokenizing may continue.
    bool report(Problem *problem, int position, const QString &message)
    {
        if (problem->position < 0) {
            problem->position = position;
            problem->message = message;
        }
        return m_lenient;
    }

    // A comment, from its '(' to just after the matching ')', appended to 'comments'. Comments nest (RFC 5322
    // 3.2.2): a depth counter, not recursion, so deep nesting costs nothing.
    bool readComment(int *pos, QString *comments, Problem *problem)
    {
        const int n = m_text.size();
        const int start = *pos;
        int i = start;
        int depth = 0;
        QString comment;
        while (i < n) {
            const char16_t d = m_text.at(i).unicode();
            if (d == '\\' && i + 1 < n) {
                if (depth > 0) {
                    comment += m_text.at(i + 1);
                }
                i += 2;
                continue;
            }
            if (d == '(') {
                if (depth > 0) {
                    comment += QLatin1Char('(');
                }
                ++depth;
            } else if (d == ')') {
                --depth;
                if (depth == 0) {
                    ++i;
                    break;
                }
                comment += QLatin1Char(')');
            } else if (d != '\r' && d != '\n') {
                comment += m_text.at(i);
            }
            ++i;
        }
        *pos = i;
        if (depth > 0
            && !report(problem, start,
                AddressParser::tr("The comment opened with '(' is never closed") + at(start))) {
            return false;
        }
        if (!comments->isEmpty()) {
            *comments += QLatin1Char(' ');
        }
        *comments += comment.simplified();
        return true;
    }

    bool reportUnexpected(int i, Problem *problem)
    {
        const char16_t c = m_text.at(i).unicode();
        const QString what = c < 0x20 || c == 0x7f
            ? AddressParser::tr("a control character (U+%1)").arg(int(c), 4, 16, QLatin1Char('0'))
            : QStringLiteral("'%1'").arg(m_text.at(i));
        //: %1 is a quoted character such as '>', or "a control character (U+0007)"
        return report(problem, i, AddressParser::tr("Unexpected %1").arg(what) + at(i));
    }

    // A quoted-string, a domain literal, a special or an atom, starting at *pos.
    bool readToken(int *pos, Token *token, Problem *problem)
    {
        const char16_t c = m_text.at(*pos).unicode();
        if (c == '"') {
            return readQuoted(pos, token, problem);
        }
        if (c == '[') {
            return readDomainLiteral(pos, token, problem);
        }
        if (isSpecialChar(c)) {
            token->type = TokenType::Special;
            token->text = m_text.at(*pos);
            ++*pos;
            return true;
        }
        const int n = m_text.size();
        const int start = *pos;
        int i = start;
        while (i < n) {
            const char16_t d = m_text.at(i).unicode();
            if (isWhitespace(d) || isSpecialChar(d) || d == '(' || d == ')' || d == '"' || d == '['
                || d == ']' || d == '\\' || d < 0x20 || d == 0x7f) {
                break;
            }
            ++i;
        }
        token->type = TokenType::Atom;
        token->text = m_text.mid(start, i - start);
        *pos = i;
        return true;
    }

    // From an opening '"' or '[' at *pos to just after 'close'; a backslash takes the next character as it is
    // (RFC 5322 3.2.1), every other character goes to 'take', which returns false to stop on a problem.
    template<typename Take>
    bool scanDelimited(int *pos, char16_t close, QString *value, bool *closed, Take take)
    {
        const int n = m_text.size();
        int i = *pos + 1;
        *closed = false;
        bool ok = true;
        while (i < n) {
            const char16_t d = m_text.at(i).unicode();
            if (d == '\\' && i + 1 < n) {
                *value += m_text.at(i + 1);
                i += 2;
                continue;
            }
            if (d == close) {
                *closed = true;
                ++i;
                break;
            }
            if (!take(d, i)) {
                ok = false;
                break;
            }
            ++i;
        }
        *pos = i;
        return ok;
    }

    bool readQuoted(int *pos, Token *token, Problem *problem)
    {
        const int start = *pos;
        bool closed = false;
        QString value;
        scanDelimited(pos, '"', &value, &closed, [&](char16_t d, int i) {
            if (d != '\r' && d != '\n') { // unfolding (RFC 5322 3.2.4)
                value += m_text.at(i);
            }
            return true;
        });
        token->type = TokenType::Quoted;
        token->text = value;
        return closed
            || report(
                problem, start, AddressParser::tr("The quote opened with '\"' is never closed") + at(start));
    }

    bool readDomainLiteral(int *pos, Token *token, Problem *problem)
    {
        const int start = *pos;
        bool closed = false;
        QString value = QStringLiteral("[");
        const bool ok = scanDelimited(pos, ']', &value, &closed, [&](char16_t d, int i) {
            if (d == '['
                && !report(
                    problem, i, AddressParser::tr("A '[' cannot appear inside a domain literal") + at(i))) {
                return false;
            }
            if (!isWhitespace(d)) {
                value += m_text.at(i);
            }
            return true;
        });
        if (!ok) {
            return false;
        }
        value += QLatin1Char(']');
        token->type = TokenType::DomainLiteral;
        token->text = value;
        return closed
            || report(problem, start,
                AddressParser::tr("The domain literal opened with '[' is never closed") + at(start));
    }

    const QString &m_text;
    bool m_lenient;
};

} // namespace

bool AddressSyntax::tokenize(const QString &text, bool lenient, QList<Token> *tokens, Problem *problem)
{
    return Tokenizer(text, lenient).run(tokens, problem);
}
