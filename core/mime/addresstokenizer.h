#pragma once

// The lexical layer of AddressParser (RFC 5322 3.2): atoms, quoted strings, domain literals, specials and
// comments, with the position of each token for the parser's messages. Internal to core/mime.
#include <QList>
#include <QString>

namespace AddressSyntax {

enum class TokenType { Atom, Quoted, DomainLiteral, Special, End };

struct Token
{
    TokenType type = TokenType::End;
    QString text; // atom text, quoted-string contents (unescaped), literal with brackets, special
    int position = 0; // index of the first character in the input
    bool spaceBefore = false;
    QString commentBefore; // the comments between the previous token and this one
    bool isSpecial(char c) const { return type == TokenType::Special && text.at(0) == QLatin1Char(c); }
    bool isWord() const { return type == TokenType::Atom || type == TokenType::Quoted; }
};

struct Problem
{
    int position = -1;
    QString message;
};

// " (at character N)", counting from 1, to append to a problem's message.
QString at(int position);
// RFC 5322 3.2.4 quoted-string: '"' and '\\' escaped with a backslash.
QString quotedString(const QString &text);
// Tokenizes the whole of 'text'. On a problem, stops and returns false unless 'lenient'.
bool tokenize(const QString &text, bool lenient, QList<Token> *tokens, Problem *problem);

} // namespace AddressSyntax
